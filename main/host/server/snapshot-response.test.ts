import { describe, expect, it } from 'vitest';
import { snapshotResponse } from './snapshot-response.js';

const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xd9]);
const now = Date.UTC(2026, 10, 22, 3, 0, 30);

describe('snapshotResponse', () => {
  it('serves a picture with its time, where it came from, and how long a browser may keep it', () => {
    const r = snapshotResponse('cam', { kind: 'snapshot', jpeg, takenAt: now - 20_500, origin: 'stream', freshUntil: now + 39_500 }, now);
    expect(r).toEqual({
      status: 200,
      headers: {
        'content-type': 'image/jpeg',
        'content-length': 4,
        'cache-control': 'private, max-age=39',
        'last-modified': 'Sun, 22 Nov 2026 03:00:09 GMT',
        'x-snapshot-taken-at': '2026-11-22T03:00:09.500Z',
        'x-snapshot-origin': 'stream',
        'x-content-type-options': 'nosniff',
      },
      body: jpeg,
    });
  });

  it('says why an older picture is served, on one ASCII line with credentials cut out', () => {
    const r = snapshotResponse(
      'cam',
      { kind: 'snapshot', jpeg, takenAt: now - 600_000, origin: 'camera', freshUntil: now + 20_000, error: 'ffmpeg exited (code 1): rtsp://admin:secret@10.0.0.21/ch1:\nConnection refused – lỗi' },
      now,
    );
    expect(r.headers['x-snapshot-error']).toBe('ffmpeg exited (code 1): rtsp://***@10.0.0.21/ch1: Connection refused   l i');
    expect(r.headers['cache-control']).toBe('private, max-age=20');
  });

  it('names an unknown camera, and gives the reason and when to try again when there is no picture', () => {
    expect(snapshotResponse('khong-co', { kind: 'unknown-camera' }, now)).toMatchObject({ status: 404, body: 'unknown camera "khong-co"' });
    const r = snapshotResponse('cam', { kind: 'unavailable', reason: 'main stream: ffmpeg exited (code 1): rtsp://u:p@h/x: 404 Not Found', retryAt: now + 12_300 }, now);
    expect(r).toEqual({
      status: 503,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'retry-after': 13 },
      body: 'no snapshot of camera "cam": main stream: ffmpeg exited (code 1): rtsp://***@h/x: 404 Not Found',
    });
  });
});
