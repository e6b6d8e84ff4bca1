import { spawn } from 'node:child_process';
import type { StreamVariant } from '../../../common/index.js';
import { argsFor, ffmpegEnv, type SyntheticOptions } from './ffmpeg-args.js';
import type { FfmpegInfo } from './find-ffmpeg.js';
import { BoxSplitter, codecOf, fragmentInfo, joinBoxes, trexDefaults, videoSizeOf } from './mp4-boxes.js';
import { redactText } from './redact-text.js';

/** A stream to pull from: a camera's main or sub URL, possibly with credentials in it. */
export interface StreamSource {
  url: string;
  variant: StreamVariant;
}

/** One picture a decoder can start from: the init segment (ftyp+moov) and a fragment that opens with a keyframe. */
export interface Keyframe {
  init: Buffer;
  fragment: Buffer;
}

export interface PullOutcome {
  keyframe?: Keyframe;
  /** What the stream's init segment announced, when it came. */
  codec?: string;
  width?: number;
  height?: number;
  /** Why no keyframe came, credentials cut out. */
  error?: string;
}

/**
 * Runs the gateway's own ffmpeg command against a source until its first keyframe arrives, then
 * stops it: one short RTSP session, the picture exactly as the wall would get it. The source URL
 * may carry credentials: only redacted text leaves this function.
 */
export function pullKeyframe(source: StreamSource, ffmpeg: FfmpegInfo, synthetic: SyntheticOptions = {}, timeoutMs = 8000): Promise<PullOutcome> {
  return new Promise((resolve) => {
    const child = spawn(ffmpeg.path, argsFor(source.url, source.variant, ffmpeg, { synthetic }), { stdio: ['ignore', 'pipe', 'pipe'], env: ffmpegEnv(source.url) });
    const splitter = new BoxSplitter();
    let stderr = '';
    let init: Buffer | undefined;
    let ftyp: Buffer | undefined;
    let moof: Buffer | undefined;
    let trex = new Map<number, number>();
    let found: Omit<PullOutcome, 'keyframe' | 'error'> = {};
    let outcome: PullOutcome | undefined;
    // Answers once the process is gone, so whoever limits the number of ffmpegs counts it until then.
    const finish = (r: PullOutcome) => {
      if (outcome) return;
      outcome = r;
      clearTimeout(timer);
      child.kill('SIGKILL');
    };
    const lastLine = () => redactText(stderr.trim().split('\n').pop() ?? '', source.url);
    const fail = (error: string) => finish({ ...found, error: `${error}${lastLine() ? `: ${lastLine()}` : ''}` });
    const timer = setTimeout(() => fail(`no picture within ${timeoutMs / 1000} s`), timeoutMs);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    child.stdout.on('data', (chunk: Buffer) => {
      try {
        for (const box of splitter.push(chunk)) {
          if (box.type === 'ftyp') ftyp = box.data;
          else if (box.type === 'moov') {
            const codec = codecOf(box.data);
            found = { ...(codec ? { codec } : {}), ...videoSizeOf(box.data) };
            trex = trexDefaults(box.data);
            init = Buffer.concat([ftyp ?? Buffer.alloc(0), box.data]);
          } else if (box.type === 'moof') moof = box.data;
          else if (box.type === 'mdat' && moof && init) {
            // ffmpeg copies from the first keyframe on; checking costs nothing and never hands a decoder half a picture.
            if (fragmentInfo(moof, trex).keyframe) finish({ ...found, keyframe: { init, fragment: Buffer.from(joinBoxes(moof, box.data)) } });
            moof = undefined;
          }
        }
      } catch (err) {
        finish({ ...found, error: (err as Error).message });
      }
    });
    child.once('error', (err) => {
      finish({ ...found, error: `ffmpeg did not start: ${err.message}` });
      // A process that never started closes nothing.
      if (child.pid === undefined) resolve(outcome!);
    });
    child.once('close', (code, signal) => {
      fail(`ffmpeg exited (${signal ?? `code ${code}`})`);
      resolve(outcome!);
    });
  });
}
