import { afterEach, describe, expect, it } from 'vitest';
import type { Camera } from '../../common/index.js';
import { createCameraGateway, type CameraGateway } from '../../main/host/camera/gateway.js';
import { findFfmpeg } from '../../main/host/camera/find-ffmpeg.js';
import { fragmentInfo } from '../../main/host/camera/mp4-boxes.js';
import { createLogger } from '../../main/host/log.js';
import { ffmpegChildren, gstElementAvailable, gstreamerAvailable, serveGateway, startRtspServer, viewer, waitFor, type Received, type RtspServer } from './camera-helpers.js';

const ffmpeg = findFfmpeg();
const logs: string[] = [];
const log = createLogger({}, { level: 'debug', write: (l) => logs.push(l) });

const synthetic: Camera = { id: 'cam-dong-ba', name: 'Chợ Đông Ba', url: 'synthetic:testsrc', pinned: false };

function gatewayOf(cameras: Camera[]): CameraGateway {
  return createCameraGateway({ cameras, ffmpeg, log, graceMs: 300, watchdogMs: 2500, offlineAfterMs: 3000, backoff: { baseMs: 200, capMs: 1000 } });
}

const binaries = (got: Received[]) => got.filter((g): g is Extract<Received, { kind: 'binary' }> => g.kind === 'binary');
const messages = (got: Received[]) => got.flatMap((g) => (g.kind === 'message' ? [g.msg] : []));
const isKeyframe = (b: Buffer) => fragmentInfo(b, new Map()).keyframe;

// What a test started; closed after each, and no ffmpeg may outlive it.
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

describe('camera gateway with real ffmpeg', () => {
  it('sends the codec, the init segment, then fragments starting with a keyframe', async () => {
    gateway = gatewayOf([synthetic]);
    server = await serveGateway(gateway);
    const v = await viewer(server.url('cam-dong-ba'));
    await waitFor(() => binaries(v.got).length >= 10, 15_000, 'ten binary messages');
    const init = messages(v.got).find((m) => m.type === 'init');
    expect(init).toMatchObject({ type: 'init', cameraId: 'cam-dong-ba', codec: expect.stringMatching(/^avc1\./) });
    const [initSegment, first] = binaries(v.got);
    expect(initSegment!.data.toString('latin1', 4, 8)).toBe('ftyp');
    expect(first!.data.toString('latin1', 4, 8)).toBe('moof');
    expect(isKeyframe(first!.data)).toBe(true);
    expect(messages(v.got).some((m) => m.type === 'state' && m.state === 'live')).toBe(true);
    expect(gateway.health()[0]).toMatchObject({ cameraId: 'cam-dong-ba', state: 'live', viewers: 1 });
    v.close();
  });

  it('shares one ffmpeg among viewers and gives a late viewer the init and the current GOP at once', async () => {
    gateway = gatewayOf([synthetic]);
    server = await serveGateway(gateway);
    const a = await viewer(server.url('cam-dong-ba'));
    await waitFor(() => binaries(a.got).length >= 15, 15_000, 'first viewer streaming');
    const joinedAt = Date.now();
    const b = await viewer(server.url('cam-dong-ba'));
    await waitFor(() => binaries(b.got).length >= 2, 2000, 'late viewer first frame');
    const [initB, firstB] = binaries(b.got);
    expect(initB!.data.toString('latin1', 4, 8)).toBe('ftyp');
    expect(isKeyframe(firstB!.data)).toBe(true);
    // The cached GOP arrives in one go, not paced by the encoder.
    expect(firstB!.at - joinedAt).toBeLessThan(1000);
    expect(gateway.processCount()).toBe(1);
    expect(ffmpegChildren()).toBe(1);
    expect(gateway.health()[0]!.viewers).toBe(2);
    a.close();
    b.close();
    await waitFor(() => gateway!.processCount() === 0, 5000, 'ffmpeg stopped after the grace period');
    expect(gateway.health()[0]!.state).toBe('idle');
  });

  it('stops a camera removed from the configuration and starts a pinned one with no viewer', async () => {
    gateway = gatewayOf([synthetic]);
    server = await serveGateway(gateway);
    const v = await viewer(server.url('cam-dong-ba'));
    await waitFor(() => binaries(v.got).length >= 3, 15_000, 'streaming');
    const closed = new Promise<number>((r) => v.ws.once('close', (c) => r(c)));
    gateway.setCameras([{ id: 'cam-truong-tien', name: 'Cầu Trường Tiền', url: 'synthetic:smptebars', pinned: true }]);
    expect(await closed).toBe(1001);
    expect(gateway.health().map((h) => h.cameraId)).toEqual(['cam-truong-tien']);
    await waitFor(() => gateway!.health()[0]!.state === 'live', 15_000, 'the pinned camera live');
    await waitFor(() => ffmpegChildren() === 1, 5000, 'the removed camera\'s ffmpeg gone');
    expect(gateway.health()[0]!.viewers).toBe(0);
  });

  it('answers an unknown camera with an error and close code 4404', async () => {
    gateway = gatewayOf([synthetic]);
    server = await serveGateway(gateway);
    const v = await viewer(server.url('khong-co'));
    const code = await new Promise<number>((r) => v.ws.once('close', (c) => r(c)));
    expect(code).toBe(4404);
    expect(messages(v.got)).toEqual([{ type: 'error', message: 'unknown camera "khong-co"' }]);
  });
});

describe.skipIf(!gstreamerAvailable())('camera gateway against a real RTSP server', () => {
  it('passes H.264 through, goes offline when the server dies and resumes when it returns, without the viewer reconnecting', async () => {
    rtsp = await startRtspServer(['/cam1']);
    const port = rtsp.port;
    gateway = gatewayOf([{ id: 'cam1', name: 'Cổng 1', url: rtsp.url('/cam1'), pinned: false }]);
    server = await serveGateway(gateway);
    const v = await viewer(server.url('cam1'));
    await waitFor(() => binaries(v.got).length >= 10, 15_000, 'RTSP frames');
    expect(gateway.health()[0]!.codec).toMatch(/^avc1\./);

    await rtsp.stop();
    await waitFor(() => messages(v.got).some((m) => m.type === 'state' && m.state === 'offline'), 10_000, 'offline');
    expect(gateway.health()[0]!.restarts).toBeGreaterThan(0);

    rtsp = await startRtspServer(['/cam1'], port);
    const before = binaries(v.got).length;
    const initsBefore = messages(v.got).filter((m) => m.type === 'init').length;
    await waitFor(() => gateway!.health()[0]!.state === 'live' && binaries(v.got).length > before + 5, 15_000, 'live again');
    expect(messages(v.got).filter((m) => m.type === 'init').length).toBe(initsBefore + 1);
    expect(v.ws.readyState).toBe(v.ws.OPEN);
    expect(gateway.processCount()).toBe(1);
    v.close();
  });

  it('bounds what a viewer that stops reading holds, and keeps the other viewers at full rate', async () => {
    const limit = 256 * 1024;
    // Noise at 20 Mbit/s fills the kernel's socket buffers within a second or two: a quiet picture
    // would take minutes to reach the gateway's own buffer, and the test would prove nothing.
    rtsp = await startRtspServer(['/cam1'], undefined, { RTSP_SIZE: '1280x720', RTSP_PATTERN: 'snow', RTSP_KBPS: '20000' });
    gateway = createCameraGateway({ cameras: [{ id: 'cam1', name: 'Cổng 1', url: rtsp.url('/cam1'), pinned: false }], ffmpeg, log, maxViewerBufferBytes: limit });
    server = await serveGateway(gateway);
    const slow = await viewer(server.url('cam1'));
    (slow.ws as unknown as { _socket: { pause(): void } })._socket.pause();
    const fast = await viewer(server.url('cam1'));
    const slowAtGateway = server.sockets[0]!;
    let peak = 0;
    const sample = setInterval(() => (peak = Math.max(peak, slowAtGateway.bufferedAmount)), 20);
    try {
      await waitFor(() => peak > limit, 15_000, 'the gateway to hold more than the limit for the slow viewer');
      const n = binaries(fast.got).length;
      await new Promise((r) => setTimeout(r, 2000));
      // 25 frames a second, one fragment each.
      expect(binaries(fast.got).length - n).toBeGreaterThan(40);
    } finally {
      clearInterval(sample);
    }
    // Past the limit by the fragment that crossed it, never by the backlog (2.5 MB a second here).
    expect(peak).toBeLessThan(limit + 1024 * 1024);
    fast.close();
    slow.ws.terminate();
  });

  it('restarts ffmpeg when a stalled server sends nothing, and recovers when it resumes', async () => {
    rtsp = await startRtspServer(['/cam1']);
    gateway = gatewayOf([{ id: 'cam1', name: 'Cổng 1', url: rtsp.url('/cam1'), pinned: false }]);
    server = await serveGateway(gateway);
    const v = await viewer(server.url('cam1'));
    await waitFor(() => gateway!.health()[0]!.state === 'live', 15_000, 'live');
    rtsp.child.kill('SIGSTOP');
    await waitFor(() => gateway!.health()[0]!.restarts >= 1, 10_000, 'a watchdog restart');
    expect(logs.some((l) => l.includes('watchdog'))).toBe(true);
    rtsp.child.kill('SIGCONT');
    const n = binaries(v.got).length;
    await waitFor(() => gateway!.health()[0]!.state === 'live' && binaries(v.got).length > n + 5, 20_000, 'live after SIGCONT');
    v.close();
  });

  it('takes nothing a stopped ffmpeg still writes for a picture: a stalled camera goes offline and stays so until it resumes', async () => {
    rtsp = await startRtspServer(['/cam1']);
    // The gateway's own watchdog and offline delay, against ffmpeg's own socket timeout.
    gateway = createCameraGateway({ cameras: [{ id: 'cam1', name: 'Cổng 1', url: rtsp.url('/cam1'), pinned: false }], ffmpeg, log, graceMs: 300 });
    server = await serveGateway(gateway);
    const v = await viewer(server.url('cam1'));
    await waitFor(() => gateway!.health()[0]!.state === 'live', 15_000, 'live');
    rtsp.child.kill('SIGSTOP');
    // What was on its way when the server froze has arrived by now.
    await new Promise((r) => setTimeout(r, 500));
    const before = { fragments: binaries(v.got).length, lastFrameAt: gateway.health()[0]!.lastFrameAt };
    await waitFor(() => gateway!.health()[0]!.restarts >= 1, 10_000, 'a watchdog restart');
    await waitFor(() => gateway!.health()[0]!.state === 'offline', 8000, 'offline');
    // The frame ffmpeg's muxer held and flushed when told to stop would otherwise count as live.
    expect(binaries(v.got).length).toBe(before.fragments);
    expect(gateway.health()[0]!.lastFrameAt).toBe(before.lastFrameAt);
    rtsp.child.kill('SIGCONT');
    await waitFor(() => gateway!.health()[0]!.state === 'live', 20_000, 'live after SIGCONT');
    v.close();
  });

  it('gathers frames into fragments of about fragmentMs, still opening each GOP with a keyframe and counting frames', async () => {
    rtsp = await startRtspServer(['/cam1']);
    const cameras = [{ id: 'cam1', name: 'Cổng 1', url: rtsp.url('/cam1'), pinned: false }];
    gateway = createCameraGateway({ cameras, ffmpeg, log, graceMs: 300, fragmentMs: 200 });
    server = await serveGateway(gateway);
    const a = await viewer(server.url('cam1'));
    await waitFor(() => binaries(a.got).length >= 12, 15_000, 'coalesced fragments');
    const fragments = binaries(a.got).slice(1);
    const samples = fragments.map((f) => fragmentInfo(f.data, new Map()).samples);
    // 25 frames a second in 200 ms fragments: five frames each, fewer where a keyframe cut one short.
    expect(Math.max(...samples)).toBeLessThanOrEqual(6);
    expect(samples.reduce((x, y) => x + y, 0) / samples.length).toBeGreaterThan(3.5);
    expect(isKeyframe(fragments[0]!.data)).toBe(true);
    // Health counts pictures, not fragments.
    await waitFor(() => gateway!.health()[0]!.fps > 20, 5000, 'frame rate from the samples');
    expect(gateway.health()[0]!.fps).toBeLessThan(30);

    const b = await viewer(server.url('cam1'));
    await waitFor(() => binaries(b.got).length >= 2, 2000, 'late viewer first fragment');
    expect(isKeyframe(binaries(b.got)[1]!.data)).toBe(true);
    a.close();
    b.close();
  });

  it('never shows camera credentials in logs or health', async () => {
    rtsp = await startRtspServer(['/cam1']);
    logs.length = 0;
    gateway = gatewayOf([{ id: 'cam1', name: 'Cổng 1', url: `rtsp://quantri:MatKhauBiMat@127.0.0.1:${rtsp.port}/khong-co`, pinned: true }]);
    await waitFor(() => gateway!.health()[0]!.restarts >= 1, 10_000, 'a failed attempt');
    await waitFor(() => (gateway!.health()[0]!.lastError ?? '') !== '', 5000, 'an error');
    expect(JSON.stringify(gateway.health())).not.toContain('MatKhauBiMat');
    expect(logs.join('\n')).not.toContain('MatKhauBiMat');
    expect(logs.join('\n')).toContain('rtsp://***@127.0.0.1');
  });
});

describe('every camera of a window on one socket', () => {
  it('carries several cameras as channels, stops one on unsubscribe and keeps the others', async () => {
    const second: Camera = { id: 'cam-ngo-mon', name: 'Ngọ Môn', url: 'synthetic:smptebars', pinned: false };
    gateway = gatewayOf([synthetic, second]);
    server = await serveGateway(gateway);
    const v = await viewer(server.muxUrl);
    const channelOf = (b: Buffer) => b.readUInt32BE(0);
    const onChannel = (c: number) => binaries(v.got).filter((b) => channelOf(b.data) === c);
    v.ws.send(JSON.stringify({ type: 'subscribe', channel: 1, cameraId: 'cam-dong-ba' }));
    v.ws.send(JSON.stringify({ type: 'subscribe', channel: 2, cameraId: 'cam-ngo-mon' }));
    v.ws.send(JSON.stringify({ type: 'subscribe', channel: 3, cameraId: 'khong-co' }));
    await waitFor(() => onChannel(1).length >= 10 && onChannel(2).length >= 10, 15_000, 'both channels streaming');
    const inits = v.got.flatMap((g) => (g.kind === 'message' && g.msg.type === 'init' ? [g.msg as unknown as { channel: number; cameraId: string }] : []));
    expect(inits.map((m) => [m.channel, m.cameraId]).sort()).toEqual([[1, 'cam-dong-ba'], [2, 'cam-ngo-mon']]);
    expect(onChannel(1)[0]!.data.subarray(4).toString('latin1', 4, 8)).toBe('ftyp');
    expect(isKeyframe(onChannel(1)[1]!.data.subarray(4))).toBe(true);
    expect(messages(v.got)).toContainEqual({ type: 'error', message: 'unknown camera "khong-co"', channel: 3 });
    expect(gateway.processCount()).toBe(2);

    v.ws.send(JSON.stringify({ type: 'unsubscribe', channel: 1 }));
    await waitFor(() => gateway!.processCount() === 1, 5000, 'the unsubscribed camera to stop after its grace period');
    const one = onChannel(1).length;
    const two = onChannel(2).length;
    await new Promise((r) => setTimeout(r, 1000));
    expect(onChannel(1).length).toBe(one);
    expect(onChannel(2).length).toBeGreaterThan(two + 10);
    expect(v.ws.readyState).toBe(v.ws.OPEN);
    v.close();
  });

  it('closes the socket on a malformed message, naming the problem', async () => {
    gateway = gatewayOf([synthetic]);
    server = await serveGateway(gateway);
    const v = await viewer(server.muxUrl);
    v.ws.send(JSON.stringify({ type: 'subscribe', channel: -1, cameraId: 'cam-dong-ba' }));
    const [code, reason] = await new Promise<[number, string]>((r) => v.ws.once('close', (c, why) => r([c, why.toString()])));
    expect(code).toBe(4400);
    expect(reason).toMatch(/channel/);
  });
});

describe.skipIf(!gstreamerAvailable())('cameras that send what browsers cannot play', () => {
  for (const kind of ['mjpeg', 'hevc'] as const) {
    it(`re-encodes a ${kind.toUpperCase()} camera to H.264 and says it costs CPU`, async (ctx) => {
      if (kind === 'hevc' && !gstElementAvailable('x265enc')) ctx.skip();
      rtsp = await startRtspServer([`/cam-${kind}`]);
      gateway = gatewayOf([{ id: 'c', name: 'C', url: rtsp.url(`/cam-${kind}`), pinned: false }]);
      server = await serveGateway(gateway);
      const v = await viewer(server.url('c'));
      await waitFor(() => binaries(v.got).length >= 10, 20_000, 'transcoded frames');
      const health = gateway.health()[0]!;
      expect(health).toMatchObject({ state: 'live', transcoding: true, codec: expect.stringMatching(/^avc1\./) });
      expect(health.restarts).toBe(0);
      // The viewer never saw the unplayable stream's init, nor its fragments before the H.264 init.
      expect(messages(v.got).filter((m) => m.type === 'init').every((m) => m.type === 'init' && m.codec.startsWith('avc1.'))).toBe(true);
      expect(binaries(v.got)[0]!.data.toString('latin1', 4, 8)).toBe('ftyp');
      v.close();
    });
  }
});
