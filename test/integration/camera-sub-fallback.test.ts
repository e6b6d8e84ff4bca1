import { afterEach, describe, expect, it } from 'vitest';
import type { StreamMessage } from '../../common/camera/stream-protocol.js';
import type { Camera } from '../../common/index.js';
import { findFfmpeg } from '../../main/host/camera/find-ffmpeg.js';
import { createCameraGateway, type CameraGateway } from '../../main/host/camera/gateway.js';
import { createLogger } from '../../main/host/log.js';
import { ffmpegChildren, ffmpegInputs, freePort, gstreamerAvailable, initSize, serveGateway, startRtspServer, viewer, waitFor, type Received, type RtspServer } from './camera-helpers.js';

const ffmpeg = findFfmpeg();
const log = createLogger({}, { level: 'warn', write: () => {} });

function gatewayOf(cameras: Camera[]): CameraGateway {
  // The gateway's own offline delay: a sub stream that cannot start must not wait for it.
  return createCameraGateway({ cameras, ffmpeg, log, graceMs: 300, watchdogMs: 2500, offlineAfterMs: 5000, backoff: { baseMs: 200, capMs: 1000 } });
}

/** What a viewer on its own socket got: the stream each init named, the size after the last one, frames since it, states. */
function summary(got: Received[]) {
  const inits: string[] = [];
  const states: string[] = [];
  let size: { width: number; height: number } | undefined;
  let framesSinceInit = 0;
  let expectInit = false;
  for (const g of got) {
    if (g.kind === 'message') {
      const msg: StreamMessage = g.msg;
      if (msg.type === 'init') {
        inits.push(msg.variant);
        expectInit = true;
        framesSinceInit = 0;
      } else if (msg.type === 'state') states.push(msg.state);
    } else if (expectInit) {
      size = initSize(g.data);
      expectInit = false;
    } else framesSinceInit++;
  }
  return { inits, states, size, framesSinceInit };
}

let gateway: CameraGateway | undefined;
let server: Awaited<ReturnType<typeof serveGateway>> | undefined;
const rtsp: RtspServer[] = [];

afterEach(async () => {
  await gateway?.close();
  await server?.close();
  await Promise.all(rtsp.map((r) => r.stop()));
  rtsp.length = 0;
  gateway = server = undefined;
  expect(ffmpegChildren()).toBe(0);
});

const subHealth = () => gateway!.health().find((h) => h.variant === 'sub')!;

describe.skipIf(!gstreamerAvailable())('a sub stream that fails falls back to the main stream', () => {
  it('plays the main stream while the sub stream\'s server is down, never shows offline, and goes back once it is up', async () => {
    const main = await startRtspServer(['/cam1/main=640x360']);
    rtsp.push(main);
    // The sub stream's server is not running yet: connections to its port are refused.
    const subPort = await freePort();
    const subUrl = `rtsp://127.0.0.1:${subPort}/cam1/sub`;
    gateway = gatewayOf([{ id: 'cam1', name: 'Cổng 1', url: main.url('/cam1/main'), subUrl, pinned: false }]);
    server = await serveGateway(gateway);
    const v = await viewer(server.url('cam1', 'sub'));

    // Sooner than the 5 s a stream takes to be called offline: a refused connection says enough.
    await waitFor(() => summary(v.got).inits.at(-1) === 'main' && summary(v.got).framesSinceInit >= 10, 4_000, 'the sub viewer playing the main stream');
    expect(summary(v.got).size).toEqual({ width: 640, height: 360 });
    // It heard the sub stream try and the main stream start, never that the camera is offline.
    expect(summary(v.got).states).not.toContain('offline');
    expect(subHealth()).toMatchObject({ viewers: 0, fallbackToMain: true });
    // Trying again and again: connecting, reconnecting, offline in turn, never live.
    expect(['connecting', 'reconnecting', 'offline']).toContain(subHealth().state);
    expect(gateway.health().find((h) => h.variant === 'main')).toMatchObject({ state: 'live', viewers: 1 });
    // The sub stream keeps trying while its viewer waits on the main stream.
    const tries = subHealth().restarts;
    await waitFor(() => subHealth().restarts > tries, 5_000, 'another try of the sub stream');

    rtsp.push(await startRtspServer(['/cam1/sub=320x180'], subPort));
    await waitFor(() => summary(v.got).inits.at(-1) === 'sub' && summary(v.got).framesSinceInit >= 10, 20_000, 'the viewer back on the sub stream');
    expect(summary(v.got).size).toEqual({ width: 320, height: 180 });
    expect(summary(v.got).inits).toEqual(['main', 'sub']);
    expect(subHealth()).toMatchObject({ state: 'live', viewers: 1 });
    expect(subHealth().fallbackToMain).toBeUndefined();
    // Nobody watches the main stream any more: it stops after the grace period.
    await waitFor(() => ffmpegInputs().length === 1, 5_000, 'the main stream to stop');
    expect(ffmpegInputs()).toEqual([subUrl]);
    v.close();
  }, 60_000);

  it('falls back when the sub URL names a path the server does not serve, and returns when the URL is fixed', async () => {
    const server1 = await startRtspServer(['/cam1/main=640x360', '/cam1/sub=320x180']);
    rtsp.push(server1);
    const camera: Camera = { id: 'cam1', name: 'Cổng 1', url: server1.url('/cam1/main'), subUrl: server1.url('/cam1/khong-co'), pinned: false };
    gateway = gatewayOf([camera]);
    server = await serveGateway(gateway);
    const win = await viewer(server.muxUrl);
    win.ws.send(JSON.stringify({ type: 'subscribe', channel: 7, cameraId: 'cam1', variant: 'sub' }));
    // A second sub viewer arriving during the fallback goes straight to the main stream.
    await waitFor(() => subHealth().fallbackToMain === true, 20_000, 'the fallback');
    const late = await viewer(server.url('cam1', 'sub'));
    await waitFor(() => summary(late.got).framesSinceInit >= 5, 10_000, 'the late viewer playing');
    expect(summary(late.got).inits).toEqual(['main']);
    expect(gateway.health().find((h) => h.variant === 'main')).toMatchObject({ state: 'live', viewers: 2 });
    expect(subHealth().lastError).toMatch(/404|Not Found|exited/);

    gateway.setCameras([{ ...camera, subUrl: server1.url('/cam1/sub') }]);
    await waitFor(() => summary(late.got).inits.at(-1) === 'sub' && summary(late.got).size?.width === 320, 20_000, 'the late viewer back on the sub stream');
    const channelInits = win.got.flatMap((g) => (g.kind === 'message' && g.msg.type === 'init' ? [g.msg.variant] : []));
    expect(channelInits).toEqual(['main', 'sub']);
    win.close();
    late.close();
  }, 60_000);

  it('stops retrying the sub stream once its last viewer has left the main stream', async () => {
    const main = await startRtspServer(['/cam1/main=640x360']);
    rtsp.push(main);
    const subUrl = `rtsp://127.0.0.1:${await freePort()}/cam1/sub`;
    gateway = gatewayOf([{ id: 'cam1', name: 'Cổng 1', url: main.url('/cam1/main'), subUrl, pinned: false }]);
    server = await serveGateway(gateway);
    const v = await viewer(server.url('cam1', 'sub'));
    await waitFor(() => summary(v.got).framesSinceInit >= 5, 20_000, 'the sub viewer playing the main stream');
    v.close();
    await waitFor(() => gateway!.health().every((h) => h.state === 'idle'), 10_000, 'both streams stopped');
    expect(ffmpegChildren()).toBe(0);
    expect(subHealth().fallbackToMain).toBeUndefined();

    // The next sub viewer tries the sub stream first again, then falls back.
    const tries = subHealth().restarts;
    const next = await viewer(server.url('cam1', 'sub'));
    await waitFor(() => summary(next.got).inits.at(-1) === 'main' && summary(next.got).framesSinceInit >= 5, 5_000, 'the next viewer on the main stream');
    expect(subHealth().restarts).toBeGreaterThan(tries);
    next.close();
  }, 60_000);
});
