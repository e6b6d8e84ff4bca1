import { z } from 'zod';
import type { DefinedConnector } from '../../../connectors/sdk/types.js';

/**
 * JSON Schema (draft 2020-12) of a connector type's options as they are entered, for the console's form.
 * Input side: defaults are optional in the form; refinements a JSON Schema cannot say are checked on save.
 */
export function optionsJsonSchema(def: DefinedConnector): Record<string, unknown> {
  return z.toJSONSchema(def.configSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
