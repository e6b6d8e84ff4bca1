import { describe, expect, it } from 'vitest';
import type { CameraHealth, CameraState, StreamVariant } from '../../../common/index.js';
import { cameraStreams } from './camera-streams.js';

const health = (variant: StreamVariant, state: CameraState, extra: Partial<CameraHealth> = {}): CameraHealth => ({
  cameraId: 'c',
  variant,
  state,
  viewers: 1,
  fps: state === 'live' ? 25 : 0,
  bitrateKbps: 0,
  restarts: 0,
  ...extra,
});
const both = { url: 'rtsp://h/main', subUrl: 'rtsp://h/sub' };

describe('cameraStreams', () => {
  it('lists the main stream alone for a camera without a sub stream of its own', () => {
    for (const camera of [{ url: 'rtsp://h/main' }, { url: 'rtsp://h/main', subUrl: 'rtsp://h/main' }]) {
      expect(cameraStreams(camera, { main: health('main', 'live') })).toEqual({
        state: 'live',
        hasSubStream: false,
        streams: [{ variant: 'main', state: 'live', fps: 25, transcoding: false, fallbackToMain: false }],
      });
    }
  });

  it('lists both streams, idle ones included, and takes the worst running one for the camera', () => {
    const summary = cameraStreams(both, { main: health('main', 'offline', { lastError: 'ffmpeg exited (code 1)' }), sub: health('sub', 'live') });
    expect(summary).toEqual({
      state: 'offline',
      lastError: 'ffmpeg exited (code 1)',
      hasSubStream: true,
      streams: [
        { variant: 'main', state: 'offline', fps: 0, transcoding: false, fallbackToMain: false },
        { variant: 'sub', state: 'live', fps: 25, transcoding: false, fallbackToMain: false },
      ],
    });
    expect(cameraStreams(both, { main: health('main', 'idle'), sub: health('sub', 'live') }).state).toBe('live');
  });

  it('says when a sub stream is down and its viewers watch the main stream', () => {
    const summary = cameraStreams(both, { main: health('main', 'live'), sub: health('sub', 'offline', { viewers: 0, fallbackToMain: true }) });
    expect(summary.streams[1]).toEqual({ variant: 'sub', state: 'offline', fps: 0, transcoding: false, fallbackToMain: true });
  });

  it('is idle before any health arrived, and ignores the health of a sub stream since removed', () => {
    expect(cameraStreams(both, undefined).state).toBe('idle');
    expect(cameraStreams({ url: 'rtsp://h/main' }, { main: health('main', 'idle'), sub: health('sub', 'offline') }).state).toBe('idle');
  });
});
