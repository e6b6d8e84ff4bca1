import type { StreamMessage } from '../../common/camera/stream-protocol.js';
import { streamSource } from './stream-source.js';
import type { Channel } from './stream-mux.js';

export type PlayerState = 'loading' | 'live' | 'reconnecting' | 'offline';
export interface PlayerStatus {
  state: PlayerState;
  /** Date.now() on this page's clock when the last frame was painted. */
  lastFrameAt?: number;
}

export interface PlayerOptions {
  url: string;
  onStatus: (s: PlayerStatus) => void;
  /** Played position further than this behind the newest frame is skipped: a wall shows now, not a backlog. */
  maxLatencySec?: number;
  /** No frame painted for this long while the socket is up: the player is stuck, start it afresh. */
  stallMs?: number;
  /** No frame for this long: the camera is shown offline. */
  offlineMs?: number;
}

const KEEP_BEHIND_SEC = 6;
const MAX_QUEUE = 300;

/**
 * Plays one camera stream (fMP4 over a WebSocket, see common/camera/stream-protocol.ts) through
 * Media Source Extensions. It chases the live edge, trims what has been played, watches the age of
 * the last painted frame and recovers a stalled or broken player by reconnecting, without a page
 * reload: a wall runs unattended for months.
 */
export function createMsePlayer(video: HTMLVideoElement, opts: PlayerOptions): { destroy(): void } {
  const maxLatency = opts.maxLatencySec ?? 1.0;
  const stallMs = opts.stallMs ?? 4000;
  const offlineMs = opts.offlineMs ?? 6000;
  const source = streamSource(opts.url);
  let channel: Channel | undefined;
  let mediaSource: MediaSource | undefined;
  let objectUrl: string | undefined;
  let sourceBuffer: SourceBuffer | undefined;
  let queue: ArrayBuffer[] = [];
  let expectInit = false;
  let destroyed = false;
  let state: PlayerState = 'loading';
  let lastFrameAt: number | undefined;
  let lastReportAt = 0;
  let openedAt = Date.now();
  let dataSinceFrame = false;
  let frameCallback: number | undefined;
  let lastVideoTime = -1;

  // Chromium has it since 83; the fallback watches currentTime instead.
  const hasFrameCallback = typeof (video as Partial<HTMLVideoElement>).requestVideoFrameCallback === 'function';
  video.muted = true;
  video.autoplay = true;
  video.playsInline = true;

  const report = (next: PlayerState, force = false) => {
    const now = Date.now();
    if (next === state && !force && now - lastReportAt < 1000) return;
    state = next;
    lastReportAt = now;
    opts.onStatus({ state, ...(lastFrameAt !== undefined ? { lastFrameAt } : {}) });
  };

  const onFrame = () => {
    lastFrameAt = Date.now();
    dataSinceFrame = false;
    report('live', state !== 'live');
  };

  const watchFrames = () => {
    if (destroyed) return;
    if (hasFrameCallback) {
      frameCallback = video.requestVideoFrameCallback(() => {
        onFrame();
        watchFrames();
      });
    }
  };

  const teardownMedia = () => {
    if (frameCallback !== undefined) video.cancelVideoFrameCallback(frameCallback);
    frameCallback = undefined;
    sourceBuffer = undefined;
    queue = [];
    if (mediaSource) {
      mediaSource.onsourceopen = null;
      if (mediaSource.readyState === 'open') {
        try {
          mediaSource.endOfStream();
        } catch {
          // Already ending: nothing to do.
        }
      }
    }
    mediaSource = undefined;
    if (objectUrl) URL.revokeObjectURL(objectUrl);
    objectUrl = undefined;
  };

  const newMedia = (codec: string) => {
    teardownMedia();
    const type = `video/mp4; codecs="${codec}"`;
    if (!MediaSource.isTypeSupported(type)) {
      lastFrameAt = undefined;
      report('offline', true);
      return;
    }
    const ms = new MediaSource();
    mediaSource = ms;
    objectUrl = URL.createObjectURL(ms);
    video.src = objectUrl;
    ms.onsourceopen = () => {
      if (mediaSource !== ms) return;
      const sb = ms.addSourceBuffer(type);
      sb.mode = 'segments';
      sb.onupdateend = () => {
        chaseLiveEdge();
        pump();
      };
      sb.onerror = () => restart();
      sourceBuffer = sb;
      pump();
    };
    watchFrames();
  };

  const chaseLiveEdge = () => {
    const b = video.buffered;
    if (b.length === 0) return;
    const end = b.end(b.length - 1);
    if (end - video.currentTime > maxLatency) video.currentTime = Math.max(b.start(b.length - 1), end - 0.1);
    if (video.paused) void video.play().catch(() => {});
  };

  const pump = () => {
    const sb = sourceBuffer;
    if (!sb || sb.updating || destroyed) return;
    const b = sb.buffered;
    if (b.length && video.currentTime - b.start(0) > KEEP_BEHIND_SEC * 2) {
      sb.remove(b.start(0), video.currentTime - KEEP_BEHIND_SEC);
      return;
    }
    const next = queue.shift();
    if (!next) return;
    try {
      sb.appendBuffer(next);
    } catch (err) {
      if ((err as DOMException).name === 'QuotaExceededError' && b.length) {
        queue.unshift(next);
        sb.remove(b.start(0), Math.max(b.start(0) + 0.1, video.currentTime - 1));
      } else {
        restart();
      }
    }
  };

  const onText = (msg: StreamMessage) => {
    if (msg.type === 'init') {
      newMedia(msg.codec);
      expectInit = true;
    } else if (msg.type === 'state') {
      if (msg.state === 'offline') report('offline', true);
      else if (msg.state === 'reconnecting' && state === 'live') report('reconnecting', true);
    } else if (msg.type === 'error') {
      report('offline', true);
    }
  };

  const onBinary = (data: ArrayBuffer) => {
    dataSinceFrame = true;
    if (expectInit) {
      expectInit = false;
      queue = [data];
    } else if (mediaSource) {
      if (queue.length >= MAX_QUEUE) queue.splice(1, queue.length - 1);
      queue.push(data);
    }
    pump();
  };

  const connect = () => {
    if (destroyed) return;
    openedAt = Date.now();
    channel = source.open({
      onText,
      onBinary,
      onDisconnect: () => {
        if (state === 'live') report('reconnecting', true);
      },
    });
  };

  /** Starts afresh: a new subscription gets the init segment and the current GOP from the gateway at once. */
  const restart = () => {
    if (destroyed) return;
    teardownMedia();
    channel?.close();
    channel = undefined;
    if (state === 'live') report('reconnecting', true);
    connect();
  };

  const watchdog = setInterval(() => {
    const now = Date.now();
    // Without requestVideoFrameCallback, a moving currentTime is the sign of painted frames.
    if (!hasFrameCallback && video.currentTime !== lastVideoTime) {
      lastVideoTime = video.currentTime;
      if (video.readyState >= 2) onFrame();
    }
    const since = lastFrameAt ?? openedAt;
    if (channel && dataSinceFrame && now - since > stallMs) restart();
    if (now - since > offlineMs && state !== 'offline') report('offline', true);
    else if (state === 'live') report('live');
  }, 1000);

  connect();

  return {
    destroy() {
      destroyed = true;
      clearInterval(watchdog);
      channel?.close();
      channel = undefined;
      teardownMedia();
      video.removeAttribute('src');
      video.load();
    },
  };
}
