import type { Config } from '../../common/index.js';
import type { Logger } from './log.js';
import type { Store } from './store/store.js';

/**
 * Makes the store match the configuration file. Walls keep the layout an operator switched them to
 * (the file's `layout` is only the initial one) as long as it still exists.
 */
export function syncConfig(store: Store, config: Config, now: number, log: Logger): void {
  store.db.transaction(() => {
    const wanted = new Set(config.walls.map((w) => w.id));
    for (const old of store.walls.list()) if (!wanted.has(old.id)) store.walls.remove(old.id);
    for (const wall of config.walls) {
      const stored = store.walls.get(wall.id);
      const keep = stored && stored.layout !== wall.layout && store.layouts.get(stored.layout);
      store.walls.put({ ...wall, layout: keep ? stored.layout : wall.layout }, now);
      if (!store.layouts.get(keep ? stored.layout : wall.layout)) {
        log.error('wall layout not found', { wall: wall.id, layout: wall.layout });
      }
    }
    const cameraIds = new Set(config.cameras.map((c) => c.id));
    for (const old of store.cameras.list()) if (!cameraIds.has(old.id)) store.cameras.remove(old.id);
    for (const camera of config.cameras) store.cameras.put(camera, now);
    const connectorIds = new Set(config.connectors.map((c) => c.id));
    for (const old of store.connectors.list()) if (!connectorIds.has(old.id)) store.connectors.remove(old.id);
    for (const instance of config.connectors) store.connectors.put(instance, now);
  })();
}
