import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IocWallBridge } from '../../common/api/bridge.js';
import { methodNames } from '../../common/api/contract.js';
import { createBridge, type BridgeIpc } from '../../preload/bridge.js';
import { contextBridge, ipcRenderer, resetFakeElectron } from './fake-electron.js';

vi.mock('electron', () => import('./fake-electron.js'));

// The preload as Electron runs it: what did it expose?
await import('../../preload/index.js');
const exposed = contextBridge.exposeInMainWorld.mock.calls.map((c) => [...c]) as [string, IocWallBridge][];

/** A fresh bridge on the fake ipcRenderer, for each test. */
async function loadPreload(): Promise<{ bridge: IocWallBridge }> {
  return { bridge: createBridge(ipcRenderer as unknown as BridgeIpc) };
}

/** The ipcRenderer listener the preload registered for events. */
function eventListener(): (event: unknown, topic: unknown, payload: unknown) => void {
  const call = ipcRenderer.on.mock.calls.find((c) => c[0] === 'ioc:event');
  if (!call) throw new Error('no ioc:event listener');
  return call[1] as (event: unknown, topic: unknown, payload: unknown) => void;
}

describe('preload', () => {
  beforeEach(() => resetFakeElectron());

  it('exposes exactly one function per contract method, and subscribe, as window.iocWall', () => {
    expect(exposed).toHaveLength(1);
    const [name, bridge] = exposed[0]!;
    expect(name).toBe('iocWall');
    expect(Object.keys(bridge).sort()).toEqual(['methods', 'subscribe']);
    expect(Object.keys(bridge.methods)).toEqual(methodNames);
    expect(Object.values(bridge.methods).every((f) => typeof f === 'function')).toBe(true);
    expect(typeof bridge.subscribe).toBe('function');
    expect(Object.values(bridge)).not.toContain(ipcRenderer);
  });

  it('forwards known methods to ioc:call', async () => {
    const { bridge } = await loadPreload();
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: [] });
    expect(await bridge.methods['walls.list']({})).toEqual({ ok: true, value: [] });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('ioc:call', 'walls.list', {});
  });

  it('has no function for a name outside the contract, and its method map cannot be changed', async () => {
    const { bridge } = await loadPreload();
    const methods = bridge.methods as Record<string, unknown>;
    for (const method of ['walls.drop', 'toString', '__proto__', '']) expect(Object.hasOwn(methods, method)).toBe(false);
    expect(() => {
      methods['walls.drop'] = () => {};
    }).toThrow();
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('turns an IPC failure into an error result', async () => {
    const { bridge } = await loadPreload();
    ipcRenderer.invoke.mockRejectedValueOnce(new Error('An object could not be cloned.'));
    expect(await bridge.methods['walls.list']({ f: () => 1 })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    ipcRenderer.invoke.mockRejectedValueOnce(new Error("No handler registered for 'ioc:call'"));
    expect(await bridge.methods['walls.list']({})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('rejects unknown topics and bad listeners', async () => {
    const { bridge } = await loadPreload();
    expect(() => bridge.subscribe(['secrets.leaked'], () => {})).toThrow(/unknown topic/);
    expect(() => bridge.subscribe('alert.changed' as unknown as string[], () => {})).toThrow(/array/);
    expect(() => bridge.subscribe(['alert.changed'], 'x' as unknown as () => void)).toThrow(/function/);
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('shares one ipcRenderer listener, hands listeners only (topic, payload), and unsubscribes', async () => {
    const { bridge } = await loadPreload();
    const a = vi.fn();
    const b = vi.fn();
    const offA = bridge.subscribe(['alert.changed', 'wall.changed'], a);
    const offB = bridge.subscribe(['alert.changed'], b);
    expect(ipcRenderer.on).toHaveBeenCalledTimes(1);
    expect(ipcRenderer.invoke).toHaveBeenCalledTimes(1);
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('ioc:subscribe', ['alert.changed', 'wall.changed']);

    const emit = eventListener();
    const ipcEvent = { sender: ipcRenderer, ports: [] };
    emit(ipcEvent, 'alert.changed', { id: 'a1' });
    expect(a).toHaveBeenCalledWith('alert.changed', { id: 'a1' });
    expect(b).toHaveBeenCalledWith('alert.changed', { id: 'a1' });
    for (const call of [...a.mock.calls, ...b.mock.calls]) expect(call).toHaveLength(2);
    emit(ipcEvent, 'wall.changed', { id: 'main' });
    expect(b).toHaveBeenCalledTimes(1);

    offA();
    offA();
    // alert.changed is still wanted by b; wall.changed by nobody.
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('ioc:unsubscribe', ['wall.changed']);
    emit(ipcEvent, 'alert.changed', { id: 'a2' });
    expect(a).toHaveBeenCalledTimes(2);
    expect(b).toHaveBeenCalledTimes(2);
    offB();
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('ioc:unsubscribe', ['alert.changed']);
  });

  it('keeps delivering when one listener throws', async () => {
    const { bridge } = await loadPreload();
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const good = vi.fn();
    bridge.subscribe(['alert.changed'], () => {
      throw new Error('boom');
    });
    bridge.subscribe(['alert.changed'], good);
    eventListener()({}, 'alert.changed', 1);
    expect(good).toHaveBeenCalledWith('alert.changed', 1);
    spy.mockRestore();
  });
});
