import type { CameraHealth, Config } from '../../../common/index.js';
import { redactUrl } from '../../../common/index.js';
import type { Bus } from '../bus.js';
import type { Caller } from '../caller.js';
import type { Store } from '../store/store.js';
import { ApiFailure } from './api-failure.js';
import type { Handlers } from './service.js';

export interface HandlerDeps {
  store: Store;
  bus: Bus;
  config: Config;
  now: () => number;
  cameraHealth: () => CameraHealth[];
  streamTokenFor: (caller: Caller) => string;
  streamOrigin?: string;
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
      const wall = store.walls.get(wallId);
      if (!wall) throw notFound('wall', wallId);
      if (!store.layouts.get(layoutId)) throw notFound('layout', layoutId);
      const next = { ...wall, layout: layoutId };
      store.walls.put(next, now());
      bus.publish('wall.changed', next);
      return next;
    },
    'layouts.list': () => store.layouts.list(),
    'layouts.get': ({ id }) => store.layouts.get(id) ?? (() => { throw notFound('layout', id); })(),
    'layouts.save': ({ layout }, caller) => {
      store.layouts.save(layout, caller.label, now());
      bus.publish('layout.changed', layout);
      return layout;
    },
    'cameras.list': () => store.cameras.list().map((c) => ({ ...c, url: redactUrl(c.url) })),
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
    'connectors.list': () =>
      store.connectors.list().map((instance) => ({
        instance: { id: instance.id, type: instance.type, enabled: instance.enabled, ...(instance.name ? { name: instance.name } : {}) },
        health: store.connectorHealth.get(instance.id) ?? {
          instanceId: instance.id,
          type: instance.type,
          state: instance.enabled ? 'starting' : 'stopped',
          message: '',
          updatedAt: now(),
        },
      })),
    'audit.list': ({ limit }) => store.audit.latest(limit),
  };
}
