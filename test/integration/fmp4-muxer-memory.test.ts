import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fmp4Output } from '../../main/host/camera/ffmpeg-args.js';
import { findFfmpeg } from '../../main/host/camera/find-ffmpeg.js';

const ffmpeg = findFfmpeg();
const dir = mkdtempSync(join(tmpdir(), 'ioc-wall-fmp4-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Private resident memory in kB; undefined once the process is exiting (a zombie has none). */
function rssAnonKb(pid: number): number | undefined {
  try {
    const kb = /RssAnon:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb);
  } catch {
    return undefined;
  }
}

/**
 * Runs the gateway's fMP4 output over a short clip looped as fast as ffmpeg goes, and returns
 * ffmpeg's private memory as the fragment count grows: [fragments, kB] pairs.
 */
async function memoryByFragments(clip: string, fragments: number): Promise<[number, number][]> {
  const args = ['-hide_banner', '-nostdin', '-loglevel', 'error', '-progress', 'pipe:2', '-stream_loop', '-1', '-i', clip, '-an', '-c:v', 'copy', '-frames:v', String(fragments), ...fmp4Output()];
  const child = spawn(ffmpeg.path, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.resume();
  const samples: [number, number][] = [];
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    const frame = [...text.matchAll(/^frame=(\d+)$/gm)].pop()?.[1];
    const kb = frame === undefined ? undefined : rssAnonKb(child.pid!);
    if (kb !== undefined) samples.push([Number(frame), kb]);
  });
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  expect(code).toBe(0);
  return samples;
}

describe.skipIf(process.platform !== 'linux')('the fMP4 muxer as the gateway runs it', () => {
  it('keeps no memory per fragment: a camera that streams for months does not grow its ffmpeg', async () => {
    const clip = join(dir, 'clip.mp4');
    const made = spawnSync(ffmpeg.path, ['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', 'testsrc=size=160x90:rate=25', '-t', '2', '-c:v', 'libx264', '-preset', 'ultrafast', '-g', '25', '-pix_fmt', 'yuv420p', clip]);
    expect(made.status, made.stderr?.toString()).toBe(0);
    const samples = await memoryByFragments(clip, 600_000);
    const settled = samples.find(([f]) => f >= 100_000)!;
    const last = samples[samples.length - 1]!;
    expect(last[0] - settled[0]).toBeGreaterThan(300_000);
    // Flat, within what the allocator moves about. Each fragment indexed for a trailer (40 bytes,
    // without skip_trailer) would add about 12 MB over these fragments.
    expect(last[1] - settled[1]).toBeLessThan(1024);
  });
});
