import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface FfmpegInfo {
  path: string;
  version: string;
  source: 'config' | 'env' | 'bundled' | 'path';
  /**
   * The RTSP demuxer's socket I/O timeout option, in microseconds. ffmpeg 5 renamed -stimeout to
   * -timeout; in older builds -timeout means "wait for an incoming connection" and would make
   * ffmpeg listen instead of connect.
   */
  rtspTimeoutOption: '-timeout' | '-stimeout';
}

function probe(path: string): { version: string; rtspHelp: string } | undefined {
  const v = spawnSync(path, ['-hide_banner', '-version'], { encoding: 'utf8', timeout: 10_000 });
  if (v.status !== 0 || !v.stdout) return undefined;
  const help = spawnSync(path, ['-hide_banner', '-h', 'demuxer=rtsp'], { encoding: 'utf8', timeout: 10_000 });
  return { version: v.stdout.split('\n')[0]!.replace(/^ffmpeg version\s+/, '').split(' ')[0]!, rtspHelp: help.stdout ?? '' };
}

function bundledPath(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    return (require('@ffmpeg-installer/ffmpeg') as { path: string }).path;
  } catch {
    return undefined;
  }
}

/** Finds a working ffmpeg: the configured path, FFMPEG_PATH, the bundled @ffmpeg-installer/ffmpeg, then PATH. */
export function findFfmpeg(configured?: string): FfmpegInfo {
  const candidates: { path: string | undefined; source: FfmpegInfo['source'] }[] = [
    { path: configured, source: 'config' },
    { path: process.env.FFMPEG_PATH, source: 'env' },
    { path: bundledPath(), source: 'bundled' },
    { path: 'ffmpeg', source: 'path' },
  ];
  const tried: string[] = [];
  for (const { path, source } of candidates) {
    if (!path) continue;
    if (path.includes('/') && !existsSync(path)) {
      tried.push(`${source} ${path}: no such file`);
      if (source === 'config') break;
      continue;
    }
    const found = probe(path);
    if (!found) {
      tried.push(`${source} ${path}: does not run`);
      if (source === 'config') break;
      continue;
    }
    const rtspTimeoutOption = /^\s*-stimeout\s/m.test(found.rtspHelp) ? '-stimeout' : '-timeout';
    return { path, version: found.version, source, rtspTimeoutOption };
  }
  throw new Error(`no usable ffmpeg; tried: ${tried.join('; ') || 'nothing'}`);
}
