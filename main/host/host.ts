import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DAY, HOUR, displayId, wallCameraSlots, warmVariants, type CameraHealth, type CameraSlot, type CameraTestResult } from '../../common/index.js';
import { connectorTypes, getConnectorType } from '../../connectors/index.js';
import { createHandlers } from './api/handlers.js';
import { createApiService } from './api/service.js';
import { createBus } from './bus.js';
import type { Caller } from './caller.js';
import { findFfmpeg } from './camera/find-ffmpeg.js';
import { createCameraGateway, type CameraGateway } from './camera/gateway.js';
import { keyframeJpeg } from './camera/keyframe-jpeg.js';
import { pullKeyframe } from './camera/pull-keyframe.js';
import { registeredCameras, streamSource } from './camera/registry.js';
import { createSnapshotService, type SnapshotDeps, type SnapshotService } from './camera/snapshots.js';
import { testCamera, type TestSource } from './camera/test-camera.js';
import { createConnectorRuntime } from './connectors/runtime.js';
import type { DisplayLink, Host, HostOptions } from './host-types.js';
import { loadLayouts } from './layouts/load-layouts.js';
import { createLogger, type Logger } from './log.js';
import { packageRoot } from './package-root.js';
import { loadOrCreateSecretKey } from './secret-key.js';
import { serveApiSocket } from './server/api-socket.js';
import { createHttpServer } from './server/http-server.js';
import { createRecordPhotos } from './server/record-photos.js';
import { createStore } from './store/store.js';
import { syncConfig } from './sync-config.js';

export interface CreateHostExtras {
  log?: Logger;
  now?: () => number;
  /** Built-in layouts folder; defaults to the package's layouts/. */
  builtinLayoutsDir?: string;
  /** ws://... origin the stream sockets use, when pages are not served by this host (Electron). */
  streamOrigin?: boolean;
  /** Snapshot cache and limits (snapshots.ts); tests shorten them. */
  snapshots?: Pick<SnapshotDeps, 'maxAgeMs' | 'retryAfterMs' | 'maxConcurrent' | 'streamWaitMs'>;
}

/** The composition root of the host: the same for `ioc-wall serve` and for the Electron main process. */
export async function createHost(opts: HostOptions, extras: CreateHostExtras = {}): Promise<Host> {
  const log = extras.log ?? createLogger({ component: 'host' });
  const now = extras.now ?? Date.now;
  const { config } = opts;
  mkdirSync(opts.dataDir, { recursive: true, mode: 0o700 });
  const store = createStore({ file: join(opts.dataDir, 'ioc-wall.sqlite'), secretKey: loadOrCreateSecretKey(opts.dataDir), now });
  const bus = createBus((err, topic) => log.error('event listener failed', { topic, error: String(err) }));

  const layoutDirs = [extras.builtinLayoutsDir ?? join(packageRoot(), 'layouts'), ...config.layoutDirs.map((d) => resolve(opts.configDir, d))];
  const { layouts, problems } = await loadLayouts(layoutDirs);
  for (const p of problems) log.error('layout file rejected; the last good version stays in use', { file: p.file, problem: p.message });
  for (const layout of layouts) store.layouts.importFromFile(layout, now());
  syncConfig(store, config, now(), log);

  /** Every camera picture of every wall as it shows now, for the streams pinned cameras keep warm. */
  const wallSlots = (): CameraSlot[] =>
    store.walls.list().flatMap((wall) => {
      const layout = store.layouts.get(wall.layout);
      return layout ? wallCameraSlots(wall, layout) : [];
    });

  let gateway: CameraGateway | undefined;
  let snapshots: SnapshotService | undefined;
  let testSource: ((source: TestSource) => Promise<CameraTestResult>) | undefined;
  try {
    const ffmpeg = findFfmpeg(config.ffmpegPath);
    log.info('ffmpeg found', { path: ffmpeg.path, version: ffmpeg.version, source: ffmpeg.source });
    testSource = (source) => testCamera(source, ffmpeg);
    gateway = createCameraGateway({
      cameras: registeredCameras(store).map(streamSource),
      ffmpeg,
      log: log.child({ component: 'camera' }),
      onHealth: (h) => bus.publish('camera.health', h),
      warmVariants: (camera) => warmVariants(camera.id, wallSlots()),
      fragmentMs: config.cameraFragmentMs,
    });
    snapshots = createSnapshotService({
      streams: gateway,
      // Shorter than a test from the console: a thumbnail of a dead camera must not hold a place long.
      pull: (source) => pullKeyframe(source, ffmpeg, {}, 6000),
      toJpeg: (keyframe) => keyframeJpeg(ffmpeg, keyframe),
      ...extras.snapshots,
    });
    const rewarm = () => gateway?.refreshWarm();
    bus.subscribe('wall.changed', rewarm);
    bus.subscribe('layout.changed', rewarm);
  } catch (err) {
    log.error('camera streaming disabled: no usable ffmpeg', { error: (err as Error).message });
  }
  const cameraHealth = (): CameraHealth[] =>
    gateway?.health() ??
    registeredCameras(store).map(({ camera: c }) => ({ cameraId: c.id, variant: 'main', state: 'offline', viewers: 0, fps: 0, bitrateKbps: 0, restarts: 0, lastError: 'no ffmpeg' }));

  let origin = '';
  const streamTokenFor = (caller: Caller) => store.credentials.ensure(caller);
  const runtime = createConnectorRuntime({ store, bus, log: log.child({ component: 'connectors' }), now, resolveType: getConnectorType });
  const handlers = createHandlers({
    store,
    bus,
    config,
    now,
    cameraHealth,
    streamTokenFor,
    ...(opts.configFile ? { configFile: opts.configFile } : {}),
    onCamerasChanged: (sources) => gateway?.setCameras(sources),
    ...(testSource ? { testCamera: testSource } : {}),
    connectorTypes,
    runtime,
    get streamOrigin() {
      return extras.streamOrigin ? origin.replace(/^http/, 'ws') : undefined;
    },
  });
  const service = createApiService({ handlers, audit: store.audit, log: log.child({ component: 'api' }), now });

  const hostApi: Pick<Host, 'call' | 'subscribe'> = { call: service.call, subscribe: bus.subscribe };
  const photos = createRecordPhotos({
    record: (kind, id) => store.records.get(kind, id),
    caFor: (kind, id) => {
      const source = store.records.sourceOf(kind, id);
      return source === undefined ? undefined : runtime.sourceCa(source);
    },
    now,
    log: log.child({ component: 'photos' }),
  });
  const server = createHttpServer({
    ...(opts.rendererDir ? { rendererDir: opts.rendererDir } : {}),
    resolveToken: (t) => store.credentials.resolve(t),
    onApiSocket: (ws, caller) => serveApiSocket(ws, caller, hostApi, log.child({ component: 'api-socket' })),
    onStreamSocket: (ws, cameraId, variant) => {
      if (gateway) gateway.handleViewer(cameraId, ws, variant);
      else ws.close(4503, 'camera streaming disabled: no usable ffmpeg');
    },
    onStreamMuxSocket: (ws) => {
      if (gateway) gateway.handleMux(ws);
      else ws.close(4503, 'camera streaming disabled: no usable ffmpeg');
    },
    ...(snapshots ? { snapshot: snapshots.get } : {}),
    recordPhoto: photos.get,
    log,
  });
  origin = await server.listen(opts.port ?? config.server.port, opts.host ?? config.server.host);

  for (const instance of store.connectors.list()) await runtime.start(instance);

  const retention = () => {
    const t = now();
    const samples = store.samples.deleteBefore(t - config.retention.sampleDays * DAY);
    const alerts = store.alerts.deleteResolvedBefore(t - config.retention.alertDays * DAY);
    const audit = store.audit.deleteBefore(t - config.retention.auditDays * DAY);
    if (samples || alerts || audit) log.info('retention applied', { samples, alerts, audit });
  };
  retention();
  const retentionTimer = setInterval(retention, HOUR);
  retentionTimer.unref();

  const link = (query: Record<string, string>, caller: Caller) =>
    `${origin}/?${new URLSearchParams({ ...query, token: store.credentials.ensure(caller) }).toString()}`;

  return {
    config,
    get origin() {
      return origin;
    },
    call: service.call,
    subscribe: bus.subscribe,
    displayLinks(): DisplayLink[] {
      return store.walls.list().flatMap((wall) => {
        const links: DisplayLink[] = [];
        for (let row = 0; row < wall.rows; row++) {
          for (let col = 0; col < wall.cols; col++) {
            const id = displayId(row, col);
            const caller: Caller = { role: 'viewer', label: `display ${wall.id}/${id}`, wallId: wall.id, displayId: id };
            links.push({ wallId: wall.id, displayId: id, url: link({ view: 'wall', wall: wall.id, display: id }, caller) });
          }
        }
        return links;
      });
    },
    consoleUrl: () => link({ view: 'console' }, { role: 'supervisor', label: 'console' }),
    adminConsoleUrl: () => link({ view: 'console' }, { role: 'admin', label: 'admin console' }),
    issueStreamToken: streamTokenFor,
    cameraHealth,
    async close() {
      clearInterval(retentionTimer);
      await runtime.close();
      await gateway?.close();
      await server.close();
      store.close();
    },
  };
}
