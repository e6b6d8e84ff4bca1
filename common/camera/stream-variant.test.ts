import { describe, expect, it } from 'vitest';
import { hasOwnSubStream, servedVariant, variantUrl } from './stream-variant.js';

const both = { url: 'rtsp://10.0.0.5/ch1/main', subUrl: 'rtsp://10.0.0.5/ch1/sub' };
const mainOnly = { url: 'rtsp://10.0.0.5/ch1/main' };
const same = { url: 'rtsp://10.0.0.5/ch1', subUrl: 'rtsp://10.0.0.5/ch1' };

describe('servedVariant', () => {
  it('serves each variant from its own stream when the camera has both', () => {
    expect(servedVariant(both, 'main')).toBe('main');
    expect(servedVariant(both, 'sub')).toBe('sub');
    expect(variantUrl(both, 'sub')).toBe(both.subUrl);
    expect(variantUrl(both, 'main')).toBe(both.url);
  });

  it('serves sub viewers from the main stream when there is no sub stream, or it is the main URL again', () => {
    for (const camera of [mainOnly, same]) {
      expect(hasOwnSubStream(camera)).toBe(false);
      expect(servedVariant(camera, 'sub')).toBe('main');
      expect(variantUrl(camera, 'sub')).toBe(camera.url);
    }
  });
});
