import { describe, expect, it } from 'vitest';
import { formatIssues } from '../schemas/issues.js';
import { cameraTourTileOptionsSchema } from './camera-tour.js';

describe('camera-tour options', () => {
  it('accepts steps with their own dwell times and fills in the defaults', () => {
    const steps = [
      { cameraId: 'cam-1', dwellSeconds: 3 },
      { cameraId: 'cam-2', dwellSeconds: 3600 },
    ];
    expect(cameraTourTileOptionsSchema.parse({ steps })).toEqual({ steps, showNames: true, fit: 'cover' });
  });

  it('refuses a dwell time under 3 s or over an hour, naming the step', () => {
    for (const dwellSeconds of [2, 3601]) {
      const r = cameraTourTileOptionsSchema.safeParse({ steps: [{ cameraId: 'a', dwellSeconds: 10 }, { cameraId: 'b', dwellSeconds }] });
      expect(!r.success && formatIssues(r.error)).toMatch(/^steps\[1\]\.dwellSeconds: /);
    }
  });

  it('refuses a tour with no steps or more than 64', () => {
    expect(cameraTourTileOptionsSchema.safeParse({ steps: [] }).success).toBe(false);
    const steps = Array.from({ length: 65 }, () => ({ cameraId: 'a', dwellSeconds: 5 }));
    expect(cameraTourTileOptionsSchema.safeParse({ steps }).success).toBe(false);
  });
});
