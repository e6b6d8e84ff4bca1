import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer as createNetServer } from 'node:net';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { WebSocket, WebSocketServer } from 'ws';
import type { StreamMessage } from '../../common/camera/stream-protocol.js';
import type { StreamVariant } from '../../common/index.js';
import type { CameraGateway } from '../../main/host/camera/gateway.js';
import { videoSizeOf } from '../../main/host/camera/mp4-boxes.js';

export const PYTHON = '/usr/bin/python3';

/** Whether Debian's GStreamer RTSP server can run here (CI installs it; see .ci/run). */
export function gstreamerAvailable(): boolean {
  const r = spawnSync(PYTHON, ['-c', "import gi; gi.require_version('GstRtspServer', '1.0'); from gi.repository import GstRtspServer"], { timeout: 10_000 });
  return r.status === 0;
}

/** Whether the GStreamer element is installed (x265enc comes with gstreamer1.0-plugins-bad). */
export function gstElementAvailable(name: string): boolean {
  const r = spawnSync(PYTHON, ['-c', `import gi; gi.require_version('Gst', '1.0'); from gi.repository import Gst; Gst.init(None); import sys; sys.exit(0 if Gst.ElementFactory.find('${name}') else 1)`], { timeout: 10_000 });
  return r.status === 0;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createNetServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export interface RtspServer {
  port: number;
  url(path: string): string;
  child: ChildProcess;
  /** Still running: not exited, not killed. */
  alive(): boolean;
  /** The end of what it wrote to stderr, for a report of why it died. */
  stderrTail(): string;
  stop(): Promise<void>;
}

/** Starts test/fixtures/rtsp-server.py: a real RTSP server with H.264 test patterns. */
export async function startRtspServer(paths: string[], port?: number, env: Record<string, string> = {}): Promise<RtspServer> {
  const p = port ?? (await freePort());
  const child = spawn(PYTHON, ['test/fixtures/rtsp-server.py', String(p), ...paths], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`RTSP server not ready: ${stderr}`)), 15_000);
    child.once('exit', (code) => reject(new Error(`RTSP server exited ${code}: ${stderr}`)));
    createInterface({ input: child.stdout! }).on('line', (l) => {
      if (l === 'ready') {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return {
    port: p,
    url: (path) => `rtsp://127.0.0.1:${p}${path}`,
    child,
    alive: () => child.exitCode === null && child.signalCode === null,
    stderrTail: () => stderr.slice(-2000),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}

/** A tiny server that routes /streams/<id>?variant= to the gateway, as the host does. */
export async function serveGateway(
  gateway: CameraGateway,
): Promise<{
  url(cameraId: string, variant?: StreamVariant): string;
  /** The shared socket of a window: every camera on one connection. */
  muxUrl: string;
  /** The gateway's side of each viewer, in connection order. */
  sockets: WebSocket[];
  close(): Promise<void>;
}> {
  const server: Server = createServer();
  const wss = new WebSocketServer({ server });
  const sockets: WebSocket[] = [];
  wss.on('connection', (ws, req) => {
    sockets.push(ws);
    const url = new URL(req.url!, 'http://localhost');
    if (url.pathname === '/streams') gateway.handleMux(ws);
    else gateway.handleViewer(decodeURIComponent(url.pathname.replace(/^\/streams\//, '')), ws, (url.searchParams.get('variant') ?? 'main') as StreamVariant);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: (id, variant) => `ws://127.0.0.1:${port}/streams/${encodeURIComponent(id)}${variant ? `?variant=${variant}` : ''}`,
    muxUrl: `ws://127.0.0.1:${port}/streams`,
    sockets,
    close: () =>
      new Promise((r) => {
        for (const c of wss.clients) c.terminate();
        wss.close();
        server.close(() => r());
      }),
  };
}

export type Received = { kind: 'message'; msg: StreamMessage } | { kind: 'binary'; data: Buffer; at: number };

/** A viewer that records everything it receives. */
export async function viewer(url: string): Promise<{ ws: WebSocket; got: Received[]; close(): void }> {
  const ws = new WebSocket(url);
  const got: Received[] = [];
  ws.on('message', (data, isBinary) => {
    if (isBinary) got.push({ kind: 'binary', data: data as Buffer, at: Date.now() });
    else got.push({ kind: 'message', msg: JSON.parse(data.toString()) as StreamMessage });
  });
  await new Promise((r, j) => {
    ws.once('open', r);
    ws.once('error', j);
  });
  return { ws, got, close: () => ws.close() };
}

export async function waitFor(pred: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!pred()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Child processes of this test process whose command is ffmpeg. */
export function ffmpegChildren(): number {
  const r = spawnSync('ps', ['-o', 'comm=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  return r.stdout.split('\n').filter((c) => c.trim() === 'ffmpeg').length;
}

/** What the ffmpeg children of this test process pull: the argument after each one's -i, sorted. */
export function ffmpegInputs(): string[] {
  const r = spawnSync('ps', ['-o', 'comm=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  return r.stdout
    .split('\n')
    .filter((l) => l.trim().startsWith('ffmpeg '))
    .map((l) => /\s-i\s(\S+)/.exec(l)?.[1] ?? '')
    .sort();
}

/** The picture size an fMP4 init segment (ftyp, then moov) announces. */
export function initSize(segment: Buffer): { width: number; height: number } | undefined {
  const moov = segment.subarray(segment.readUInt32BE(0));
  return videoSizeOf(moov);
}
