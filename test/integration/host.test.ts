import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { configSchema, type ServerMessage } from '../../common/index.js';
import { createHost } from '../../main/host/host.js';
import type { Host } from '../../main/host/host-types.js';
import { createLogger } from '../../main/host/log.js';
import { tempDir } from '../helpers/temp-dir.js';
import { ffmpegChildren, gstreamerAvailable, startRtspServer, viewer, waitFor, type RtspServer } from './camera-helpers.js';

/**
 * The whole host as `ioc-wall serve` runs it: a real SQLite file, the simulator, real ffmpeg pulling a
 * real RTSP server, the API and the streams over WebSockets with credentials.
 */
describe.skipIf(!gstreamerAvailable())('host with real parts', () => {
  let tmp: ReturnType<typeof tempDir>;
  let rtsp: RtspServer;
  let host: Host;
  const logs: string[] = [];

  const start = async () =>
    createHost(
      {
        config: configSchema.parse({
          walls: [{ id: 'main', name: 'Tường', rows: 1, cols: 2, layout: 'giao-thong-an-ninh' }],
          cameras: [{ id: 'cong-chinh', name: 'Cổng chính UBND', url: `rtsp://giamsat:BiMat123@127.0.0.1:${rtsp.port}/cam1` }],
          connectors: [{ id: 'sim', type: 'simulator', options: { seed: 3, intervalMs: 250, alertRate: 10 } }],
        }),
        configDir: tmp.dir,
        dataDir: tmp.dir,
        host: '127.0.0.1',
        port: 0,
      },
      { log: createLogger({}, { write: (l) => logs.push(l) }) },
    );

  beforeAll(async () => {
    tmp = tempDir();
    rtsp = await startRtspServer(['/cam1']);
    host = await start();
  });
  afterAll(async () => {
    await host?.close();
    await rtsp?.stop();
    tmp.cleanup();
    expect(ffmpegChildren()).toBe(0);
  });

  const apiSocket = async (url: string) => {
    const u = new URL(url);
    const ws = new WebSocket(`ws://${u.host}/api?token=${u.searchParams.get('token')}`);
    const inbox: ServerMessage[] = [];
    ws.on('message', (d) => inbox.push(JSON.parse(d.toString()) as ServerMessage));
    await new Promise((r) => ws.once('open', r));
    let id = 0;
    const call = async (method: string, input: unknown = {}) => {
      const myId = ++id;
      ws.send(JSON.stringify({ type: 'call', id: myId, method, input }));
      await waitFor(() => inbox.some((m) => m.type === 'result' && m.id === myId), 5000, method);
      return (inbox.find((m) => m.type === 'result' && m.id === myId) as Extract<ServerMessage, { type: 'result' }>).result;
    };
    return { ws, inbox, call };
  };

  it('gives each display and the console a working credential, and refuses a viewer that changes things', async () => {
    const displays = host.displayLinks();
    expect(displays.map((d) => d.displayId)).toEqual(['r0c0', 'r0c1']);
    const wall = await apiSocket(displays[0]!.url);
    expect(await wall.call('session.whoami')).toMatchObject({ ok: true, value: { role: 'viewer', wallId: 'main', displayId: 'r0c0' } });
    expect(await wall.call('walls.setLayout', { wallId: 'main', layoutId: 'tong-quan' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const admin = await apiSocket(host.adminConsoleUrl());
    expect(await admin.call('session.whoami')).toMatchObject({ ok: true, value: { role: 'admin' } });
    admin.ws.close();
    const desk = await apiSocket(host.consoleUrl());
    wall.ws.send(JSON.stringify({ type: 'subscribe', topics: ['wall.changed', 'alert.changed', 'samples.appended'] }));
    expect(await desk.call('walls.setLayout', { wallId: 'main', layoutId: 'tong-quan' })).toMatchObject({ ok: true });
    await waitFor(() => wall.inbox.some((m) => m.type === 'event' && m.topic === 'wall.changed'), 3000, 'wall.changed on the display');
    await waitFor(() => wall.inbox.some((m) => m.type === 'event' && m.topic === 'alert.changed'), 10_000, 'a live alert');
    await waitFor(() => wall.inbox.some((m) => m.type === 'event' && m.topic === 'samples.appended'), 5000, 'live samples');
    wall.ws.close();
    desk.ws.close();
  });

  it('streams the RTSP camera to a display, marks it offline when the server dies and resumes without a reload', async () => {
    const display = new URL(host.displayLinks()[0]!.url);
    const v = await viewer(`ws://${display.host}/streams/cong-chinh?token=${display.searchParams.get('token')}`);
    await waitFor(() => v.got.filter((g) => g.kind === 'binary').length > 10, 15_000, 'frames');
    const port = rtsp.port;
    await rtsp.stop();
    await waitFor(() => host.cameraHealth()[0]!.state === 'offline', 12_000, 'offline');
    rtsp = await startRtspServer(['/cam1'], port);
    const n = v.got.length;
    await waitFor(() => host.cameraHealth()[0]!.state === 'live' && v.got.length > n + 10, 20_000, 'live again');
    expect(v.ws.readyState).toBe(v.ws.OPEN);
    v.close();
    expect(logs.join('\n')).not.toContain('BiMat123');
    const desk = await apiSocket(host.consoleUrl());
    expect(JSON.stringify(await desk.call('cameras.list'))).not.toContain('BiMat123');
    desk.ws.close();
  });

  it('refuses a stream socket without a credential', async () => {
    const origin = new URL(host.origin);
    const ws = new WebSocket(`ws://${origin.host}/streams/cong-chinh`);
    const status = await new Promise<number>((r) => ws.once('unexpected-response', (_q, res) => r(res.statusCode ?? 0)));
    expect(status).toBe(401);
  });

  it('keeps alerts, their history, the switched layout and every credential across a restart', async () => {
    const desk = await apiSocket(host.consoleUrl());
    const list = await desk.call('alerts.list');
    const first = (list as { ok: true; value: { id: string }[] }).value.at(-1)!;
    expect((await desk.call('alerts.acknowledge', { id: first.id, note: 'đã xem' })).ok).toBe(true);
    desk.ws.close();
    const consoleUrl = host.consoleUrl();
    await host.close();
    host = await start();
    // Port 0 picks another port; the credential, and so a kiosk's bookmark, stays the same.
    expect(new URL(host.consoleUrl()).searchParams.get('token')).toBe(new URL(consoleUrl).searchParams.get('token'));
    const again = await apiSocket(host.consoleUrl());
    expect(await again.call('walls.list')).toMatchObject({ ok: true, value: [{ id: 'main', layout: 'tong-quan' }] });
    const history = await again.call('alerts.history', { id: first.id });
    expect(history.ok && (history.value as { action: string }[]).map((h) => h.action)).toContain('acknowledged');
    again.ws.close();
  });
});
