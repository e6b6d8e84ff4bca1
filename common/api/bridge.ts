import type { methodNameList } from './names.js';
import type { Result } from './result.js';

export type BridgeMethodName = (typeof methodNameList)[number];

/**
 * What the Electron preload exposes to the page as `window.iocWall`: one function per method of the
 * contract (built from the same list), and subscribe() for its event topics. Inputs and outputs are
 * untyped here on purpose: the preload forwards them, the host validates them against the contract,
 * and the renderer's transport gives the page the typed view.
 */
export interface IocWallBridge {
  methods: Readonly<Record<BridgeMethodName, (input: unknown) => Promise<Result<unknown>>>>;
  /** Returns a function that ends the subscription. */
  subscribe(topics: string[], listener: (topic: string, payload: unknown) => void): () => void;
}

/** The global name the preload uses with contextBridge.exposeInMainWorld. */
export const BRIDGE_GLOBAL = 'iocWall';
