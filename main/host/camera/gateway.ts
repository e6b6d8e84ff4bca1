import { existsSync } from 'node:fs';
import type { WebSocket } from 'ws';
import { muxClientMessageSchema, STREAM_CLOSE_UNKNOWN_CAMERA, type StreamMessage } from '../../../common/camera/stream-protocol.js';
import { formatIssues } from '../../../common/schemas/issues.js';
import { hasOwnSubStream, servedVariant, type Camera, type CameraHealth, type StreamVariant } from '../../../common/index.js';
import type { Logger } from '../log.js';
import { CameraStream, type CachedKeyframe } from './camera-stream.js';
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
  /** Frames gathered into fMP4 fragments of about this long; 0 (the default) sends every frame as it comes. */
  fragmentMs?: number;
  maxViewerBufferBytes?: number;
  /**
   * The streams a pinned camera keeps running with no viewer: those its wall plays (the host works
   * them out from the walls' layouts). Without it, the main stream.
   */
  warmVariants?: (camera: Camera) => readonly StreamVariant[];
}

/** A picture from a running stream, or why the running streams gave none. */
export type RunningKeyframe = { keyframe: CachedKeyframe; variant: StreamVariant } | { error: string };

export interface CameraGateway {
  handleViewer(cameraId: string, socket: WebSocket, variant?: StreamVariant): void;
  /** One socket for every camera of a window: channels subscribed and unsubscribed by message. */
  handleMux(socket: WebSocket): void;
  /** One entry per stream: every camera's main stream, and its sub stream when it has one of its own. */
  health(): CameraHealth[];
  setCameras(cameras: Camera[]): void;
  /** Asks `warmVariants` again, after the walls or their layouts changed. */
  refreshWarm(): void;
  /** The camera as its streams open it, credentials in the URLs; undefined for an unknown camera. */
  camera(cameraId: string): Camera | undefined;
  /**
   * A picture from a running stream of the camera, so a snapshot needs no new connection to it:
   * the keyframe a stream holds (the sub stream's first, smaller to decode), else the next one a
   * running stream sends within `timeoutMs`. Undefined when none of the camera's streams runs.
   */
  runningKeyframe(cameraId: string, timeoutMs: number): Promise<RunningKeyframe> | undefined;
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

/** A camera's streams: the main one always, the sub one when the camera has a sub URL of its own. */
interface CameraEntry {
  camera: Camera;
  main: CameraStream;
  sub?: CameraStream;
  /** The sub stream fails: its viewers watch the main stream until it is live again. */
  fallback: boolean;
}

const wantsSub = (v: Viewer) => v.variant === 'sub';

/**
 * The camera gateway: one CameraStream per camera and stream variant, fanned out to every viewer
 * socket. A viewer asks for a variant; a camera without a sub stream serves sub viewers from its
 * main stream, so each URL is pulled once whatever the number and kind of viewers.
 */
export function createCameraGateway(opts: CameraGatewayOptions): CameraGateway {
  const fontFile = opts.fontFile ?? FONTS.find((f) => existsSync(f));
  const entries = new Map<string, CameraEntry>();
  const maxBuffered = opts.maxViewerBufferBytes ?? 2 * 1024 * 1024;
  // Streams removed from the configuration whose ffmpeg is still exiting: close() waits for them too.
  const closing = new Set<Promise<void>>();
  const make = (camera: Camera, variant: StreamVariant) =>
    new CameraStream(camera, variant, {
      ffmpeg: opts.ffmpeg,
      log: opts.log,
      onHealth: (h) => opts.onHealth?.(withFallback(h)),
      onChange: (stream) => {
        const e = entries.get(stream.id);
        if (e && (stream === e.main || stream === e.sub)) reconcileFallback(e);
      },
      graceMs: opts.graceMs ?? 10_000,
      // Under ffmpeg's own RTSP socket timeout (5 s): ffmpeg giving up by itself flushes the frame its
      // muxer held, which would pass for a new picture of a camera that has stalled.
      watchdogMs: opts.watchdogMs ?? 4_000,
      offlineAfterMs: opts.offlineAfterMs ?? 5_000,
      // A short cap: a camera back on the network is live again within about 3 s.
      backoff: opts.backoff ?? { baseMs: 250, capMs: 2_000 },
      maxViewerBufferBytes: opts.maxViewerBufferBytes ?? 2 * 1024 * 1024,
      fragmentMs: opts.fragmentMs ?? 0,
      ...(fontFile ? { fontFile } : {}),
    });
  const retire = (stream: CameraStream) => {
    const done = stream.close().finally(() => closing.delete(done));
    closing.add(done);
  };
  const streamsOf = (e: CameraEntry) => (e.sub ? [e.main, e.sub] : [e.main]);
  const upstream = (e: CameraEntry, variant: StreamVariant) => (servedVariant(e.camera, variant) === 'sub' && !e.fallback ? e.sub! : e.main);
  const withFallback = (h: CameraHealth): CameraHealth => (h.variant === 'sub' && entries.get(h.cameraId)?.fallback ? { ...h, fallbackToMain: true } : h);

  /**
   * A pinned camera keeps warm only the streams its wall plays, not both: a second pull from the
   * camera costs its uplink and its encoder as much as a viewer would, for a picture nobody shows.
   * A sub stream whose viewers fell back to the main stream keeps trying, to take them back.
   */
  const applyWarm = (e: CameraEntry) => {
    const wanted = e.camera.pinned ? (opts.warmVariants?.(e.camera) ?? ['main']) : [];
    const served = new Set(wanted.map((v) => servedVariant(e.camera, v)));
    const retrying = e.fallback && e.main.hasViewers(wantsSub);
    for (const s of streamsOf(e)) s.setWarm(served.has(s.variant) || (s === e.sub && retrying));
  };

  /** The sub stream retries only while a sub viewer waits for it on the main stream. */
  const rewarmWhenGone = (e: CameraEntry, viewer: Viewer) => viewer.onGone(() => entries.get(e.camera.id) === e && applyWarm(e));

  /**
   * Sub viewers watch the main stream while the sub stream fails and the main one does not (it
   * plays, or may once started), and go back once the sub stream is live again: a small picture
   * shows the camera rather than "offline" while any of its streams works. Called on every change of
   * either stream, before the viewers hear of it.
   */
  const reconcileFallback = (e: CameraEntry) => {
    const sub = e.sub;
    if (!sub) return;
    const before = e.fallback;
    if (!e.fallback && sub.failing && !e.main.failing) {
      e.fallback = true;
      opts.log.info('sub stream failing; its viewers watch the main stream', { camera: e.camera.id });
      for (const v of sub.takeViewers(() => true)) {
        e.main.addViewer(v);
        rewarmWhenGone(e, v);
      }
    } else if (e.fallback && sub.currentState === 'live') {
      e.fallback = false;
      opts.log.info('sub stream live again; its viewers return to it', { camera: e.camera.id });
      for (const v of e.main.takeViewers(wantsSub)) sub.addViewer(v);
    } else if (e.fallback && sub.currentState === 'idle' && !e.main.hasViewers(wantsSub)) {
      // Nobody waits for it: the next sub viewer tries the sub stream first.
      e.fallback = false;
    }
    if (e.fallback !== before) applyWarm(e);
  };

  /** Gives a camera its sub stream, or takes it away, and moves each viewer to the stream now serving it. */
  const setSubStream = (e: CameraEntry) => {
    if (hasOwnSubStream(e.camera) && !e.sub) {
      e.sub = make(e.camera, 'sub');
      for (const v of e.main.takeViewers((v) => v.variant === 'sub')) e.sub.addViewer(v);
    } else if (!hasOwnSubStream(e.camera) && e.sub) {
      const sub = e.sub;
      delete e.sub;
      e.fallback = false;
      for (const v of sub.takeViewers(() => true)) e.main.addViewer(v);
      retire(sub);
    }
  };

  const add = (camera: Camera) => {
    const e: CameraEntry = { camera, main: make(camera, 'main'), fallback: false };
    setSubStream(e);
    entries.set(camera.id, e);
    applyWarm(e);
  };
  for (const c of opts.cameras) add(c);

  const attach = (cameraId: string, viewer: Viewer): boolean => {
    const e = entries.get(cameraId);
    if (!e) return false;
    upstream(e, viewer.variant).addViewer(viewer);
    if (e.fallback && wantsSub(viewer)) {
      applyWarm(e);
      rewarmWhenGone(e, viewer);
    }
    return true;
  };

  return {
    handleViewer(cameraId, socket, variant = 'main') {
      if (attach(cameraId, new Viewer(socket, maxBuffered, undefined, variant))) return;
      const msg: StreamMessage = { type: 'error', message: `unknown camera "${cameraId}"` };
      socket.send(JSON.stringify(msg));
      socket.close(STREAM_CLOSE_UNKNOWN_CAMERA, 'unknown camera');
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
        const viewer = new Viewer(socket, maxBuffered, msg.channel, msg.variant);
        if (!attach(msg.cameraId, viewer)) return reply(msg.channel, `unknown camera "${msg.cameraId}"`);
        channels.set(msg.channel, viewer);
      });
      socket.once('close', () => {
        for (const v of channels.values()) v.end();
        channels.clear();
      });
    },
    health: () => [...entries.values()].flatMap((e) => streamsOf(e).map((s) => withFallback(s.health()))),
    setCameras(cameras) {
      const wanted = new Set(cameras.map((c) => c.id));
      for (const [id, e] of entries) {
        if (!wanted.has(id)) {
          streamsOf(e).forEach(retire);
          entries.delete(id);
        }
      }
      for (const c of cameras) {
        const e = entries.get(c.id);
        if (!e) {
          add(c);
          continue;
        }
        e.camera = c;
        for (const s of streamsOf(e)) s.update(c);
        setSubStream(e);
        applyWarm(e);
      }
    },
    refreshWarm: () => entries.forEach(applyWarm),
    camera: (cameraId) => entries.get(cameraId)?.camera,
    runningKeyframe(cameraId, timeoutMs) {
      const e = entries.get(cameraId);
      const running = e ? [e.sub, e.main].filter((s): s is CameraStream => s !== undefined && s.active) : [];
      if (running.length === 0) return undefined;
      for (const s of running) {
        const keyframe = s.keyframe();
        if (keyframe) return Promise.resolve({ keyframe, variant: s.variant });
      }
      const waitOn = running.find((s) => !s.failing);
      if (!waitOn) {
        const s = running[0]!;
        return Promise.resolve({ error: `the ${s.variant} stream is failing${s.lastErrorText ? `: ${s.lastErrorText}` : ''}` });
      }
      return waitOn.nextKeyframe(timeoutMs).then((keyframe) =>
        keyframe
          ? { keyframe, variant: waitOn.variant }
          : { error: `the ${waitOn.variant} stream sent no picture within ${timeoutMs / 1000} s${waitOn.lastErrorText ? `: ${waitOn.lastErrorText}` : ''}` },
      );
    },
    processCount: () => [...entries.values()].flatMap(streamsOf).reduce((n, s) => n + s.processCount, 0),
    async close() {
      await Promise.all([...[...entries.values()].flatMap(streamsOf).map((s) => s.close()), ...closing]);
      entries.clear();
    },
  };
}
