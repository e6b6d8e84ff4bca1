import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backoffMs, redactUrl, variantUrl, type Camera, type CameraHealth, type CameraState, type StreamVariant } from '../../../common/index.js';
import type { Logger } from '../log.js';
import { argsFor, ffmpegEnv, playableInBrowser } from './ffmpeg-args.js';
import type { FfmpegInfo } from './find-ffmpeg.js';
import { redactText } from './redact-text.js';
import { BoxSplitter, codecOf, fragmentInfo, joinBoxes, trexDefaults } from './mp4-boxes.js';
import type { Keyframe } from './pull-keyframe.js';
import { Viewer } from './viewer.js';

export interface CameraStreamOptions {
  ffmpeg: FfmpegInfo;
  log: Logger;
  onHealth: (h: CameraHealth) => void;
  graceMs: number;
  watchdogMs: number;
  offlineAfterMs: number;
  backoff: { baseMs: number; capMs: number };
  fontFile?: string;
  /** 0: one fMP4 fragment per frame; more: fragments of about this long (ffmpeg-args.ts, fmp4Output). */
  fragmentMs: number;
  maxViewerBufferBytes: number;
  /**
   * Called when its state changes or one of its ffmpeg runs ends, before its viewers hear of it, so
   * the gateway can hand them to another stream first (a failing sub stream, see gateway.ts).
   */
  onChange?: (stream: CameraStream) => void;
  /** Output steady for this long resets the backoff. */
  stableMs?: number;
  now?: () => number;
}

/**
 * The watchdog and the offline check lag by up to one tick: at 500 ms a camera that stalls is
 * called offline within 6 s with the default 5 s delay, as a control room expects.
 */
const TICK_MS = 500;
/** How often a live stream's health (frame rate, bitrate) goes out. */
const HEALTH_EVERY_MS = 1000;

interface Fragment {
  data: Buffer;
  keyframe: boolean;
}

/** The keyframe that opens a stream's current GOP, and when it arrived. */
export interface CachedKeyframe extends Keyframe {
  at: number;
}

/**
 * One stream of a camera, its main or its sub stream: one ffmpeg shared by all its viewers, started
 * with the first viewer (or at once when kept warm), restarted with capped backoff on any exit or
 * silence, stopped a grace period after the last viewer leaves. Keeps the init segment and the
 * fragments since the last keyframe so a new viewer starts at once.
 */
export class CameraStream {
  private readonly viewers = new Set<Viewer>();
  private child: ChildProcess | undefined;
  private childExit: Promise<void> | undefined;
  private state: CameraState = 'idle';
  private init: { codec: string; segment: Buffer } | undefined;
  private gop: Fragment[] = [];
  private gopBytes = 0;
  private keyframeAt = 0;
  private readonly keyframeWaiters = new Set<(k: CachedKeyframe | undefined) => void>();
  private trex = new Map<number, number>();
  private splitter = new BoxSplitter();
  private moof: Buffer | undefined;
  private pendingFtyp: Buffer | undefined;
  /** Set once the camera proved to send a codec browsers cannot play. */
  private transcode = false;
  private switchingCodec = false;
  /**
   * ffmpeg runs told to stop. What one still writes is not news from the camera: on SIGTERM the muxer
   * flushes the frame it held, and a stalled camera's stream would look live again each time the
   * watchdog stops it. The same goes for a run stopped for an unplayable codec.
   */
  private readonly stopping = new WeakSet<ChildProcess>();
  private attempt = 0;
  /** Whether the running ffmpeg has sent a frame yet. */
  private runHadFrame = false;
  /** Its last ffmpeg run ended without a frame (a wrong path, a refused connection), and none came since. */
  private failedRun = false;
  private restarts = 0;
  private lastOutputAt = 0;
  private lastFrameAt: number | undefined;
  private liveSince: number | undefined;
  private wantedSince: number | undefined;
  private lastError: string | undefined;
  private healthSentAt = 0;
  private restartTimer: NodeJS.Timeout | undefined;
  private graceTimer: NodeJS.Timeout | undefined;
  private readonly tick: NodeJS.Timeout;
  private readonly window: { t: number; frames: number; bytes: number }[] = [];
  private nameFile: string | undefined;
  private closed = false;
  /** Kept running with no viewer: a pinned camera's streams that its wall plays (see gateway.ts). */
  private warm = false;
  private readonly now: () => number;

  constructor(
    private camera: Camera,
    readonly variant: StreamVariant,
    private readonly o: CameraStreamOptions,
  ) {
    this.now = o.now ?? Date.now;
    this.tick = setInterval(() => this.onTick(), TICK_MS);
    this.tick.unref();
  }

  get id(): string {
    return this.camera.id;
  }

  private get url(): string {
    return variantUrl(this.camera, this.variant);
  }

  get currentState(): CameraState {
    return this.state;
  }

  /**
   * Offline, or trying again after a run that never sent a frame: a stream that did not start is
   * known not to work at once, while a stream that played and dropped gets its offline delay.
   */
  get failing(): boolean {
    return this.state === 'offline' || (this.failedRun && this.state !== 'live' && this.state !== 'idle');
  }

  /** Its ffmpeg runs, or is about to run again: it has viewers, is kept warm or in its grace period. */
  get active(): boolean {
    return this.wanted && (this.child !== undefined || this.restartTimer !== undefined);
  }

  get lastErrorText(): string | undefined {
    return this.lastError;
  }

  /** The init segment and the keyframe that opens the current GOP: a picture from the stream as it runs, for snapshots. */
  keyframe(): CachedKeyframe | undefined {
    const first = this.gop[0];
    return this.init && first?.keyframe ? { init: this.init.segment, fragment: first.data, at: this.keyframeAt } : undefined;
  }

  /** The current keyframe, or the next one within `timeoutMs`; undefined if none comes. */
  nextKeyframe(timeoutMs: number): Promise<CachedKeyframe | undefined> {
    const now = this.keyframe();
    if (now || this.closed) return Promise.resolve(now);
    return new Promise((resolve) => {
      const done = (k: CachedKeyframe | undefined) => {
        clearTimeout(timer);
        this.keyframeWaiters.delete(done);
        resolve(k);
      };
      const timer = setTimeout(() => done(undefined), timeoutMs);
      timer.unref();
      this.keyframeWaiters.add(done);
    });
  }

  /** Whether any of its viewers is one `pick` picks. */
  hasViewers(pick: (v: Viewer) => boolean): boolean {
    return [...this.viewers].some(pick);
  }

  /** Processes spawned and not yet reaped: for tests that count them. */
  get processCount(): number {
    return this.child ? 1 : 0;
  }

  update(camera: Camera): void {
    const changed = variantUrl(camera, this.variant) !== this.url || camera.name !== this.camera.name;
    this.camera = camera;
    if (changed) this.transcode = false;
    if (changed && this.child) this.kill('configuration changed');
  }

  setWarm(warm: boolean): void {
    this.warm = warm;
    if (warm) this.ensureRunning();
    else if (this.viewers.size === 0) this.scheduleStop();
  }

  /** Hands the viewers that `leave` picks to another stream, without closing them. */
  takeViewers(leave: (v: Viewer) => boolean): Viewer[] {
    const taken = [...this.viewers].filter(leave);
    for (const v of taken) this.removeViewer(v);
    return taken;
  }

  addViewer(viewer: Viewer): void {
    this.viewers.add(viewer);
    clearTimeout(this.graceTimer);
    this.graceTimer = undefined;
    viewer.message({ type: 'state', state: this.state, ...(this.lastFrameAt ? { lastFrameAt: this.lastFrameAt } : {}) });
    if (this.init) {
      viewer.init(this.init.codec, this.camera.id, this.variant, this.init.segment);
      for (const f of this.gop) viewer.fragment(f.data, f.keyframe);
    }
    viewer.onGone(() => this.removeViewer(viewer));
    this.ensureRunning();
    this.emitHealth();
  }

  health(): CameraHealth {
    const t = this.now();
    // Frames from before a stop are history, not a rate.
    const flowing = this.state === 'live' || this.state === 'reconnecting';
    const recent = flowing ? this.window.filter((w) => w.t > t - 5000) : [];
    const span = recent.length ? Math.min(5, Math.max(1, (t - recent[0]!.t) / 1000)) : 1;
    const frames = recent.reduce((s, w) => s + w.frames, 0);
    const bytes = recent.reduce((s, w) => s + w.bytes, 0);
    return {
      cameraId: this.camera.id,
      variant: this.variant,
      state: this.state,
      viewers: this.viewers.size,
      fps: Math.round((frames / span) * 10) / 10,
      bitrateKbps: Math.round((bytes * 8) / span / 1000),
      ...(this.lastFrameAt !== undefined ? { lastFrameAt: this.lastFrameAt } : {}),
      restarts: this.restarts,
      ...(this.lastError !== undefined ? { lastError: this.lastError } : {}),
      ...(this.init ? { codec: this.init.codec } : {}),
      ...(this.transcode ? { transcoding: true } : {}),
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.tick);
    clearTimeout(this.restartTimer);
    clearTimeout(this.graceTimer);
    for (const v of this.viewers) v.close(1001, 'camera removed or gateway closing');
    this.viewers.clear();
    for (const w of this.keyframeWaiters) w(undefined);
    await this.stopProcess();
    if (this.nameFile) rmSync(this.nameFile, { force: true });
  }

  private removeViewer(viewer: Viewer): void {
    if (!this.viewers.delete(viewer)) return;
    if (this.viewers.size === 0) this.scheduleStop();
    this.emitHealth();
  }

  private get wanted(): boolean {
    return !this.closed && (this.viewers.size > 0 || this.warm || this.graceTimer !== undefined);
  }

  private scheduleStop(): void {
    if (this.warm || this.graceTimer) return;
    this.graceTimer = setTimeout(() => {
      this.graceTimer = undefined;
      if (this.viewers.size > 0 || this.warm) return;
      clearTimeout(this.restartTimer);
      this.restartTimer = undefined;
      void this.stopProcess().then(() => {
        if (!this.wanted) {
          this.wantedSince = undefined;
          this.failedRun = false;
          this.setState('idle');
        }
      });
    }, this.o.graceMs);
    this.graceTimer.unref();
  }

  private ensureRunning(): void {
    if (this.closed || this.child || this.restartTimer) return;
    this.wantedSince ??= this.now();
    this.spawn();
  }

  private spawn(): void {
    const url = this.url;
    const synthetic = url.startsWith('synthetic:');
    if (synthetic && !this.nameFile) {
      this.nameFile = join(tmpdir(), `ioc-wall-${process.pid}-${this.camera.id}-${this.variant}-${Math.random().toString(36).slice(2)}.txt`);
    }
    if (this.nameFile) writeFileSync(this.nameFile, this.camera.name);
    const args = argsFor(url, this.variant, this.o.ffmpeg, {
      synthetic: {
        ...(this.o.fontFile ? { fontFile: this.o.fontFile } : {}),
        ...(this.nameFile ? { nameFile: this.nameFile } : {}),
      },
      transcode: this.transcode,
      fragmentMs: this.o.fragmentMs,
    });
    this.splitter = new BoxSplitter();
    this.moof = undefined;
    this.runHadFrame = false;
    this.lastOutputAt = this.now();
    const child = spawn(this.o.ffmpeg.path, args, { stdio: ['ignore', 'pipe', 'pipe'], env: ffmpegEnv(url) });
    this.child = child;
    // Only now: whoever hears of the state may ask for the stream again, and must find it running.
    this.setState(this.state === 'offline' ? 'offline' : this.lastFrameAt ? 'reconnecting' : 'connecting');
    this.o.log.debug('ffmpeg started', { camera: this.camera.id, variant: this.variant, pid: child.pid, url: redactUrl(url) });
    child.stdout!.on('data', (chunk: Buffer) => {
      if (!this.stopping.has(child)) this.onData(chunk);
    });
    let stderrTail = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      stderrTail = (stderrTail + chunk.toString()).slice(-2000);
    });
    this.childExit = new Promise((resolve) => {
      child.once('close', (code, signal) => {
        if (this.child === child) this.child = undefined;
        const last = redactText(stderrTail.trim().split('\n').pop() ?? '', url);
        if (this.wanted && !this.switchingCodec) {
          this.lastError = `ffmpeg exited (${signal ?? `code ${code}`})${last ? `: ${last}` : ''}`;
          this.o.log.warn('ffmpeg exited', { camera: this.camera.id, variant: this.variant, code, signal, stderr: last });
        } else {
          this.o.log.debug('ffmpeg stopped', { camera: this.camera.id, variant: this.variant, code, signal });
        }
        resolve();
        this.onExit();
      });
      child.once('error', (err) => {
        this.lastError = `ffmpeg did not start: ${err.message}`;
      });
    });
  }

  private onData(chunk: Buffer): void {
    this.lastOutputAt = this.now();
    let boxes;
    try {
      boxes = this.splitter.push(chunk);
    } catch (err) {
      this.lastError = (err as Error).message;
      this.kill('corrupt output');
      return;
    }
    for (const box of boxes) {
      if (box.type === 'moov') {
        const ftyp = this.pendingFtyp ?? Buffer.alloc(0);
        const codec = codecOf(box.data) ?? 'avc1.42e01e';
        if (!playableInBrowser(codec) && !this.transcode) {
          // Learnt from the camera's own stream, so no probe runs before every start; the switch
          // costs one restart, once per gateway life.
          this.o.log.warn('camera codec not playable in browsers; re-encoding to H.264', { camera: this.camera.id, variant: this.variant, codec });
          this.transcode = true;
          this.switchingCodec = true;
          this.kill(`codec ${codec}: switching to transcoding`);
          return;
        }
        this.trex = trexDefaults(box.data);
        this.init = { codec, segment: Buffer.concat([ftyp, box.data]) };
        this.gop = [];
        this.gopBytes = 0;
        for (const v of this.viewers) v.init(codec, this.camera.id, this.variant, this.init.segment);
      } else if (box.type === 'ftyp') {
        this.pendingFtyp = box.data;
      } else if (box.type === 'moof') {
        this.moof = box.data;
      } else if (box.type === 'mdat' && this.moof) {
        const info = fragmentInfo(this.moof, this.trex);
        const data = joinBoxes(this.moof, box.data);
        this.moof = undefined;
        this.onFragment({ data, keyframe: info.keyframe }, info.samples);
      }
    }
  }

  private onFragment(f: Fragment, samples: number): void {
    const t = this.now();
    this.lastFrameAt = t;
    this.runHadFrame = true;
    this.failedRun = false;
    this.window.push({ t, frames: samples, bytes: f.data.length });
    while (this.window.length && this.window[0]!.t < t - 5000) this.window.shift();
    if (f.keyframe) {
      this.gop = [];
      this.gopBytes = 0;
      this.keyframeAt = t;
    }
    // A stream without keyframes for too long must not grow memory without bound.
    if (this.gopBytes < 32 * 1024 * 1024) {
      this.gop.push(f);
      this.gopBytes += f.data.length;
    }
    for (const v of this.viewers) v.fragment(f.data, f.keyframe);
    if (f.keyframe && this.keyframeWaiters.size) {
      const k = this.keyframe();
      for (const w of this.keyframeWaiters) w(k);
    }
    if (this.state !== 'live') {
      this.liveSince = t;
      this.lastError = undefined;
      this.setState('live');
    }
    if (this.liveSince !== undefined && t - this.liveSince > (this.o.stableMs ?? 10_000)) this.attempt = 0;
  }

  private onExit(): void {
    this.init = undefined;
    this.gop = [];
    this.gopBytes = 0;
    this.liveSince = undefined;
    if (!this.wanted) return;
    const switching = this.switchingCodec;
    this.switchingCodec = false;
    if (!switching) this.restarts++;
    if (!switching && !this.runHadFrame) this.failedRun = true;
    const delay = switching ? 0 : backoffMs(this.attempt++, this.o.backoff.baseMs, this.o.backoff.capMs);
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      if (this.wanted) this.spawn();
    }, delay);
    this.restartTimer.unref();
    // After the restart is set: whoever hears of it may ask for the stream again, and must find it
    // on its way. A run that failed is news even when the state stays what it was.
    const before = this.state;
    this.setState(this.isOffline() ? 'offline' : 'reconnecting');
    if (this.state === before && this.failedRun) this.o.onChange?.(this);
  }

  private isOffline(): boolean {
    const since = this.lastFrameAt ?? this.wantedSince ?? this.now();
    return this.now() - since >= this.o.offlineAfterMs;
  }

  private onTick(): void {
    const t = this.now();
    if (this.child && t - this.lastOutputAt > this.o.watchdogMs) {
      this.lastError = `no output for ${Math.round((t - this.lastOutputAt) / 1000)} s`;
      this.kill('watchdog: no output');
    }
    if (this.state !== 'live' && this.state !== 'idle' && this.state !== 'offline' && this.isOffline()) this.setState('offline');
    if (this.state === 'live' && this.lastFrameAt !== undefined && t - this.lastFrameAt > this.o.offlineAfterMs) this.setState('offline');
    if (this.state === 'live' && t - this.healthSentAt >= HEALTH_EVERY_MS) this.emitHealth();
  }

  private kill(reason: string): void {
    const child = this.child;
    if (!child) return;
    if (this.stopping.has(child)) return;
    this.stopping.add(child);
    this.o.log.info('stopping ffmpeg', { camera: this.camera.id, variant: this.variant, pid: child.pid, reason });
    child.kill('SIGTERM');
    // A stalled ffmpeg can ignore SIGTERM while blocked on the network.
    const force = setTimeout(() => child.exitCode === null && child.signalCode === null && child.kill('SIGKILL'), 1500);
    force.unref();
    child.once('close', () => clearTimeout(force));
  }

  private async stopProcess(): Promise<void> {
    if (!this.child) return;
    const exited = this.childExit;
    this.kill('stopped');
    await exited;
  }

  private setState(state: CameraState): void {
    if (state === this.state) return;
    this.state = state;
    this.o.onChange?.(this);
    for (const v of this.viewers) v.message({ type: 'state', state, ...(this.lastFrameAt ? { lastFrameAt: this.lastFrameAt } : {}) });
    this.emitHealth();
  }

  private emitHealth(): void {
    this.healthSentAt = this.now();
    this.o.onHealth(this.health());
  }
}
