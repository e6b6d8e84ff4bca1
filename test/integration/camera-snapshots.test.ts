import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { configSchema, type CameraInput } from '../../common/index.js';
import { findFfmpeg } from '../../main/host/camera/find-ffmpeg.js';
import { createHost } from '../../main/host/host.js';
import type { Host } from '../../main/host/host-types.js';
import { createLogger } from '../../main/host/log.js';
import { tempDir } from '../helpers/temp-dir.js';
import { ffmpegChildren, ffmpegInputs, freePort, gstreamerAvailable, startRtspServer, waitFor, type RtspServer } from './camera-helpers.js';

const ffmpeg = findFfmpeg();

/** Width and height from a JPEG's start-of-frame marker. */
function jpegSize(jpeg: Buffer): { width: number; height: number } {
  let at = 2;
  while (at + 9 < jpeg.length) {
    const marker = jpeg.readUInt16BE(at);
    const length = jpeg.readUInt16BE(at + 2);
    if (marker >= 0xffc0 && marker <= 0xffc3) return { height: jpeg.readUInt16BE(at + 5), width: jpeg.readUInt16BE(at + 7) };
    at += 2 + length;
  }
  throw new Error('no start-of-frame marker: not a JPEG');
}

/** Decodes the JPEG with ffmpeg to grey pixels: a picture that decodes has width x height of them. */
function decodedPixels(jpeg: Buffer): number {
  const r = spawnSync(ffmpeg.path, ['-hide_banner', '-loglevel', 'error', '-f', 'image2pipe', '-i', 'pipe:0', '-f', 'rawvideo', '-pix_fmt', 'gray', 'pipe:1'], { input: jpeg, maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`the JPEG does not decode: ${r.stderr.toString()}`);
  return r.stdout.length;
}

/** Runs `during` while watching what the ffmpeg children pull, every few milliseconds. */
async function watchingInputs<T>(during: () => Promise<T>): Promise<{ result: T; seen: string[][] }> {
  const seen: string[][] = [];
  let watching = true;
  const watch = (async () => {
    while (watching) {
      // A process reaped a moment later shows without arguments.
      seen.push(ffmpegInputs().filter((i) => i !== ''));
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  const result = await during();
  watching = false;
  await watch;
  return { result, seen };
}

describe.skipIf(!gstreamerAvailable())('camera snapshots served by the host, from a real RTSP server', () => {
  let tmp: ReturnType<typeof tempDir>;
  let host: Host;
  let rtsp: RtspServer;
  /** A second server, stopped halfway: the camera that goes offline. */
  let failing: RtspServer;
  let failingPort: number;
  /** Nothing ever listens there. */
  let closedPort: number;
  let token: string;
  let displayToken: string;
  const logs: string[] = [];

  const cameras = (): CameraInput[] => [
    { id: 'dang-xem', name: 'Đang xem', url: rtsp.url('/dang-xem') },
    { id: 'vua-mo', name: 'Vừa mở', url: rtsp.url('/vua-mo') },
    // A 4:3 main stream and a 16:9 sub stream: the snapshot's shape says which one it came from.
    { id: 'dung-yen', name: 'Đứng yên', url: rtsp.url('/dung-yen/main'), subUrl: rtsp.url('/dung-yen/sub') },
    { id: 'mat-tin-hieu', name: 'Mất tín hiệu', url: `rtsp://giamsat:BiMat123@127.0.0.1:${failingPort}/mat` },
    { id: 'khong-toi', name: 'Không tới được', url: `rtsp://giamsat:BiMat123@127.0.0.1:${closedPort}/khong-bao-gio` },
    ...Array.from({ length: 6 }, (_, i): CameraInput => ({ id: `nhieu-${i}`, name: `Nhiều ${i}`, url: rtsp.url(`/nhieu-${i}`) })),
  ];

  beforeAll(async () => {
    rtsp = await startRtspServer(['/dang-xem=640x360', '/vua-mo', '/dung-yen/main=640x480', '/dung-yen/sub=320x180', ...Array.from({ length: 6 }, (_, i) => `/nhieu-${i}`)]);
    failingPort = await freePort();
    closedPort = await freePort();
    failing = await startRtspServer(['/mat=640x360'], failingPort);
    tmp = tempDir();
    host = await createHost(
      {
        config: configSchema.parse({ walls: [{ id: 'main', name: 'Tường', rows: 1, cols: 1, layout: 'tong-quan' }], cameras: cameras() }),
        configDir: tmp.dir,
        dataDir: tmp.dir,
        host: '127.0.0.1',
        port: 0,
      },
      { log: createLogger({}, { write: (line) => logs.push(line) }), snapshots: { maxAgeMs: 1500, retryAfterMs: 500, maxConcurrent: 2 } },
    );
    token = new URL(host.consoleUrl()).searchParams.get('token')!;
    displayToken = new URL(host.displayLinks()[0]!.url).searchParams.get('token')!;
  });
  afterAll(async () => {
    await host?.close();
    await rtsp?.stop();
    await failing?.stop();
    tmp?.cleanup();
    expect(ffmpegChildren()).toBe(0);
  });

  const snapshot = (cameraId: string, t = token, headers: Record<string, string> = {}) => fetch(`${host.origin}/snapshots/${cameraId}.jpg?token=${t}`, { headers });
  const jpegOf = async (res: Response) => Buffer.from(await res.arrayBuffer());

  it('takes a running stream\'s snapshot from its cached keyframe, with no second session to the camera', async () => {
    const ws = new WebSocket(`${host.origin.replace('http', 'ws')}/streams/dang-xem?token=${token}`);
    let fragments = 0;
    ws.on('message', (_d, binary) => binary && fragments++);
    await waitFor(() => fragments > 30, 20_000, 'the stream playing');

    const { result: res, seen } = await watchingInputs(() => snapshot('dang-xem'));
    expect(res.status).toBe(200);
    expect(res.headers.get('x-snapshot-origin')).toBe('stream');
    // One ffmpeg pulls the camera all along: the viewer's. The snapshot's own reads its input from a pipe.
    const url = rtsp.url('/dang-xem');
    expect(Math.max(...seen.map((inputs) => inputs.filter((i) => i === url).length))).toBe(1);
    expect(seen.flat().filter((i) => i !== url && i !== 'pipe:0')).toEqual([]);
    const jpeg = await jpegOf(res);
    expect(jpegSize(jpeg)).toEqual({ width: 320, height: 180 });
    expect(decodedPixels(jpeg)).toBe(320 * 180);
    // A keyframe from the last second or so, not an old picture.
    expect(Date.now() - Date.parse(res.headers.get('x-snapshot-taken-at')!)).toBeLessThan(3000);
    expect(res.headers.get('cache-control')).toMatch(/^private, max-age=[01]$/);
    ws.close();
  });

  it('waits for the first keyframe of a stream that is starting rather than open a second session', async () => {
    const ws = new WebSocket(`${host.origin.replace('http', 'ws')}/streams/vua-mo?token=${token}`);
    await new Promise((r) => ws.once('open', r));
    const { result: res, seen } = await watchingInputs(() => snapshot('vua-mo'));
    expect(res.status).toBe(200);
    expect(res.headers.get('x-snapshot-origin')).toBe('stream');
    expect(Math.max(...seen.map((inputs) => inputs.filter((i) => i === rtsp.url('/vua-mo')).length))).toBe(1);
    expect(jpegSize(await jpegOf(res))).toEqual({ width: 320, height: 240 });
    ws.close();
  });

  it('pulls one frame of a stopped camera, its sub stream first, and leaves no ffmpeg behind', async () => {
    expect(host.cameraHealth().filter((h) => h.cameraId === 'dung-yen').every((h) => h.state === 'idle')).toBe(true);
    const { result: res, seen } = await watchingInputs(() => snapshot('dung-yen', displayToken));
    expect([res.status, res.status === 200 ? '' : await res.text()]).toEqual([200, '']);
    expect(res.headers.get('x-snapshot-origin')).toBe('camera');
    const pulled = seen.flat().filter((i) => i.includes('/dung-yen/'));
    expect(new Set(pulled)).toEqual(new Set([rtsp.url('/dung-yen/sub')]));
    const jpeg = await jpegOf(res);
    expect(jpegSize(jpeg)).toEqual({ width: 320, height: 180 });
    expect(decodedPixels(jpeg)).toBe(320 * 180);
    expect(ffmpegInputs().filter((i) => i.includes('/dung-yen/'))).toEqual([]);
    // The stream itself was never started for it.
    expect(host.cameraHealth().filter((h) => h.cameraId === 'dung-yen').every((h) => h.state === 'idle')).toBe(true);
  });

  it('keeps the last good snapshot of a camera gone offline and says how old it is and why', async () => {
    const first = await snapshot('mat-tin-hieu');
    expect(first.status).toBe(200);
    const takenAt = first.headers.get('x-snapshot-taken-at')!;
    const firstJpeg = await jpegOf(first);
    await failing.stop();
    await new Promise((r) => setTimeout(r, 1600));

    const later = await snapshot('mat-tin-hieu');
    expect(later.status).toBe(200);
    expect(later.headers.get('x-snapshot-taken-at')).toBe(takenAt);
    expect(Date.now() - Date.parse(takenAt)).toBeGreaterThan(1500);
    expect(await jpegOf(later)).toEqual(firstJpeg);
    const error = later.headers.get('x-snapshot-error')!;
    expect(error).toMatch(/ffmpeg exited|no picture/);
    expect(error).not.toContain('BiMat123');
  });

  it('answers 503 with the reason, credentials cut out, for an unreachable camera with nothing cached', async () => {
    const res = await snapshot('khong-toi');
    expect(res.status).toBe(503);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = await res.text();
    expect(body).toMatch(/^no snapshot of camera "khong-toi": ffmpeg exited/);
    expect(body).not.toContain('BiMat123');
    expect(logs.join('\n')).not.toContain('BiMat123');
  });

  it('names an unknown camera and refuses a request without a credential or from a foreign page', async () => {
    const unknown = await snapshot('khong-co');
    expect([unknown.status, await unknown.text()]).toEqual([404, 'unknown camera "khong-co"']);
    expect((await fetch(`${host.origin}/snapshots/dang-xem.jpg`)).status).toBe(401);
    expect((await snapshot('dang-xem', 'sai')).status).toBe(401);
    expect((await snapshot('dang-xem', token, { origin: 'http://evil.example' })).status).toBe(403);
  });

  it('runs no more snapshot ffmpegs at once than its limit, however many cameras are asked for at once', async () => {
    const ids = Array.from({ length: 6 }, (_, i) => `nhieu-${i}`);
    // The snapshots' own processes: pulls of these cameras and decodes from a pipe.
    const { result: answers, seen } = await watchingInputs(() => Promise.all(ids.map((id) => snapshot(id))));
    expect(answers.map((a) => a.status)).toEqual(ids.map(() => 200));
    for (const a of answers) expect(jpegSize(await jpegOf(a))).toEqual({ width: 320, height: 240 });
    const peak = Math.max(...seen.map((inputs) => inputs.filter((i) => i.includes('/nhieu-') || i === 'pipe:0').length));
    expect(peak).toBe(2);
  }, 60_000);
});
