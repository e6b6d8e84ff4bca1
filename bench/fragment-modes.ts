/**
 * BENCH_FRAGMENT_MS: the host's `cameraFragmentMs` values the camera benchmarks compare, default one
 * fragment per frame (0) and 200 ms fragments; the camera CPU bench runs the largest as `ours-coalesced`.
 */
const given = (process.env.BENCH_FRAGMENT_MS ?? '0,200').split(',');
const bad = given.filter((v) => !/^\d+$/.test(v.trim()) || Number(v) > 500);
if (bad.length) throw new Error(`BENCH_FRAGMENT_MS: ${bad.map((v) => `"${v}"`).join(', ')} is not whole milliseconds from 0 to 500 (comma-separated)`);
export const FRAGMENT_MS = given.map(Number);
