import { describe, expect, it } from 'vitest';
import type { Camera } from '../../../common/index.js';
import type { RunningKeyframe } from './gateway.js';
import type { Keyframe, PullOutcome, StreamSource } from './pull-keyframe.js';
import { createSnapshotService, type SnapshotDeps } from './snapshots.js';

const keyframe = (name: string): Keyframe => ({ init: Buffer.from(`init:${name}`), fragment: Buffer.from(`frame:${name}`) });
const jpegOf = (k: Keyframe) => Buffer.from(`jpeg(${k.fragment.toString()})`);

/** A fake gateway and ffmpeg: cameras, which of them run, what each URL answers; every job recorded. */
function setup(cameras: Camera[], opts: Partial<SnapshotDeps> = {}) {
  let t = 1_000_000;
  const running = new Map<string, RunningKeyframe>();
  const answers = new Map<string, PullOutcome>();
  const pulls: StreamSource[] = [];
  const decoded: string[] = [];
  const known = new Map(cameras.map((c) => [c.id, c]));
  const service = createSnapshotService({
    streams: {
      camera: (id) => known.get(id),
      runningKeyframe: (id) => (running.has(id) ? Promise.resolve(running.get(id)!) : undefined),
    },
    pull: (source) => {
      pulls.push(source);
      return Promise.resolve(answers.get(source.url) ?? { error: 'ffmpeg exited (code 1): Connection refused' });
    },
    toJpeg: (k) => {
      decoded.push(k.fragment.toString());
      return Promise.resolve(jpegOf(k));
    },
    now: () => t,
    maxAgeMs: 60_000,
    retryAfterMs: 20_000,
    ...opts,
  });
  return {
    service,
    running,
    answers,
    pulls,
    decoded,
    known,
    advance: (ms: number) => (t += ms),
    now: () => t,
  };
}

const cam = (id: string, extra: Partial<Camera> = {}): Camera => ({ id, name: id, url: `rtsp://u:p@10.0.0.1/${id}/main`, pinned: false, ...extra });

describe('snapshots', () => {
  it('decodes a running stream\'s keyframe and pulls nothing from the camera', async () => {
    const s = setup([cam('a')]);
    s.running.set('a', { keyframe: { ...keyframe('a-live'), at: s.now() - 400 }, variant: 'main' });
    const r = await s.service.get('a');
    expect(r).toEqual({ kind: 'snapshot', jpeg: jpegOf(keyframe('a-live')), takenAt: s.now() - 400, origin: 'stream', freshUntil: s.now() - 400 + 60_000 });
    expect(s.pulls).toEqual([]);
  });

  it('pulls a stopped camera\'s sub stream first, and its main stream when the sub stream gives nothing', async () => {
    const s = setup([cam('a', { subUrl: 'rtsp://u:p@10.0.0.1/a/sub' })]);
    s.answers.set('rtsp://u:p@10.0.0.1/a/main', { keyframe: keyframe('a-main') });
    const r = await s.service.get('a');
    expect(r).toMatchObject({ kind: 'snapshot', origin: 'camera', takenAt: s.now() });
    expect(s.pulls).toEqual([
      { url: 'rtsp://u:p@10.0.0.1/a/sub', variant: 'sub' },
      { url: 'rtsp://u:p@10.0.0.1/a/main', variant: 'main' },
    ]);
    expect(s.decoded).toEqual(['frame:a-main']);
  });

  it('answers unavailable with every stream\'s reason when nothing was ever taken, and waits before trying again', async () => {
    const s = setup([cam('a', { subUrl: 'rtsp://u:p@10.0.0.1/a/sub' })]);
    expect(await s.service.get('a')).toEqual({
      kind: 'unavailable',
      reason: 'sub stream: ffmpeg exited (code 1): Connection refused; main stream: ffmpeg exited (code 1): Connection refused',
      retryAt: s.now() + 20_000,
    });
    s.advance(19_000);
    await s.service.get('a');
    expect(s.pulls).toHaveLength(2);
    s.advance(1_000);
    await s.service.get('a');
    expect(s.pulls).toHaveLength(4);
  });

  it('serves a picture as it is until it is a minute old, then takes another', async () => {
    const s = setup([cam('a')]);
    s.answers.set('rtsp://u:p@10.0.0.1/a/main', { keyframe: keyframe('first') });
    await s.service.get('a');
    s.advance(59_000);
    expect(await s.service.get('a')).toMatchObject({ jpeg: jpegOf(keyframe('first')) });
    s.answers.set('rtsp://u:p@10.0.0.1/a/main', { keyframe: keyframe('second') });
    s.advance(1_000);
    expect(await s.service.get('a')).toMatchObject({ jpeg: jpegOf(keyframe('second')), takenAt: s.now() });
    expect(s.pulls).toHaveLength(2);
  });

  it('keeps the last good picture of a camera gone offline, with when it was taken and why it is not newer', async () => {
    const s = setup([cam('a')]);
    s.answers.set('rtsp://u:p@10.0.0.1/a/main', { keyframe: keyframe('good') });
    await s.service.get('a');
    const takenAt = s.now();
    s.answers.delete('rtsp://u:p@10.0.0.1/a/main');
    s.advance(5 * 60_000);
    expect(await s.service.get('a')).toEqual({
      kind: 'snapshot',
      jpeg: jpegOf(keyframe('good')),
      takenAt,
      origin: 'camera',
      freshUntil: s.now() + 20_000,
      error: 'ffmpeg exited (code 1): Connection refused',
    });
    // The camera is back: the next try after the rest gives a new picture and no error.
    s.answers.set('rtsp://u:p@10.0.0.1/a/main', { keyframe: keyframe('back') });
    s.advance(20_000);
    const r = await s.service.get('a');
    expect(r).toMatchObject({ jpeg: jpegOf(keyframe('back')), takenAt: s.now() });
    expect(r).not.toHaveProperty('error');
  });

  it('says why a running stream gave no picture', async () => {
    const s = setup([cam('a')]);
    s.running.set('a', { error: 'the main stream is failing: ffmpeg exited (code 1)' });
    expect(await s.service.get('a')).toMatchObject({ kind: 'unavailable', reason: 'the main stream is failing: ffmpeg exited (code 1)' });
    expect(s.pulls).toEqual([]);
  });

  it('shares one job among requests for the same camera made while it runs', async () => {
    const s = setup([cam('a')]);
    s.answers.set('rtsp://u:p@10.0.0.1/a/main', { keyframe: keyframe('a') });
    const [r1, r2, r3] = await Promise.all([s.service.get('a'), s.service.get('a'), s.service.get('a')]);
    expect(s.pulls).toHaveLength(1);
    expect(r1).toEqual(r2);
    expect(r2).toEqual(r3);
  });

  it('drops a camera\'s picture when its URL changes, and answers unknown for a camera that is gone', async () => {
    const s = setup([cam('a')]);
    s.answers.set('rtsp://u:p@10.0.0.1/a/main', { keyframe: keyframe('old') });
    await s.service.get('a');
    s.known.set('a', cam('a', { url: 'rtsp://u:p@10.0.0.2/a/main' }));
    expect(await s.service.get('a')).toMatchObject({ kind: 'unavailable' });
    s.known.delete('a');
    expect(await s.service.get('a')).toEqual({ kind: 'unknown-camera' });
  });

  it('runs no more ffmpegs at once than its limit, however many cameras are asked for', async () => {
    const cameras = Array.from({ length: 12 }, (_, i) => cam(`c${i}`));
    let active = 0;
    let peak = 0;
    const slow = <T>(value: T) =>
      new Promise<T>((resolve) => {
        active++;
        peak = Math.max(peak, active);
        setTimeout(() => {
          active--;
          resolve(value);
        }, 5);
      });
    const s = setup(cameras, {
      maxConcurrent: 3,
      pull: (source) => slow({ keyframe: keyframe(source.url) }),
      toJpeg: (k) => slow(jpegOf(k)),
    });
    const answers = await Promise.all(cameras.map((c) => s.service.get(c.id)));
    expect(answers.every((a) => a.kind === 'snapshot')).toBe(true);
    expect(peak).toBe(3);
    expect(s.service.jobs()).toEqual({ running: 0, waiting: 0 });
  });
});
