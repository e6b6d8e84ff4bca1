import { spawn } from 'node:child_process';
import type { FfmpegInfo } from './find-ffmpeg.js';
import type { Keyframe } from './pull-keyframe.js';

/** Thumbnails for a list: wide enough to tell cameras apart, small enough for 200 of them. */
export const SNAPSHOT_WIDTH = 320;

/**
 * Decodes one keyframe (init segment + its fragment, as the gateway caches them) to a JPEG
 * `width` pixels wide, keeping the picture's shape. The fragment goes in through stdin: no file,
 * no network, one short ffmpeg that exits on its own at the end of its input.
 */
export function keyframeJpeg(ffmpeg: Pick<FfmpegInfo, 'path'>, keyframe: Keyframe, width = SNAPSHOT_WIDTH, timeoutMs = 5000): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const args = ['-hide_banner', '-nostdin', '-loglevel', 'error', '-f', 'mp4', '-i', 'pipe:0'];
    // An even height, as JPEG's 4:2:0 subsampling wants; full-range YUV, as JPEG is.
    args.push('-frames:v', '1', '-vf', `scale=${width}:-2`, '-pix_fmt', 'yuvj420p', '-c:v', 'mjpeg', '-q:v', '5', '-f', 'image2pipe', 'pipe:1');
    // -nostdin stops ffmpeg reading the terminal, not its input file "pipe:0".
    const child = spawn(ffmpeg.path, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => {
      stderr = (stderr + c.toString()).slice(-1000);
    });
    // ffmpeg may stop reading once it has its frame: a closed pipe is no error then.
    child.stdin.on('error', () => {});
    child.stdin.end(Buffer.concat([keyframe.init, keyframe.fragment]));
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`ffmpeg did not start: ${err.message}`));
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      const jpeg = Buffer.concat(out);
      if (code === 0 && jpeg.length > 0) return resolve(jpeg);
      const why = signal === 'SIGKILL' ? `took longer than ${timeoutMs / 1000} s` : `exited (${signal ?? `code ${code}`})`;
      const last = stderr.trim().split('\n').pop();
      reject(new Error(`decoding the keyframe failed: ffmpeg ${why}${last ? `: ${last}` : ''}`));
    });
  });
}
