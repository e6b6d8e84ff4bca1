import { spawn } from 'node:child_process';
import { type CameraTestResult, type StreamVariant } from '../../../common/index.js';
import { argsFor, type SyntheticOptions } from './ffmpeg-args.js';
import type { FfmpegInfo } from './find-ffmpeg.js';
import { BoxSplitter, codecOf, videoSizeOf } from './mp4-boxes.js';
import { redactText } from './redact-text.js';

/** A stream to test: a camera's main or sub URL, possibly with credentials in it. */
export interface TestSource {
  url: string;
  variant: StreamVariant;
}

/**
 * Runs the gateway's own ffmpeg command against a source until its first frame arrives, so a
 * camera that passes here streams on the wall. The source URL may carry credentials: only
 * redacted text leaves this function.
 */
export function testCamera(source: TestSource, ffmpeg: FfmpegInfo, synthetic: SyntheticOptions = {}, timeoutMs = 8000): Promise<CameraTestResult> {
  return new Promise((resolve) => {
    const child = spawn(ffmpeg.path, argsFor(source.url, source.variant, ffmpeg, synthetic), { stdio: ['ignore', 'pipe', 'pipe'] });
    const splitter = new BoxSplitter();
    let stderr = '';
    let found: Omit<CameraTestResult, 'ok'> = {};
    let settled = false;
    const finish = (r: CameraTestResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      resolve(r);
    };
    const lastLine = () => redactText(stderr.trim().split('\n').pop() ?? '', source.url);
    const timer = setTimeout(() => finish({ ok: false, ...found, error: `no picture within ${timeoutMs / 1000} s${lastLine() ? `: ${lastLine()}` : ''}` }), timeoutMs);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    child.stdout.on('data', (chunk: Buffer) => {
      try {
        for (const box of splitter.push(chunk)) {
          if (box.type === 'moov') {
            const codec = codecOf(box.data);
            found = { ...(codec ? { codec } : {}), ...videoSizeOf(box.data) };
          }
          // The first media fragment carries the first frame.
          if (box.type === 'mdat') finish({ ok: true, ...found });
        }
      } catch (err) {
        finish({ ok: false, error: (err as Error).message });
      }
    });
    child.once('error', (err) => finish({ ok: false, error: `ffmpeg did not start: ${err.message}` }));
    child.once('close', (code, signal) => finish({ ok: false, ...found, error: `ffmpeg exited (${signal ?? `code ${code}`})${lastLine() ? `: ${lastLine()}` : ''}` }));
  });
}
