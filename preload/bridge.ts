import type { IpcRenderer } from 'electron';
import type { IocWallBridge } from '../common/api/bridge.js';
import { methodNameList as methodNames, topicList as topics } from '../common/api/names.js';
import { fail, type Result } from '../common/api/result.js';

/** The same strings as main/electron/ipc-bridge.ts (the preload may not import main/; a test checks). */
export const IPC_CALL = 'ioc:call';
export const IPC_SUBSCRIBE = 'ioc:subscribe';
export const IPC_UNSUBSCRIBE = 'ioc:unsubscribe';
export const IPC_EVENT = 'ioc:event';

const methodSet: ReadonlySet<string> = new Set(methodNames);
const topicSet: ReadonlySet<string> = new Set(topics);

export type BridgeIpc = Pick<IpcRenderer, 'invoke' | 'on'>;

function reportFailure(what: string) {
  return (value: unknown) => {
    const r = value as Result<unknown> | undefined;
    if (r && typeof r === 'object' && 'ok' in r && r.ok) return;
    console.warn(`iocWall: ${what} failed`, r && typeof r === 'object' && 'error' in r ? r.error : value);
  };
}

/**
 * window.iocWall: methods holds one function per contract method, each forwarding its input over
 * one IPC channel (the host validates the input and the caller's role); subscribe() shares one
 * ipcRenderer listener among all page listeners and tells main only which topics are wanted.
 * Listeners get (topic, payload) only.
 */
export function createBridge(ipc: BridgeIpc): IocWallBridge {
  const listeners = new Set<{ topics: ReadonlySet<string>; fn: (topic: string, payload: unknown) => void }>();
  const counts = new Map<string, number>();
  let attached = false;

  const dispatch = (_event: unknown, topic: unknown, payload: unknown) => {
    if (typeof topic !== 'string') return;
    for (const l of [...listeners]) {
      if (!l.topics.has(topic)) continue;
      try {
        l.fn(topic, payload);
      } catch (err) {
        console.error('iocWall: event listener threw', err);
      }
    }
  };

  const call = (method: string, input: unknown): Promise<Result<unknown>> => {
    // Only names from the list reach here; the check keeps that true if someone edits the map.
    if (!methodSet.has(method)) return Promise.resolve(fail('method_not_found', `Unknown method: ${method.slice(0, 100)}`));
    return ipc.invoke(IPC_CALL, method, input).then(
      (result: unknown) => result as Result<unknown>,
      (err: unknown) => {
        const message = err instanceof Error ? err.message : String(err);
        return fail(/could not be cloned/i.test(message) ? 'bad_request' : 'internal', message);
      },
    );
  };

  const subscribe = (wanted: string[], listener: (topic: string, payload: unknown) => void): (() => void) => {
    if (!Array.isArray(wanted)) throw new TypeError('iocWall.subscribe: topics must be an array');
    for (const t of wanted) {
      if (typeof t !== 'string' || !topicSet.has(t)) throw new TypeError(`iocWall.subscribe: unknown topic ${String(t).slice(0, 100)}`);
    }
    if (typeof listener !== 'function') throw new TypeError('iocWall.subscribe: listener must be a function');
    if (!attached) {
      ipc.on(IPC_EVENT, dispatch);
      attached = true;
    }
    const entry = { topics: new Set(wanted), fn: listener };
    listeners.add(entry);
    const added: string[] = [];
    for (const t of entry.topics) {
      const n = (counts.get(t) ?? 0) + 1;
      counts.set(t, n);
      if (n === 1) added.push(t);
    }
    if (added.length > 0) ipc.invoke(IPC_SUBSCRIBE, added).then(reportFailure('subscribe'), reportFailure('subscribe'));

    let active = true;
    return () => {
      if (!active) return;
      active = false;
      listeners.delete(entry);
      const removed: string[] = [];
      for (const t of entry.topics) {
        const n = (counts.get(t) ?? 1) - 1;
        if (n <= 0) {
          counts.delete(t);
          removed.push(t);
        } else counts.set(t, n);
      }
      if (removed.length > 0) ipc.invoke(IPC_UNSUBSCRIBE, removed).then(reportFailure('unsubscribe'), reportFailure('unsubscribe'));
    };
  };

  const methods = Object.freeze(
    Object.fromEntries(methodNames.map((name) => [name, (input: unknown) => call(name, input)])) as IocWallBridge['methods'],
  );
  return { methods, subscribe };
}
