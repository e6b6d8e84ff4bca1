import { readdirSync, readFileSync } from 'node:fs';

interface Proc {
  pid: number;
  ppid: number;
  comm: string;
  cmdline: string;
}

function processes(): Proc[] {
  const out: Proc[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
      out.push({ pid: Number(entry), ppid: Number(stat.slice(close + 2).split(' ')[1]), comm: stat.slice(stat.indexOf('(') + 1, close), cmdline });
    } catch {
      // Gone between listing and reading.
    }
  }
  return out;
}

function descendants(all: Proc[], root: number): Proc[] {
  const found: Proc[] = [];
  let frontier = [root];
  while (frontier.length) {
    const children = all.filter((p) => frontier.includes(p.ppid));
    found.push(...children);
    frontier = children.map((p) => p.pid);
  }
  return found;
}

/**
 * Private (anonymous) resident memory in MB: heaps, buffers, what a leak grows. The file-backed rest
 * of RSS is the program's own code paged in, shared and reclaimable, and only blurs a trend.
 */
function anonMB(pid: number): number {
  try {
    const m = /RssAnon:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

export interface MemorySample {
  /** Seconds since the first sample. */
  t: number;
  /** Private resident memory in MB: the host's Node process, its ffmpeg children together, Chromium's renderers together. */
  hostMB: number;
  ffmpegMB: number;
  rendererMB: number;
}

/**
 * Private resident memory of what a benchmark started below this process: the `ioc-wall serve` host, the
 * ffmpeg processes under it and Chromium's renderer processes (where a page's media is decoded).
 */
export function sampleMemory(t: number): MemorySample {
  const all = processes();
  const below = descendants(all, process.pid);
  const host = below.find((p) => p.cmdline.includes('ioc-wall.mjs serve'));
  const ffmpegs = host ? descendants(all, host.pid).filter((p) => p.comm === 'ffmpeg') : [];
  const renderers = below.filter((p) => p.cmdline.includes('--type=renderer'));
  const sum = (ps: Proc[]) => ps.reduce((a, p) => a + anonMB(p.pid), 0);
  const round = (x: number) => +x.toFixed(1);
  return { t, hostMB: round(host ? anonMB(host.pid) : 0), ffmpegMB: round(sum(ffmpegs)), rendererMB: round(sum(renderers)) };
}

/** Least-squares slope of y over t, per hour of t in seconds. */
export function slopePerHour(points: { t: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mt = points.reduce((a, p) => a + p.t, 0) / n;
  const my = points.reduce((a, p) => a + p.y, 0) / n;
  const cov = points.reduce((a, p) => a + (p.t - mt) * (p.y - my), 0);
  const vt = points.reduce((a, p) => a + (p.t - mt) ** 2, 0);
  return vt === 0 ? 0 : (cov / vt) * 3600;
}
