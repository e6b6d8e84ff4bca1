import { z } from 'zod';
import type { Result } from './result.js';
import type { EventPayload, MethodName, Topic } from './contract.js';

/**
 * The messages of the API WebSocket (/api) and of the preload bridge. Requests are validated
 * here for shape; the method's own input schema validates the rest.
 */
export const clientMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('call'), id: z.number().int(), method: z.string(), input: z.unknown() }),
  z.object({ type: z.literal('subscribe'), topics: z.array(z.string()) }),
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;

export type ServerMessage =
  | { type: 'result'; id: number; result: Result<unknown> }
  | { [T in Topic]: { type: 'event'; topic: T; payload: EventPayload<T> } }[Topic];

export type CallMessage<M extends MethodName> = { type: 'call'; id: number; method: M; input: unknown };

/** Query parameter that carries the credential in server mode. */
export const TOKEN_PARAM = 'token';
