import type { Camera, StreamVariant } from '../schemas/camera.js';

/**
 * The upstream that serves viewers asking for `variant`: the sub stream only when the camera has
 * one of its own. A camera without a sub stream, or whose sub stream is its main URL again, serves
 * sub viewers from the main stream, so one URL is never pulled twice.
 */
export function servedVariant(camera: Pick<Camera, 'url' | 'subUrl'>, variant: StreamVariant): StreamVariant {
  return variant === 'sub' && hasOwnSubStream(camera) ? 'sub' : 'main';
}

export function hasOwnSubStream(camera: Pick<Camera, 'url' | 'subUrl'>): boolean {
  return camera.subUrl !== undefined && camera.subUrl !== camera.url;
}

/** The URL an upstream of `variant` pulls. */
export function variantUrl(camera: Pick<Camera, 'url' | 'subUrl'>, variant: StreamVariant): string {
  return servedVariant(camera, variant) === 'sub' ? camera.subUrl! : camera.url;
}
