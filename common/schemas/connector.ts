import { z } from 'zod';
import { epochMsSchema, idSchema, labelSchema } from './ids.js';

export const connectorInstanceSchema = z.object({
  id: idSchema,
  /** The connector type, e.g. "simulator". */
  type: idSchema,
  name: labelSchema.optional(),
  enabled: z.boolean().default(true),
  /** Validated by the connector's own configSchema when the instance starts. */
  options: z.record(z.string(), z.unknown()).default({}),
});
export type ConnectorInstance = z.infer<typeof connectorInstanceSchema>;
export type ConnectorInstanceInput = z.input<typeof connectorInstanceSchema>;

export const connectorStateSchema = z.enum(['starting', 'ok', 'degraded', 'down', 'stopped']);
export type ConnectorState = z.infer<typeof connectorStateSchema>;

export const connectorHealthSchema = z.object({
  instanceId: idSchema,
  type: idSchema,
  state: connectorStateSchema,
  message: z.string().default(''),
  lastSuccessAt: epochMsSchema.optional(),
  lastError: z.string().optional(),
  /** When lastError happened: an error of last night stays readable once the source is back. */
  lastErrorAt: epochMsSchema.optional(),
  /** How long the source took to answer its last request, when the connector measures it. */
  latencyMs: z.number().finite().nonnegative().optional(),
  /** How often the instance renews its data (its poll interval): tiles call data stale by it. */
  refreshMs: z.number().int().positive().optional(),
  updatedAt: epochMsSchema,
});
export type ConnectorHealth = z.infer<typeof connectorHealthSchema>;

/** A record kept as a whole document: a field report, a dossier, a document. */
export const recordSchema = z.object({
  kind: z.string().min(1).max(50),
  id: z.string().min(1).max(200),
  updatedAt: epochMsSchema,
  data: z.record(z.string(), z.unknown()),
});
export type SourceRecord = z.infer<typeof recordSchema>;

/** Option keys whose values are secrets: never shown back, kept when an edit leaves them out, typed in a password input. */
export function isSecretOptionKey(key: string): boolean {
  return /password|apikey|secret|token/i.test(key);
}

/** What `connectors.options` shows in place of a secret; sent back in an edit, it keeps the stored value. */
export const SECRET_MASK = '***';
