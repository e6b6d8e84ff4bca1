import type { CameraTestResult } from '../../../common/index.js';
import type { SyntheticOptions } from './ffmpeg-args.js';
import type { FfmpegInfo } from './find-ffmpeg.js';
import { pullKeyframe, type StreamSource } from './pull-keyframe.js';

/** A stream to test: a camera's main or sub URL, possibly with credentials in it. */
export type TestSource = StreamSource;

/**
 * Runs the gateway's own ffmpeg command against a source until its first frame arrives, so a
 * camera that passes here streams on the wall. Only redacted text comes back.
 */
export async function testCamera(source: TestSource, ffmpeg: FfmpegInfo, synthetic: SyntheticOptions = {}, timeoutMs = 8000): Promise<CameraTestResult> {
  const { keyframe, ...found } = await pullKeyframe(source, ffmpeg, synthetic, timeoutMs);
  return { ok: keyframe !== undefined, ...found };
}
