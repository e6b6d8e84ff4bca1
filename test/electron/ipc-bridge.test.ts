import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok, type Result } from '../../common/index.js';
import type { Caller } from '../../main/host/caller.js';
import type { Host } from '../../main/host/host-types.js';
import { silentLogger } from '../../main/host/log.js';
import { FakeWebContents, ipcMain, resetFakeElectron } from './fake-electron.js';

vi.mock('electron', () => import('./fake-electron.js'));

const { installIpcBridge, IPC_CALL, IPC_EVENT, IPC_SUBSCRIBE, IPC_UNSUBSCRIBE } = await import('../../main/electron/ipc-bridge.js');
const preload = await import('../../preload/bridge.js');

const wallCaller: Caller = { role: 'viewer', label: 'display main/r0c0', wallId: 'main', displayId: 'r0c0' };

function setup() {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const host = {
    origin: 'http://127.0.0.1:40123',
    call: vi.fn(async (_caller: Caller, method: string, _input: unknown): Promise<Result<unknown>> => ok({ method })),
    subscribe: vi.fn((topic: string, fn: (payload: unknown) => void) => {
      const set = listeners.get(topic) ?? new Set();
      set.add(fn);
      listeners.set(topic, set);
      return () => set.delete(fn);
    }),
    issueStreamToken: vi.fn(() => 'stream-token-1'),
  };
  const ours = new FakeWebContents();
  const callers = new Map<number, Caller>([[ours.id, wallCaller]]);
  const bridge = installIpcBridge({ host: host as unknown as Host, callerFor: (id) => callers.get(id), log: silentLogger });
  const invoke = async (channel: string, sender: FakeWebContents, url: string | null, ...args: unknown[]) => {
    const handler = ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return (await handler({ sender, senderFrame: url === null ? null : { url } }, ...args)) as Result<unknown>;
  };
  const publish = (topic: string, payload: unknown) => listeners.get(topic)?.forEach((fn) => fn(payload));
  const appUrl = 'app://ioc/index.html?view=wall&wall=main&display=r0c0';
  return { host, ours, bridge, invoke, publish, appUrl, listeners };
}

describe('IPC bridge', () => {
  beforeEach(() => resetFakeElectron());

  it('uses the same channel names as the preload', () => {
    expect([IPC_CALL, IPC_SUBSCRIBE, IPC_UNSUBSCRIBE, IPC_EVENT]).toEqual([preload.IPC_CALL, preload.IPC_SUBSCRIBE, preload.IPC_UNSUBSCRIBE, preload.IPC_EVENT]);
  });

  it('calls the host as the window caller', async () => {
    const { host, ours, invoke, appUrl } = setup();
    const result = await invoke(IPC_CALL, ours, appUrl, 'walls.list', {});
    expect(result).toEqual({ ok: true, value: { method: 'walls.list' } });
    expect(host.call).toHaveBeenCalledWith(wallCaller, 'walls.list', {});
  });

  it('rejects a sender that is not one of our windows', async () => {
    const { host, invoke, appUrl } = setup();
    const stranger = new FakeWebContents();
    expect(await invoke(IPC_CALL, stranger, appUrl, 'walls.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await invoke(IPC_SUBSCRIBE, stranger, appUrl, ['alert.changed'])).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(host.call).not.toHaveBeenCalled();
    expect(host.subscribe).not.toHaveBeenCalled();
  });

  it('rejects our window when its frame is not on the app origin', async () => {
    const { host, ours, invoke } = setup();
    expect(await invoke(IPC_CALL, ours, 'https://example.com/', 'walls.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await invoke(IPC_CALL, ours, 'app://iocx/index.html', 'walls.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await invoke(IPC_CALL, ours, null, 'walls.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(host.call).not.toHaveBeenCalled();
  });

  it('answers unknown methods with method_not_found', async () => {
    const { host, ours, invoke, appUrl } = setup();
    for (const method of ['walls.drop', '__proto__', 'constructor', 42, undefined]) {
      expect(await invoke(IPC_CALL, ours, appUrl, method, {})).toMatchObject({ ok: false, error: { code: 'method_not_found' } });
    }
    expect(host.call).not.toHaveBeenCalled();
  });

  it('returns host errors and exceptions as data', async () => {
    const { host, ours, invoke, appUrl } = setup();
    host.call.mockResolvedValueOnce(fail('forbidden', 'operator role required'));
    expect(await invoke(IPC_CALL, ours, appUrl, 'alerts.resolve', { id: 'a1' })).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'operator role required' },
    });
    host.call.mockRejectedValueOnce(new Error('database is locked'));
    expect(await invoke(IPC_CALL, ours, appUrl, 'walls.list', {})).toEqual({ ok: false, error: { code: 'internal', message: 'Internal error' } });
  });

  it('gives whoami the stream token and the host stream origin when the host left them out', async () => {
    const { host, ours, invoke, appUrl } = setup();
    host.call.mockResolvedValueOnce(ok({ role: 'viewer', label: 'display main/r0c0', streamToken: '', serverTime: 1 }));
    const r = await invoke(IPC_CALL, ours, appUrl, 'session.whoami', {});
    expect(r).toMatchObject({ ok: true, value: { streamToken: 'stream-token-1', streamOrigin: 'ws://127.0.0.1:40123' } });
    expect(host.issueStreamToken).toHaveBeenCalledWith(wallCaller);
    host.call.mockResolvedValueOnce(ok({ role: 'viewer', label: 'x', streamToken: 'from-host', streamOrigin: 'ws://h:1', serverTime: 1 }));
    expect(await invoke(IPC_CALL, ours, appUrl, 'session.whoami', {})).toMatchObject({ ok: true, value: { streamToken: 'from-host', streamOrigin: 'ws://h:1' } });
  });

  it('pushes subscribed events to the window and stops when it closes', async () => {
    const { host, ours, invoke, publish, appUrl, bridge, listeners } = setup();
    expect(await invoke(IPC_SUBSCRIBE, ours, appUrl, ['alert.changed', 'wall.changed'])).toEqual({ ok: true, value: null });
    expect(await invoke(IPC_SUBSCRIBE, ours, appUrl, ['alert.changed'])).toEqual({ ok: true, value: null });
    expect(host.subscribe).toHaveBeenCalledTimes(2);
    publish('alert.changed', { id: 'a1' });
    expect(ours.send).toHaveBeenCalledWith(IPC_EVENT, 'alert.changed', { id: 'a1' });
    expect(bridge.subscriptions(ours.id).sort()).toEqual(['alert.changed', 'wall.changed']);

    await invoke(IPC_UNSUBSCRIBE, ours, appUrl, ['wall.changed']);
    expect(bridge.subscriptions(ours.id)).toEqual(['alert.changed']);
    expect(listeners.get('wall.changed')?.size).toBe(0);

    ours.destroyed = true;
    ours.emit('destroyed');
    expect(bridge.subscriptions(ours.id)).toEqual([]);
    expect(listeners.get('alert.changed')?.size).toBe(0);
  });

  it('drops the subscriptions of a page that reloads', async () => {
    const { ours, invoke, appUrl, bridge } = setup();
    await invoke(IPC_SUBSCRIBE, ours, appUrl, ['alert.changed']);
    ours.emit('did-start-navigation', { isMainFrame: true, isSameDocument: true });
    expect(bridge.subscriptions(ours.id)).toEqual(['alert.changed']);
    ours.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false });
    expect(bridge.subscriptions(ours.id)).toEqual([]);
  });

  it('rejects unknown topics', async () => {
    const { host, ours, invoke, appUrl } = setup();
    expect(await invoke(IPC_SUBSCRIBE, ours, appUrl, ['alert.changed', 'secrets.leaked'])).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await invoke(IPC_SUBSCRIBE, ours, appUrl, 'alert.changed')).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(host.subscribe).not.toHaveBeenCalled();
  });

  it('removes its handlers on dispose', async () => {
    const { bridge } = setup();
    bridge.dispose();
    expect(ipcMain.handlers.size).toBe(0);
  });
});
