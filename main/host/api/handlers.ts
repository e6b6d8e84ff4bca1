import { maskRecordData, roleAllows, type Camera, type CameraHealth, type CameraTestResult, type Config, type Wall } from '../../../common/index.js';
import type { DefinedConnector } from '../../../connectors/sdk/types.js';
import type { Bus } from '../bus.js';
import type { Caller } from '../caller.js';
import type { TestSource } from '../camera/test-camera.js';
import type { ConnectorRuntime } from '../connectors/runtime.js';
import type { Store } from '../store/store.js';
import { ApiFailure } from './api-failure.js';
import { createCameraHandlers } from './camera-handlers.js';
import { createConnectorHandlers } from './connector-handlers.js';
import { recordSource } from './record-source.js';
import type { Handlers } from './service.js';

export interface HandlerDeps {
  store: Store;
  bus: Bus;
  config: Config;
  now: () => number;
  cameraHealth: () => CameraHealth[];
  streamTokenFor: (caller: Caller) => string;
  streamOrigin?: string;
  /** The configuration file, named when a change belongs there; absent for the embedded demo. */
  configFile?: string;
  /** Gets the full camera list, credentials inserted, after every change. */
  onCamerasChanged?: (sources: Camera[]) => void;
  /** Absent when the host has no usable ffmpeg. */
  testCamera?: (source: TestSource) => Promise<CameraTestResult>;
  /** The types an instance may be added with, by type id. */
  connectorTypes: Readonly<Record<string, DefinedConnector>>;
  runtime: Pick<ConnectorRuntime, 'start' | 'stop' | 'dryRun'>;
}

export function createHandlers(d: HandlerDeps): Handlers {
  const { store, bus, now } = d;
  const notFound = (what: string, id: string) => new ApiFailure('not_found', `${what} "${id}" does not exist`);
  const alertTransition = (id: string, status: 'acknowledged' | 'assigned' | 'resolved', caller: Caller, note: string, assignee?: string) => {
    const alert = store.alerts.transition(id, status, caller.label, note, now(), assignee);
    if (!alert) throw notFound('alert', id);
    bus.publish('alert.changed', alert);
    return alert;
  };
  const wallOf = (id: string) => store.walls.get(id) ?? (() => { throw notFound('wall', id); })();
  const publishWall = (wall: Wall) => {
    store.walls.put(wall, now());
    bus.publish('wall.changed', wall);
    return wall;
  };
  /** Overrides belong to a camera tile of the layout the wall shows now; any other tile id is an operator's mistake. */
  const requireCameraTile = (wall: Wall, tileId: string) => {
    const tile = store.layouts.get(wall.layout)?.tiles.find((t) => t.id === tileId);
    if (!tile) throw new ApiFailure('not_found', `tile "${tileId}" does not exist in layout "${wall.layout}" of wall "${wall.id}"`);
    if (tile.kind !== 'camera') throw new ApiFailure('not_found', `tile "${tileId}" of layout "${wall.layout}" is a ${tile.kind} tile, not a camera tile`);
  };

  return {
    'session.whoami': (_i, caller) => ({
      role: caller.role,
      label: caller.label,
      ...(caller.wallId ? { wallId: caller.wallId } : {}),
      ...(caller.displayId ? { displayId: caller.displayId } : {}),
      streamToken: d.streamTokenFor(caller),
      ...(d.streamOrigin ? { streamOrigin: d.streamOrigin } : {}),
      serverTime: now(),
    }),
    'walls.list': () => store.walls.list(),
    'walls.setLayout': ({ wallId, layoutId }) => {
      const wall = wallOf(wallId);
      if (!store.layouts.get(layoutId)) throw notFound('layout', layoutId);
      // Even the same layout again: choosing a layout means showing it as it was drawn.
      return publishWall({ ...wall, layout: layoutId, cameraOverrides: {} });
    },
    'walls.pushCamera': ({ wallId, tileId, cameraId }) => {
      const wall = wallOf(wallId);
      if (!store.cameras.get(cameraId) && !store.apiCameras.get(cameraId)) throw notFound('camera', cameraId);
      requireCameraTile(wall, tileId);
      return publishWall({ ...wall, cameraOverrides: { ...wall.cameraOverrides, [tileId]: cameraId } });
    },
    'walls.clearCamera': ({ wallId, tileId }) => {
      const wall = wallOf(wallId);
      const { [tileId]: cleared, ...rest } = wall.cameraOverrides;
      // A stale override (its tile edited out of the layout) may still be cleared.
      if (cleared === undefined) requireCameraTile(wall, tileId);
      return publishWall({ ...wall, cameraOverrides: rest });
    },
    'layouts.list': () => store.layouts.list(),
    'layouts.get': ({ id }) => store.layouts.get(id) ?? (() => { throw notFound('layout', id); })(),
    'layouts.save': ({ layout }, caller) => {
      store.layouts.save(layout, caller.label, now());
      bus.publish('layout.changed', layout);
      return layout;
    },
    ...createCameraHandlers(d),
    'cameras.health': () => d.cameraHealth(),
    'series.list': () => store.samples.listSeries(),
    'samples.query': ({ seriesIds, since, limitPerSeries }) => store.samples.query(seriesIds, since, limitPerSeries),
    'alerts.list': ({ statuses, minSeverity, limit }) => store.alerts.list(statuses, minSeverity, limit),
    'alerts.acknowledge': ({ id, note }, caller) => alertTransition(id, 'acknowledged', caller, note),
    'alerts.assign': ({ id, assignee, note }, caller) => alertTransition(id, 'assigned', caller, note, assignee),
    'alerts.resolve': ({ id, note }, caller) => alertTransition(id, 'resolved', caller, note),
    'alerts.history': ({ id }) => {
      if (!store.alerts.get(id)) throw notFound('alert', id);
      return store.alerts.history(id);
    },
    'records.list': ({ kind, limit, where, facets }, caller) => {
      const page = store.records.list({ kind, limit, now: now(), where });
      // Viewers are the wall displays, read in a room open to visitors: personal data stays with operators.
      const records = roleAllows(caller.role, 'operator') ? page.records : page.records.map((r) => ({ ...r, data: maskRecordData(r.data) }));
      return {
        ...page,
        records,
        all: store.records.count(kind),
        ...(facets ? { facets: store.records.facets(kind) } : {}),
        sources: store.records.sources(kind).map((id) => recordSource(store, id)),
      };
    },
    ...createConnectorHandlers(d),
    'audit.list': ({ limit }) => store.audit.latest(limit),
  };
}
