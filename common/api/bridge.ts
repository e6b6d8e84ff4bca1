import type { Result } from './result.js';

/**
 * What the Electron preload exposes to the page as `window.iocWall`. Untyped on purpose: the
 * preload forwards names and inputs, the host validates them against the contract, and the
 * renderer's transport gives the page the typed view.
 */
export interface IocWallBridge {
  call(method: string, input: unknown): Promise<Result<unknown>>;
  /** Returns a function that ends the subscription. */
  subscribe(topics: string[], listener: (topic: string, payload: unknown) => void): () => void;
}

/** The global name the preload uses with contextBridge.exposeInMainWorld. */
export const BRIDGE_GLOBAL = 'iocWall';
