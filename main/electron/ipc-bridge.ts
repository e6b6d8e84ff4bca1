import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { fail, methodNames, ok, topics, type MethodName, type Result, type Topic } from '../../common/index.js';
import type { Caller } from '../host/caller.js';
import type { Host } from '../host/host-types.js';
import type { Logger } from '../host/log.js';
import { APP_ORIGIN } from './app-protocol.js';

/** IPC channel names; preload/index.ts uses the same strings (a test checks they match). */
export const IPC_CALL = 'ioc:call';
export const IPC_SUBSCRIBE = 'ioc:subscribe';
export const IPC_UNSUBSCRIBE = 'ioc:unsubscribe';
export const IPC_EVENT = 'ioc:event';

const methodSet: ReadonlySet<string> = new Set(methodNames);
const topicSet: ReadonlySet<string> = new Set(topics);

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && methodSet.has(name);
}

export function isTopic(name: unknown): name is Topic {
  return typeof name === 'string' && topicSet.has(name);
}

export interface IpcBridgeOptions {
  host: Pick<Host, 'call' | 'subscribe' | 'issueStreamToken' | 'origin'>;
  /** The caller of one of our windows, by its webContents id; undefined for anything else. */
  callerFor(webContentsId: number): Caller | undefined;
  log: Logger;
}

export interface IpcBridge {
  /** Topics a window is subscribed to (for tests and diagnostics). */
  subscriptions(webContentsId: number): Topic[];
  dispose(): void;
}

type SenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

function short(value: unknown): string {
  return String(value).slice(0, 100);
}

/**
 * ipcMain side of the contract (Electron Fiddle's "only accept messages from BrowserWindows
 * created by the app"): every message must come from one of our windows, from a frame on our
 * app:// origin. Results and errors cross as data; nothing here throws across IPC.
 */
export function installIpcBridge(opts: IpcBridgeOptions): IpcBridge {
  const { host, log } = opts;
  const subs = new Map<number, { topics: Map<Topic, () => void>; contents: WebContents; off: () => void }>();

  const callerOf = (event: SenderEvent): Caller | undefined => {
    let url: string | undefined;
    try {
      url = event.senderFrame?.url;
    } catch {
      url = undefined;
    }
    const caller = opts.callerFor(event.sender.id);
    if (!caller || !url || !url.startsWith(`${APP_ORIGIN}/`)) {
      log.warn('IPC from a foreign sender rejected', { webContentsId: event.sender.id, url: url ?? null });
      return undefined;
    }
    return caller;
  };
  const forbidden = () => fail('forbidden', 'IPC is accepted only from IOC Wall windows');

  const dropAll = (id: number) => {
    const entry = subs.get(id);
    if (!entry) return;
    for (const unsubscribe of entry.topics.values()) unsubscribe();
    entry.off();
    subs.delete(id);
  };

  const entryFor = (contents: WebContents) => {
    const id = contents.id;
    let entry = subs.get(id);
    if (entry) return entry;
    const onDestroyed = () => dropAll(id);
    // A reload or navigation starts a new page that subscribes again.
    const onNavigation = (details: { isMainFrame: boolean; isSameDocument: boolean }) => {
      if (details.isMainFrame && !details.isSameDocument) dropAll(id);
    };
    contents.once('destroyed', onDestroyed);
    contents.on('did-start-navigation', onNavigation);
    entry = {
      topics: new Map(),
      contents,
      off: () => {
        if (contents.isDestroyed()) return;
        contents.removeListener('destroyed', onDestroyed);
        contents.removeListener('did-start-navigation', onNavigation);
      },
    };
    subs.set(id, entry);
    return entry;
  };

  const parseTopics = (value: unknown): Topic[] | Result<never> => {
    if (!Array.isArray(value)) return fail('bad_request', 'topics must be an array of topic names');
    for (const t of value) if (!isTopic(t)) return fail('bad_request', `Unknown topic: ${short(t)}`);
    return value as Topic[];
  };

  ipcMain.handle(IPC_CALL, async (event, method: unknown, input: unknown): Promise<Result<unknown>> => {
    const caller = callerOf(event);
    if (!caller) return forbidden();
    if (!isMethodName(method)) return fail('method_not_found', `Unknown method: ${short(method)}`);
    try {
      const result: Result<unknown> = await host.call(caller, method, input);
      if (method === 'session.whoami' && result.ok) return ok(withStream(host, caller, result.value));
      return result;
    } catch (err) {
      log.error('IPC call failed', { method, caller: caller.label, err: err instanceof Error ? err.message : String(err) });
      return fail('internal', 'Internal error');
    }
  });

  ipcMain.handle(IPC_SUBSCRIBE, (event, value: unknown): Result<null> => {
    const caller = callerOf(event);
    if (!caller) return forbidden();
    const wanted = parseTopics(value);
    if (!Array.isArray(wanted)) return wanted;
    const entry = entryFor(event.sender);
    for (const topic of wanted) {
      if (entry.topics.has(topic)) continue;
      const contents = entry.contents;
      entry.topics.set(
        topic,
        host.subscribe(topic, (payload) => {
          if (!contents.isDestroyed()) contents.send(IPC_EVENT, topic, payload);
        }),
      );
    }
    return ok(null);
  });

  ipcMain.handle(IPC_UNSUBSCRIBE, (event, value: unknown): Result<null> => {
    const caller = callerOf(event);
    if (!caller) return forbidden();
    const unwanted = parseTopics(value);
    if (!Array.isArray(unwanted)) return unwanted;
    const entry = subs.get(event.sender.id);
    for (const topic of unwanted) {
      entry?.topics.get(topic)?.();
      entry?.topics.delete(topic);
    }
    return ok(null);
  });

  return {
    subscriptions: (id) => [...(subs.get(id)?.topics.keys() ?? [])],
    dispose() {
      ipcMain.removeHandler(IPC_CALL);
      ipcMain.removeHandler(IPC_SUBSCRIBE);
      ipcMain.removeHandler(IPC_UNSUBSCRIBE);
      for (const id of [...subs.keys()]) dropAll(id);
    },
  };
}

/**
 * An Electron window opens the camera stream WebSocket on the host's loopback origin, not on its
 * own (app://) origin: make sure whoami carries its token and that origin.
 */
function withStream(host: IpcBridgeOptions['host'], caller: Caller, value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const info = value as { streamToken?: unknown; streamOrigin?: unknown };
  return {
    ...info,
    streamToken: typeof info.streamToken === 'string' && info.streamToken !== '' ? info.streamToken : host.issueStreamToken(caller),
    streamOrigin: typeof info.streamOrigin === 'string' && info.streamOrigin !== '' ? info.streamOrigin : host.origin.replace(/^http/, 'ws'),
  };
}
