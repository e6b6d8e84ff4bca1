import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

/** CPU seconds used so far by each child process of this one whose command is `comm` (Linux /proc). */
export function childCpuSeconds(comm: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    // The command sits in parentheses and may hold spaces: fields count from after it.
    const close = stat.lastIndexOf(')');
    const name = stat.slice(stat.indexOf('(') + 1, close);
    const fields = stat.slice(close + 2).split(' ');
    if (name !== comm || Number(fields[1]) !== process.pid) continue;
    out.set(Number(entry), (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND);
  }
  return out;
}

/** CPU seconds of one process by pid, or 0 once it is gone. */
export function processCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** Runs `during` and returns the CPU seconds this process and its `comm` children used meanwhile. */
export async function measureCpu(comm: string, during: () => Promise<void>): Promise<{ self: number; children: number; wallSeconds: number }> {
  const before = childCpuSeconds(comm);
  const self0 = process.cpuUsage();
  const t0 = performance.now();
  await during();
  const wallSeconds = (performance.now() - t0) / 1000;
  const self = process.cpuUsage(self0);
  const after = childCpuSeconds(comm);
  let children = 0;
  for (const [pid, cpu] of after) children += cpu - (before.get(pid) ?? 0);
  return { self: (self.user + self.system) / 1e6, children, wallSeconds };
}
