import type { z } from 'zod';
import { connectorProducesSchema, formatIssues } from '../../common/index.js';
import type { ConnectorDefinition, DefinedConnector } from './types.js';

/** Type ids name a folder under connectors/ and are saved in configuration, so they stay kebab-case. */
const connectorIdPattern = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Checks the definition once at import time and keeps its option types for `start(ctx)`. */
export function defineConnector<Schema extends z.ZodType>(def: ConnectorDefinition<Schema>): DefinedConnector<Schema> {
  if (def.id.length > 64 || !connectorIdPattern.test(def.id)) {
    throw new Error(`Connector id "${def.id}" must be kebab-case (a-z, 0-9 and single dashes, at most 64 characters)`);
  }
  const produces = connectorProducesSchema.safeParse(def.produces);
  if (!produces.success) throw new Error(`Connector "${def.id}" declares what it produces wrongly:\n${formatIssues(produces.error)}`);
  return { ...def, produces: produces.data };
}
