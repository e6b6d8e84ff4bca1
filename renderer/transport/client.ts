import type { EventPayload, MethodInput, MethodName, MethodOutput, Result, Topic } from '../../common/index.js';

/** "connecting" before the first success; "reconnecting" after losing the host, until it answers again. */
export type ConnectionStatus = 'connecting' | 'open' | 'reconnecting';

/** Methods whose input is all defaults may be called without one. */
export type CallArgs<M extends MethodName> = undefined extends MethodInput<M> ? [input?: MethodInput<M>] : [input: MethodInput<M>];

/** A listener's arguments: a switch on the topic narrows the payload. */
export type EventArgs<T extends Topic> = T extends Topic ? [topic: T, payload: EventPayload<T>] : never;

/** One typed client of the contract, whatever carries it: the preload bridge or a WebSocket. */
export interface ApiClient {
  call<M extends MethodName>(method: M, ...args: CallArgs<M>): Promise<Result<MethodOutput<M>>>;
  /** Returns a function that ends the subscription. */
  subscribe<T extends Topic>(topics: readonly T[], listener: (...args: EventArgs<T>) => void): () => void;
  status(): ConnectionStatus;
  onStatus(listener: (status: ConnectionStatus) => void): () => void;
  close(): void;
}
