import { hasOwnSubStream, variantUrl, type Camera, type SnapshotOrigin, type StreamVariant } from '../../../common/index.js';
import type { RunningKeyframe } from './gateway.js';
import { createJobLimit } from './job-limit.js';
import type { Keyframe, PullOutcome, StreamSource } from './pull-keyframe.js';

export type SnapshotAnswer =
  | { kind: 'unknown-camera' }
  /** `error` is set when this is the last good picture because a newer one could not be taken. */
  | { kind: 'snapshot'; jpeg: Buffer; takenAt: number; origin: SnapshotOrigin; freshUntil: number; error?: string }
  | { kind: 'unavailable'; reason: string; retryAt: number };

export interface SnapshotDeps {
  /** The gateway's side: cameras with their credentials, and pictures from running streams. */
  streams: {
    camera(cameraId: string): Camera | undefined;
    runningKeyframe(cameraId: string, timeoutMs: number): Promise<RunningKeyframe> | undefined;
  };
  /** One short RTSP session until the first keyframe (pull-keyframe.ts). */
  pull(source: StreamSource): Promise<PullOutcome>;
  /** One short ffmpeg from a keyframe to a JPEG (keyframe-jpeg.ts). */
  toJpeg(keyframe: Keyframe): Promise<Buffer>;
  now?: () => number;
  /** A snapshot is served as it is for this long, then taken again on the next request. */
  maxAgeMs?: number;
  /** After a failure, requests get the last good picture (or the failure) for this long before the next try. */
  retryAfterMs?: number;
  /** ffmpeg processes for snapshots at once, across all cameras: pulls and decodes alike. */
  maxConcurrent?: number;
  /** How long to wait for a running stream that has no keyframe yet (it is starting). */
  streamWaitMs?: number;
}

export interface SnapshotService {
  get(cameraId: string): Promise<SnapshotAnswer>;
  /** ffmpeg jobs running and waiting now, for tests and logs. */
  jobs(): { running: number; waiting: number };
}

interface Entry {
  /** The URLs the picture was taken from: a changed camera drops its old picture. */
  source: string;
  good?: { jpeg: Buffer; takenAt: number; origin: SnapshotOrigin };
  failure?: { reason: string; at: number };
  pending?: Promise<void>;
}

/**
 * Snapshots per camera, cached: a running stream gives its latest keyframe (no new connection to
 * the camera), a stopped camera one frame pulled from it, its sub stream first. A failure keeps the
 * last good picture and says why, and is not retried for `retryAfterMs`, so a console of 200
 * cameras, many offline, neither hammers them nor runs more than `maxConcurrent` ffmpegs.
 */
export function createSnapshotService(d: SnapshotDeps): SnapshotService {
  const now = d.now ?? Date.now;
  const maxAgeMs = d.maxAgeMs ?? 60_000;
  const retryAfterMs = d.retryAfterMs ?? 20_000;
  const streamWaitMs = d.streamWaitMs ?? 5_000;
  const limit = createJobLimit(d.maxConcurrent ?? 3);
  const entries = new Map<string, Entry>();

  const take = async (camera: Camera): Promise<{ jpeg: Buffer; takenAt: number; origin: SnapshotOrigin }> => {
    const running = d.streams.runningKeyframe(camera.id, streamWaitMs);
    if (running) {
      const r = await running;
      if ('error' in r) throw new Error(r.error);
      return { jpeg: await limit.run(() => d.toJpeg(r.keyframe)), takenAt: r.keyframe.at, origin: 'stream' };
    }
    // The sub stream first: a smaller picture, and the camera's encoder spares its main stream.
    const variants: StreamVariant[] = hasOwnSubStream(camera) ? ['sub', 'main'] : ['main'];
    const errors: string[] = [];
    for (const variant of variants) {
      const pulled = await limit.run(() => d.pull({ url: variantUrl(camera, variant), variant }));
      if (pulled.keyframe) {
        const keyframe = pulled.keyframe;
        const takenAt = now();
        return { jpeg: await limit.run(() => d.toJpeg(keyframe)), takenAt, origin: 'camera' };
      }
      errors.push(variants.length > 1 ? `${variant} stream: ${pulled.error}` : (pulled.error ?? 'no picture'));
    }
    throw new Error(errors.join('; '));
  };

  const refresh = async (camera: Camera, e: Entry): Promise<void> => {
    try {
      e.good = await take(camera);
      delete e.failure;
    } catch (err) {
      e.failure = { reason: (err as Error).message, at: now() };
    }
  };

  const answer = (e: Entry): SnapshotAnswer => {
    const t = now();
    if (e.good && !e.failure) return { kind: 'snapshot', ...e.good, freshUntil: e.good.takenAt + maxAgeMs };
    const retryAt = (e.failure?.at ?? t) + retryAfterMs;
    const reason = e.failure?.reason ?? 'no picture';
    return e.good ? { kind: 'snapshot', ...e.good, freshUntil: retryAt, error: reason } : { kind: 'unavailable', reason, retryAt };
  };

  return {
    async get(cameraId) {
      const camera = d.streams.camera(cameraId);
      if (!camera) {
        entries.delete(cameraId);
        return { kind: 'unknown-camera' };
      }
      const source = `${camera.url} ${camera.subUrl ?? ''}`;
      let e = entries.get(cameraId);
      if (!e || e.source !== source) entries.set(cameraId, (e = { source }));
      const t = now();
      const fresh = e.good && !e.failure && t - e.good.takenAt < maxAgeMs;
      const resting = e.failure && t - e.failure.at < retryAfterMs;
      if (!fresh && !resting) {
        // Requests for the same camera while it is being taken share that one job.
        const entry = e;
        entry.pending ??= refresh(camera, entry).finally(() => delete entry.pending);
        await entry.pending;
      }
      return answer(e);
    },
    jobs: () => ({ running: limit.running, waiting: limit.waiting }),
  };
}
