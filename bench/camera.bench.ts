import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import type { Camera } from '../common/index.js';
import { rtspArgs } from '../main/host/camera/ffmpeg-args.js';
import { findFfmpeg } from '../main/host/camera/find-ffmpeg.js';
import { createCameraGateway, type CameraGateway } from '../main/host/camera/gateway.js';
import { silentLogger } from '../main/host/log.js';
import { ffmpegChildren, freePort, serveGateway, startRtspServer, viewer, waitFor, type RtspServer } from '../test/integration/camera-helpers.js';
import { FRAGMENT_MS } from './fragment-modes.js';
import { measureCpu, processCpuSeconds } from './process-cpu.js';

/**
 * Camera gateway benchmarks (issue 3), all against Debian's GStreamer RTSP server on this machine:
 * gateway CPU per stream, ours vs node-rtsp-stream 0.0.9 (its own ffmpeg arguments: MPEG-1 transcode)
 * vs a bare `ffmpeg -c:v copy` remux, fragmented at keyframes and, with the gateway's own arguments,
 * per frame; time to first fragment, warm and cold; recovery after the
 * server dies or stalls. Every ffmpeg is the same bundled binary.
 */
const ffmpeg = findFfmpeg();
const WARMUP_MS = 4000;
const MEASURE_MS = Number(process.env.BENCH_MEASURE_MS ?? 12_000);
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

type Variant = 'ours' | 'ours-coalesced' | 'bare-remux' | 'bare-remux-per-frame' | 'node-rtsp-stream';

/** The fragment length of the `ours-coalesced` variant: the host's `cameraFragmentMs`. */
const COALESCED_MS = Math.max(...FRAGMENT_MS);

/** Viewers in another process (bench/viewers.mjs): their CPU is the browser's cost, not the gateway's. */
async function remoteViewers(urls: string[]): Promise<() => Promise<void>> {
  const child = spawn(process.execPath, ['bench/viewers.mjs', ...urls], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('viewers did not connect')), 20_000);
    createInterface({ input: child.stdout! }).on('line', (l) => l === 'ready' && (clearTimeout(timer), resolve()));
  });
  return () => new Promise((r) => (child.once('exit', () => r()), child.kill('SIGTERM')));
}

async function runOurs(url: string, n: number, fragmentMs = 0): Promise<() => Promise<void>> {
  const cameras: Camera[] = Array.from({ length: n }, (_, i) => ({ id: `c${i}`, name: `C${i}`, url, pinned: false }));
  const gateway = createCameraGateway({ cameras, ffmpeg, log: silentLogger, fragmentMs });
  const server = await serveGateway(gateway);
  const stopViewers = await remoteViewers(cameras.map((c) => server.url(c.id)));
  return async () => {
    await stopViewers();
    await gateway.close();
    await server.close();
  };
}

/** N ffmpeg remuxes with their output drained in this process: no gateway, no server, no viewer. */
function runFfmpegs(args: string[], n: number): () => Promise<void> {
  const children: ChildProcess[] = Array.from({ length: n }, () => {
    const c = spawn(ffmpeg.path, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    c.stdout!.resume();
    return c;
  });
  return async () => {
    await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : (c.once('exit', r), c.kill('SIGKILL'))))));
  };
}

/** The plain remux: fMP4 fragmented at keyframes, ffmpeg's usual way (one write a second). */
async function runBare(url: string, n: number): Promise<() => Promise<void>> {
  const args = ['-hide_banner', '-loglevel', 'error', '-rtsp_transport', 'tcp', '-i', url, '-an', '-c:v', 'copy', '-f', 'mp4', '-movflags', 'empty_moov+default_base_moof+frag_keyframe+skip_trailer', 'pipe:1'];
  return runFfmpegs(args, n);
}

/**
 * The same remux with exactly the gateway's ffmpeg arguments (one fragment per frame, for
 * sub-second latency): what is left between this and ours is the gateway itself.
 */
async function runBarePerFrame(url: string, n: number): Promise<() => Promise<void>> {
  return runFfmpegs(rtspArgs(url, ffmpeg), n);
}

interface NodeRtspStream {
  stop(): void;
  stream: ChildProcess;
}

async function runNodeRtspStream(url: string, n: number): Promise<() => Promise<void>> {
  const Stream = createRequire(import.meta.url)('node-rtsp-stream') as new (o: object) => NodeRtspStream;
  const streams: NodeRtspStream[] = [];
  const urls: string[] = [];
  for (let i = 0; i < n; i++) {
    const wsPort = await freePort();
    streams.push(new Stream({ name: `c${i}`, streamUrl: url, wsPort, ffmpegPath: ffmpeg.path }));
    urls.push(`ws://127.0.0.1:${wsPort}`);
  }
  const stopViewers = await remoteViewers(urls);
  return async () => {
    await stopViewers();
    for (const s of streams) {
      const exited = new Promise((r) => (s.stream.exitCode !== null ? r(null) : s.stream.once('exit', r)));
      s.stop();
      await Promise.race([exited, sleep(3000)]);
      if (s.stream.exitCode === null) s.stream.kill('SIGKILL');
    }
  };
}

const runners: Record<Variant, (url: string, n: number) => Promise<() => Promise<void>>> = {
  ours: runOurs,
  'ours-coalesced': (url, n) => runOurs(url, n, COALESCED_MS),
  'bare-remux': runBare,
  'bare-remux-per-frame': runBarePerFrame,
  'node-rtsp-stream': runNodeRtspStream,
};

async function cpuPerStream(rtsp: RtspServer, variant: Variant, n: number) {
  const stop = await runners[variant](rtsp.url('/cam'), n);
  await sleep(WARMUP_MS);
  const serverBefore = processCpuSeconds(rtsp.child.pid!);
  const cpu = await measureCpu('ffmpeg', () => sleep(MEASURE_MS));
  const serverCpu = processCpuSeconds(rtsp.child.pid!) - serverBefore;
  await stop();
  const total = cpu.self + cpu.children;
  return {
    variant,
    ...(variant === 'ours-coalesced' ? { fragmentMs: COALESCED_MS } : {}),
    streams: n,
    cpuPercentPerStream: +((total / cpu.wallSeconds / n) * 100).toFixed(2),
    ffmpegPercent: +((cpu.children / cpu.wallSeconds) * 100).toFixed(1),
    nodePercent: +((cpu.self / cpu.wallSeconds) * 100).toFixed(1),
    rtspServerPercent: +((serverCpu / cpu.wallSeconds) * 100).toFixed(1),
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Milliseconds from a viewer's connect to its first media fragment, with the camera already streaming or not. */
async function timeToFirstFragment(rtsp: RtspServer, warm: boolean, trials: number) {
  const gateway: CameraGateway = createCameraGateway({ cameras: [{ id: 'c', name: 'C', url: rtsp.url('/cam'), pinned: false }], ffmpeg, log: silentLogger, graceMs: 0 });
  const server = await serveGateway(gateway);
  const keeper = warm ? await viewer(server.url('c')) : undefined;
  if (keeper) await waitFor(() => keeper.got.filter((g) => g.kind === 'binary').length > 2, 15_000, 'warm camera');
  const times: number[] = [];
  for (let i = 0; i < trials; i++) {
    if (!warm) await waitFor(() => gateway.processCount() === 0, 10_000, 'camera stopped');
    const t0 = performance.now();
    const v = await viewer(server.url('c'));
    await waitFor(() => v.got.filter((g) => g.kind === 'binary').length >= 2, 15_000, 'first fragment');
    times.push(performance.now() - t0);
    v.close();
    await sleep(warm ? 100 : 300);
  }
  keeper?.close();
  await gateway.close();
  await server.close();
  return { warm, trials, p50Ms: Math.round(percentile(times, 50)), p95Ms: Math.round(percentile(times, 95)), maxMs: Math.round(Math.max(...times)) };
}

type Outage = 'killed' | 'stalled';

/**
 * Seconds until the gateway says offline after the upstream fails, and live after it returns, with the
 * ffmpeg processes left over: `killed` stops the RTSP server and starts a new one on the same port;
 * `stalled` freezes it (SIGSTOP: sockets stay open, nothing is sent) and resumes it (SIGCONT).
 */
async function recovery(size: string, outage: Outage, trials: number) {
  const results: { offlineAfterS: number; liveAgainAfterS: number; ffmpegProcesses: number }[] = [];
  let rtsp = await startRtspServer(['/cam'], undefined, { RTSP_SIZE: size });
  const port = rtsp.port;
  const gateway = createCameraGateway({ cameras: [{ id: 'c', name: 'C', url: rtsp.url('/cam'), pinned: true }], ffmpeg, log: silentLogger });
  const state = () => gateway.health()[0]!.state;
  for (let i = 0; i < trials; i++) {
    await waitFor(() => state() === 'live', 20_000, 'live');
    await sleep(2000);
    let t0 = performance.now();
    if (outage === 'killed') await rtsp.stop();
    else rtsp.child.kill('SIGSTOP');
    await waitFor(() => state() === 'offline', 30_000, 'offline');
    const offlineAfterS = (performance.now() - t0) / 1000;
    // Long enough for the watchdog and the backoff to have restarted ffmpeg several times.
    await sleep(4000);
    if (outage === 'killed') rtsp = await startRtspServer(['/cam'], port, { RTSP_SIZE: size });
    else rtsp.child.kill('SIGCONT');
    t0 = performance.now();
    await waitFor(() => state() === 'live', 30_000, 'live again');
    const liveAgainAfterS = (performance.now() - t0) / 1000;
    results.push({ offlineAfterS: +offlineAfterS.toFixed(2), liveAgainAfterS: +liveAgainAfterS.toFixed(2), ffmpegProcesses: ffmpegChildren() });
  }
  await gateway.close();
  await rtsp.stop();
  return { outage, trials: results, ffmpegProcessesAfterClose: ffmpegChildren() };
}

async function cpuComparison() {
  const sizes = (process.env.BENCH_SIZES ?? '640x360,1280x720').split(',');
  const counts = (process.env.BENCH_STREAMS ?? '1,4,8,16').split(',').map(Number);
  const variants = (process.env.BENCH_VARIANTS ?? 'ours,ours-coalesced,bare-remux,bare-remux-per-frame,node-rtsp-stream').split(',') as Variant[];
  const cpu: Record<string, { measuredAt: string; measureSeconds: number; rows: unknown[]; serverDeaths: { variant: Variant; streams: number; stderr: string }[] }> = {};
  for (const size of sizes) {
    const start = () => startRtspServer(['/cam'], undefined, { RTSP_SIZE: size, RTSP_PATTERN: 'smpte', RTSP_KBPS: size === '1280x720' ? '2500' : '1000' });
    let rtsp = await start();
    const serverDeaths: { variant: Variant; streams: number; stderr: string }[] = [];
    cpu[size] = { measuredAt: new Date().toISOString(), measureSeconds: MEASURE_MS / 1000, rows: [], serverDeaths };
    for (const n of counts) {
      for (const v of variants) {
        // A measurement is only kept if the camera served throughout: a server that died midway
        // leaves every later variant measuring idle processes (it happened once at 720p).
        for (let attempt = 1; ; attempt++) {
          const result = await cpuPerStream(rtsp, v, n);
          if (rtsp.alive()) {
            cpu[size]!.rows.push(result);
            break;
          }
          serverDeaths.push({ variant: v, streams: n, stderr: rtsp.stderrTail() });
          if (attempt === 2) throw new Error(`the RTSP server died twice during ${v} x${n} at ${size}:\n${rtsp.stderrTail()}`);
          rtsp = await start();
        }
      }
    }
    await rtsp.stop();
  }
  return { cpuPerStream: cpu };
}

async function firstFragments() {
  const rtsp = await startRtspServer(['/cam'], undefined, { RTSP_SIZE: '640x360' });
  const ttff = [await timeToFirstFragment(rtsp, true, 20), await timeToFirstFragment(rtsp, false, 10)];
  await rtsp.stop();
  return { timeToFirstFragment: { measuredAt: new Date().toISOString(), runs: ttff } };
}

const recoveries = async () => ({ recovery: { measuredAt: new Date().toISOString(), runs: [await recovery('640x360', 'killed', 3), await recovery('640x360', 'stalled', 3)] } });

const RESULTS = 'bench/results/camera.json';

/**
 * What an earlier run measured and this one did not (another part, another picture size), so a run of
 * one part does not throw the others' numbers away; each part and size carries its own date.
 */
function earlier(): Record<string, Record<string, unknown>> {
  if (!existsSync(RESULTS)) return {};
  const old = JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, Record<string, unknown> | undefined>;
  const dated = (v: unknown) => !!v && typeof v === 'object' && 'measuredAt' in v;
  const keep: Record<string, Record<string, unknown>> = {};
  for (const key of ['timeToFirstFragment', 'recovery']) if (dated(old[key])) keep[key] = old[key]!;
  // Sizes from before they were dated are left to git history: there is no date to carry.
  const sizes = Object.entries(old.cpuPerStream ?? {}).filter(([, v]) => dated(v));
  if (sizes.length) keep.cpuPerStream = Object.fromEntries(sizes);
  return keep;
}

/** BENCH_CAMERA_PARTS picks parts (cpu, first-fragment, recovery); all by default. */
const parts: Record<string, () => Promise<object>> = { cpu: cpuComparison, 'first-fragment': firstFragments, recovery: recoveries };

export async function run() {
  const wanted = (process.env.BENCH_CAMERA_PARTS ?? Object.keys(parts).join(',')).split(',');
  const unknown = wanted.filter((p) => !parts[p]);
  if (unknown.length) throw new Error(`unknown BENCH_CAMERA_PARTS ${unknown.join(', ')}; known: ${Object.keys(parts).join(', ')}`);
  const results: Record<string, Record<string, unknown>> = earlier();
  for (const p of wanted) {
    for (const [key, part] of Object.entries(await parts[p]!())) results[key] = key === 'cpuPerStream' ? { ...results[key], ...part } : part;
  }
  return {
    machine: 'the project machine (2 cores); RTSP server, gateway and ffmpeg share it',
    ...results,
    targets: {
      cpu: 'ours <= 1/10 of node-rtsp-stream at 720p and <= 1.5x the bare remux (reported against both bare remuxes)',
      timeToFirstFrame: 'warm p95 < 300 ms, cold p95 < 1.8 s (here: first fragment at the viewer socket, before decode)',
      recovery: 'offline within 6 s, live within 3 s of the upstream return, no zombie ffmpeg (one ffmpeg while live, none after close)',
    },
  };
}
