import { afterEach, describe, expect, it } from 'vitest';
import type { StreamMessage } from '../../common/camera/stream-protocol.js';
import type { Camera, StreamVariant } from '../../common/index.js';
import { findFfmpeg } from '../../main/host/camera/find-ffmpeg.js';
import { createCameraGateway, type CameraGateway, type CameraGatewayOptions } from '../../main/host/camera/gateway.js';
import { createLogger } from '../../main/host/log.js';
import { ffmpegChildren, ffmpegInputs, gstreamerAvailable, initSize, serveGateway, startRtspServer, viewer, waitFor, type Received, type RtspServer } from './camera-helpers.js';

const ffmpeg = findFfmpeg();
const log = createLogger({}, { level: 'warn', write: () => {} });

function gatewayOf(cameras: Camera[], extra: Partial<CameraGatewayOptions> = {}): CameraGateway {
  return createCameraGateway({ cameras, ffmpeg, log, graceMs: 300, watchdogMs: 2500, offlineAfterMs: 3000, backoff: { baseMs: 200, capMs: 1000 }, ...extra });
}

/** Each channel's inits and the size of the init segment that followed the last one. */
function channels(got: Received[]) {
  const out = new Map<number, { inits: Extract<StreamMessage, { type: 'init' }>[]; size?: { width: number; height: number }; fragments: number }>();
  const of = (c: number) => out.get(c) ?? out.set(c, { inits: [], fragments: 0 }).get(c)!;
  let expectInit = new Set<number>();
  for (const g of got) {
    if (g.kind === 'message' && g.msg.type === 'init') {
      const { channel, ...msg } = g.msg as typeof g.msg & { channel: number };
      of(channel).inits.push(msg);
      expectInit = new Set([...expectInit, channel]);
    } else if (g.kind === 'binary') {
      const channel = g.data.readUInt32BE(0);
      const body = g.data.subarray(4);
      if (expectInit.has(channel)) {
        of(channel).size = initSize(body);
        expectInit.delete(channel);
      } else of(channel).fragments++;
    }
  }
  return out;
}

const subscribe = (ws: { send(s: string): void }, channel: number, cameraId: string, variant?: StreamVariant) =>
  ws.send(JSON.stringify({ type: 'subscribe', channel, cameraId, ...(variant ? { variant } : {}) }));

let gateway: CameraGateway | undefined;
let server: Awaited<ReturnType<typeof serveGateway>> | undefined;
let rtsp: RtspServer | undefined;

afterEach(async () => {
  await gateway?.close();
  await server?.close();
  await rtsp?.stop();
  gateway = server = rtsp = undefined;
  expect(ffmpegChildren()).toBe(0);
});

describe.skipIf(!gstreamerAvailable())('main and sub streams against a real RTSP server', () => {
  it('pulls the sub URL for sub viewers and the main URL for main viewers, one ffmpeg per stream whatever the number of viewers', async () => {
    rtsp = await startRtspServer(['/cam1/main=640x360', '/cam1/sub=320x180']);
    gateway = gatewayOf([{ id: 'cam1', name: 'Cổng 1', url: rtsp.url('/cam1/main'), subUrl: rtsp.url('/cam1/sub'), pinned: false }]);
    server = await serveGateway(gateway);
    const win = await viewer(server.muxUrl);
    subscribe(win.ws, 1, 'cam1', 'sub');
    subscribe(win.ws, 2, 'cam1', 'main');
    subscribe(win.ws, 3, 'cam1', 'sub');
    // Another window's own socket on the same sub stream.
    const other = await viewer(server.url('cam1', 'sub'));
    await waitFor(() => [1, 2, 3].every((c) => (channels(win.got).get(c)?.fragments ?? 0) >= 10), 20_000, 'three channels streaming');
    await waitFor(() => other.got.filter((g) => g.kind === 'binary').length >= 10, 5_000, 'the other window streaming');

    const got = channels(win.got);
    expect([1, 2, 3].map((c) => [got.get(c)!.inits.at(-1)!.variant, got.get(c)!.size])).toEqual([
      ['sub', { width: 320, height: 180 }],
      ['main', { width: 640, height: 360 }],
      ['sub', { width: 320, height: 180 }],
    ]);
    expect(other.got.find((g) => g.kind === 'message' && g.msg.type === 'init')).toMatchObject({ msg: { variant: 'sub' } });
    expect(ffmpegInputs()).toEqual([rtsp.url('/cam1/main'), rtsp.url('/cam1/sub')]);
    expect(gateway.processCount()).toBe(2);
    expect(gateway.health().map((h) => [h.variant, h.state, h.viewers])).toEqual([
      ['main', 'live', 1],
      ['sub', 'live', 3],
    ]);

    // The main viewer leaves: its stream stops after the grace period, the sub stream plays on.
    win.ws.send(JSON.stringify({ type: 'unsubscribe', channel: 2 }));
    await waitFor(() => ffmpegChildren() === 1, 5_000, 'the main stream to stop');
    expect(ffmpegInputs()).toEqual([rtsp.url('/cam1/sub')]);
    win.close();
    other.close();
  });

  it('serves sub viewers of a camera without a sub stream, or whose sub URL is its main URL, from the main stream', async () => {
    rtsp = await startRtspServer(['/cam1=640x360', '/cam2=640x360']);
    gateway = gatewayOf([
      { id: 'cam1', name: 'Cổng 1', url: rtsp.url('/cam1'), pinned: false },
      { id: 'cam2', name: 'Cổng 2', url: rtsp.url('/cam2'), subUrl: rtsp.url('/cam2'), pinned: false },
    ]);
    server = await serveGateway(gateway);
    const win = await viewer(server.muxUrl);
    subscribe(win.ws, 1, 'cam1', 'sub');
    subscribe(win.ws, 2, 'cam1');
    subscribe(win.ws, 3, 'cam2', 'sub');
    await waitFor(() => [1, 2, 3].every((c) => (channels(win.got).get(c)?.fragments ?? 0) >= 10), 20_000, 'three channels streaming');
    const got = channels(win.got);
    expect([1, 2, 3].map((c) => [got.get(c)!.inits.at(-1)!.variant, got.get(c)!.size])).toEqual([
      ['main', { width: 640, height: 360 }],
      ['main', { width: 640, height: 360 }],
      ['main', { width: 640, height: 360 }],
    ]);
    expect(ffmpegInputs()).toEqual([rtsp.url('/cam1'), rtsp.url('/cam2')]);
    expect(gateway.health().map((h) => [h.cameraId, h.variant, h.viewers])).toEqual([
      ['cam1', 'main', 2],
      ['cam2', 'main', 1],
    ]);
    win.close();
  });

  it('moves sub viewers to a sub stream added later, and back to the main stream when it is removed', async () => {
    rtsp = await startRtspServer(['/cam1/main=640x360', '/cam1/sub=320x180']);
    const camera: Camera = { id: 'cam1', name: 'Cổng 1', url: rtsp.url('/cam1/main'), pinned: false };
    gateway = gatewayOf([camera]);
    server = await serveGateway(gateway);
    const win = await viewer(server.muxUrl);
    subscribe(win.ws, 1, 'cam1', 'sub');
    await waitFor(() => (channels(win.got).get(1)?.fragments ?? 0) >= 5, 20_000, 'the sub viewer on the main stream');
    expect(channels(win.got).get(1)!.size).toEqual({ width: 640, height: 360 });

    gateway.setCameras([{ ...camera, subUrl: rtsp.url('/cam1/sub') }]);
    await waitFor(() => channels(win.got).get(1)!.inits.at(-1)!.variant === 'sub' && channels(win.got).get(1)!.size?.width === 320, 20_000, 'the sub stream');
    await waitFor(() => ffmpegInputs().length === 1, 5_000, 'the main stream, now unwatched, to stop');
    expect(ffmpegInputs()).toEqual([rtsp.url('/cam1/sub')]);

    gateway.setCameras([camera]);
    await waitFor(() => channels(win.got).get(1)!.inits.at(-1)!.variant === 'main', 20_000, 'back on the main stream');
    expect(gateway.health().map((h) => h.variant)).toEqual(['main']);
    win.close();
  });

  it('keeps warm only the streams a pinned camera\'s wall plays', async () => {
    rtsp = await startRtspServer(['/cam1/main=640x360', '/cam1/sub=320x180']);
    let warm: StreamVariant[] = ['sub'];
    gateway = gatewayOf([{ id: 'cam1', name: 'Cổng 1', url: rtsp.url('/cam1/main'), subUrl: rtsp.url('/cam1/sub'), pinned: true }], { warmVariants: () => warm });
    await waitFor(() => gateway!.health().find((h) => h.variant === 'sub')!.state === 'live', 20_000, 'the sub stream live with no viewer');
    expect(ffmpegInputs()).toEqual([rtsp.url('/cam1/sub')]);
    expect(gateway.health().find((h) => h.variant === 'main')!.state).toBe('idle');

    warm = ['main'];
    gateway.refreshWarm();
    await waitFor(() => gateway!.health().find((h) => h.variant === 'main')!.state === 'live', 20_000, 'the main stream live');
    await waitFor(() => ffmpegInputs().length === 1, 5_000, 'the sub stream to stop');
    expect(ffmpegInputs()).toEqual([rtsp.url('/cam1/main')]);
  });
});
