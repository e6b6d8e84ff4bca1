import type { Config, Layout, Wall } from '../../common/index.js';
import type { Logger } from './log.js';
import type { Store } from './store/store.js';

/** Only overrides that still name a camera tile of the layout and a configured camera stay: the others would show an error. */
function liveOverrides(overrides: Wall['cameraOverrides'], layout: Layout | undefined, cameraIds: ReadonlySet<string>): Wall['cameraOverrides'] {
  const cameraTiles = new Set(layout?.tiles.filter((t) => t.kind === 'camera').map((t) => t.id));
  return Object.fromEntries(Object.entries(overrides).filter(([tileId, cameraId]) => cameraTiles.has(tileId) && cameraIds.has(cameraId)));
}

/**
 * Makes the store match the configuration file. Walls keep the layout an operator switched them to
 * (the file's `layout` is only the initial one) as long as it still exists, and the cameras pushed
 * onto that layout's tiles.
 */
export function syncConfig(store: Store, config: Config, now: number, log: Logger): void {
  store.db.transaction(() => {
    // Cameras added through the API are the database's own: the file neither lists nor removes them.
    const cameraIds = new Set([...config.cameras, ...store.apiCameras.list().map((c) => c.camera)].map((c) => c.id));
    const wanted = new Set(config.walls.map((w) => w.id));
    for (const old of store.walls.list()) if (!wanted.has(old.id)) store.walls.remove(old.id);
    for (const wall of config.walls) {
      const stored = store.walls.get(wall.id);
      const keep = stored && stored.layout !== wall.layout && store.layouts.get(stored.layout);
      const layoutId = keep ? stored.layout : wall.layout;
      const overrides = stored?.layout === layoutId ? stored.cameraOverrides : wall.cameraOverrides;
      const layout = store.layouts.get(layoutId);
      store.walls.put({ ...wall, layout: layoutId, cameraOverrides: liveOverrides(overrides, layout, cameraIds) }, now);
      if (!layout) log.error('wall layout not found', { wall: wall.id, layout: wall.layout });
    }
    const fileCameraIds = new Set(config.cameras.map((c) => c.id));
    for (const old of store.cameras.list()) if (!fileCameraIds.has(old.id)) store.cameras.remove(old.id);
    for (const camera of config.cameras) store.cameras.put(camera, now);
    // Likewise connector instances added through the API; an id the file also names becomes the file's.
    const connectorIds = new Set(config.connectors.map((c) => c.id));
    for (const old of store.connectors.entries()) {
      if (old.source === 'config' && !connectorIds.has(old.instance.id)) store.connectors.remove(old.instance.id);
    }
    for (const instance of config.connectors) store.connectors.put(instance, now, 'config');
  })();
}
