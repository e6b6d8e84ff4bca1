import { z } from 'zod';
import { epochMsSchema, idSchema, labelSchema } from './ids.js';

/**
 * A camera source: an RTSP URL, or a synthetic ffmpeg test picture ("synthetic:testsrc2",
 * "synthetic:smptebars", ...) with the camera's name and a clock burned in.
 */
export const cameraUrlSchema = z
  .string()
  .refine((u) => /^rtsps?:\/\/[^\s]+$/.test(u) || /^synthetic:(testsrc|testsrc2|smptebars|rgbtestsrc|mandelbrot|life)$/.test(u), {
    message: 'must be rtsp://host/path or synthetic:<testsrc|testsrc2|smptebars|rgbtestsrc|mandelbrot|life>',
  });

export const cameraSchema = z.object({
  id: idSchema,
  name: labelSchema,
  url: cameraUrlSchema,
  /** A lower-resolution stream of the same camera, for small tiles. */
  subUrl: cameraUrlSchema.optional(),
  group: z.string().max(100).optional(),
  /** Cameras pinned to a wall keep streaming with no viewer, for instant switching. */
  pinned: z.boolean().default(false),
});
export type Camera = z.infer<typeof cameraSchema>;
export type CameraInput = z.input<typeof cameraSchema>;

/**
 * Which of a camera's streams a viewer plays: its main stream (`url`, full resolution) or its sub
 * stream (`subUrl`, a lower resolution for small pictures).
 */
export const streamVariantSchema = z.enum(['main', 'sub']);
export type StreamVariant = z.infer<typeof streamVariantSchema>;

export const cameraStateSchema = z.enum(['idle', 'connecting', 'live', 'reconnecting', 'offline']);
export type CameraState = z.infer<typeof cameraStateSchema>;

/** The health of one upstream: a camera's main stream, or its sub stream when it has one of its own. */
export const cameraHealthSchema = z.object({
  cameraId: idSchema,
  variant: streamVariantSchema,
  state: cameraStateSchema,
  viewers: z.number().int().nonnegative(),
  fps: z.number().nonnegative(),
  bitrateKbps: z.number().nonnegative(),
  lastFrameAt: epochMsSchema.optional(),
  restarts: z.number().int().nonnegative(),
  lastError: z.string().optional(),
  codec: z.string().optional(),
  /** The camera sends what browsers cannot play (HEVC, MJPEG): the gateway re-encodes it, at a CPU cost. */
  transcoding: z.boolean().optional(),
  /** A sub stream that is offline while its viewers watch the main stream instead, until it is back. */
  fallbackToMain: z.boolean().optional(),
});
export type CameraHealth = z.infer<typeof cameraHealthSchema>;

/** Removes user:password from an RTSP URL so it never reaches a log or an API answer. */
export function redactUrl(url: string): string {
  return url.replace(/^(rtsps?:\/\/)[^@/]*@/, '$1***@');
}
