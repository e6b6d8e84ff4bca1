import { existsSync } from 'node:fs';
import type { WebSocket } from 'ws';
import { muxClientMessageSchema, STREAM_CLOSE_UNKNOWN_CAMERA, type StreamMessage } from '../../../common/camera/stream-protocol.js';
import { formatIssues } from '../../../common/schemas/issues.js';
import type { Camera, CameraHealth } from '../../../common/index.js';
import type { Logger } from '../log.js';
import { CameraStream } from './camera-stream.js';
import type { FfmpegInfo } from './find-ffmpeg.js';
import { Viewer } from './viewer.js';

export interface CameraGatewayOptions {
  cameras: Camera[];
  ffmpeg: FfmpegInfo;
  log: Logger;
  onHealth?: (h: CameraHealth) => void;
  graceMs?: number;
  watchdogMs?: number;
  offlineAfterMs?: number;
  backoff?: { baseMs: number; capMs: number };
  fontFile?: string;
  maxViewerBufferBytes?: number;
}

export interface CameraGateway {
  handleViewer(cameraId: string, socket: WebSocket): void;
  /** One socket for every camera of a window: channels subscribed and unsubscribed by message. */
  handleMux(socket: WebSocket): void;
  health(): CameraHealth[];
  setCameras(cameras: Camera[]): void;
  /** ffmpeg processes running now, across all cameras. */
  processCount(): number;
  close(): Promise<void>;
}

const FONTS = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  '/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/Library/Fonts/Arial Unicode.ttf',
  'C:\\Windows\\Fonts\\arialbd.ttf',
];

/** The camera gateway: one CameraStream per camera, fanned out to every viewer socket. */
export function createCameraGateway(opts: CameraGatewayOptions): CameraGateway {
  const fontFile = opts.fontFile ?? FONTS.find((f) => existsSync(f));
  const streams = new Map<string, CameraStream>();
  const maxBuffered = opts.maxViewerBufferBytes ?? 2 * 1024 * 1024;
  // Cameras removed from the configuration whose ffmpeg is still exiting: close() waits for them too.
  const closing = new Set<Promise<void>>();
  const make = (camera: Camera) =>
    new CameraStream(camera, {
      ffmpeg: opts.ffmpeg,
      log: opts.log,
      onHealth: opts.onHealth ?? (() => {}),
      graceMs: opts.graceMs ?? 10_000,
      watchdogMs: opts.watchdogMs ?? 5_000,
      offlineAfterMs: opts.offlineAfterMs ?? 5_000,
      // A short cap: a camera back on the network is live again within about 3 s.
      backoff: opts.backoff ?? { baseMs: 250, capMs: 2_000 },
      maxViewerBufferBytes: opts.maxViewerBufferBytes ?? 2 * 1024 * 1024,
      ...(fontFile ? { fontFile } : {}),
    });
  for (const c of opts.cameras) streams.set(c.id, make(c));

  return {
    handleViewer(cameraId, socket) {
      const stream = streams.get(cameraId);
      if (!stream) {
        const msg: StreamMessage = { type: 'error', message: `unknown camera "${cameraId}"` };
        socket.send(JSON.stringify(msg));
        socket.close(STREAM_CLOSE_UNKNOWN_CAMERA, 'unknown camera');
        return;
      }
      stream.addViewer(new Viewer(socket, maxBuffered));
    },
    handleMux(socket) {
      const channels = new Map<number, Viewer>();
      const reply = (channel: number, message: string) => socket.send(JSON.stringify({ type: 'error', message, channel }));
      socket.on('message', (data, isBinary) => {
        if (isBinary) return socket.close(4400, 'viewers send text messages only');
        let raw: unknown;
        try {
          raw = JSON.parse(data.toString());
        } catch {
          return socket.close(4400, 'message is not valid JSON');
        }
        const parsed = muxClientMessageSchema.safeParse(raw);
        if (!parsed.success) return socket.close(4400, formatIssues(parsed.error).slice(0, 120));
        const msg = parsed.data;
        channels.get(msg.channel)?.end();
        channels.delete(msg.channel);
        if (msg.type === 'unsubscribe') return;
        const stream = streams.get(msg.cameraId);
        if (!stream) return reply(msg.channel, `unknown camera "${msg.cameraId}"`);
        const viewer = new Viewer(socket, maxBuffered, msg.channel);
        channels.set(msg.channel, viewer);
        stream.addViewer(viewer);
      });
      socket.once('close', () => {
        for (const v of channels.values()) v.end();
        channels.clear();
      });
    },
    health: () => [...streams.values()].map((s) => s.health()),
    setCameras(cameras) {
      const wanted = new Map(cameras.map((c) => [c.id, c]));
      for (const [id, s] of streams) {
        if (!wanted.has(id)) {
          const done = s.close().finally(() => closing.delete(done));
          closing.add(done);
          streams.delete(id);
        }
      }
      for (const c of cameras) {
        const s = streams.get(c.id);
        if (s) s.update(c);
        else streams.set(c.id, make(c));
      }
    },
    processCount: () => [...streams.values()].reduce((n, s) => n + s.processCount, 0),
    async close() {
      await Promise.all([...[...streams.values()].map((s) => s.close()), ...closing]);
      streams.clear();
    },
  };
}
