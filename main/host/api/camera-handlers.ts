import type { Camera } from '../../../common/index.js';
import { publicCamera, registeredCameras, streamSource, type RegisteredCamera } from '../camera/registry.js';
import type { ApiCamera } from '../store/api-cameras-repo.js';
import { ApiFailure } from './api-failure.js';
import type { HandlerDeps } from './handlers.js';
import type { Handlers } from './service.js';

type CameraMethods = 'cameras.list' | 'cameras.add' | 'cameras.update' | 'cameras.remove' | 'cameras.test';

/** The camera registry: the configuration file's cameras read-only, the API's own kept in SQLite. */
export function createCameraHandlers(d: HandlerDeps): Pick<Handlers, CameraMethods> {
  const { store, bus, now } = d;
  const where = d.configFile ? `the configuration file ${d.configFile}` : 'the configuration file';
  const find = (id: string): RegisteredCamera => {
    const found = registeredCameras(store).find((c) => c.camera.id === id);
    if (!found) throw new ApiFailure('not_found', `camera "${id}" does not exist`);
    return found;
  };
  const editable = (id: string): RegisteredCamera => {
    const found = find(id);
    if (found.source === 'config') throw new ApiFailure('conflict', `camera "${id}" comes from ${where}; change it there`);
    return found;
  };
  const changed = () => {
    const all = registeredCameras(store);
    d.onCamerasChanged?.(all.map(streamSource));
    bus.publish('cameras.changed', all.map(publicCamera));
  };
  const save = (entry: ApiCamera) => {
    store.apiCameras.put(entry, now());
    changed();
    return publicCamera({ ...entry, source: 'api' });
  };
  /** An area as typed, trimmed; a blank one is no area, so a camera leaves its group by clearing the field. */
  const withArea = (camera: Camera): Camera => {
    const { group, ...rest } = camera;
    const area = group?.trim();
    return area ? { ...rest, group: area } : rest;
  };
  /** Credentials as given: an empty string clears, absence keeps what is stored. */
  const credentials = (given: { username?: string | undefined; password?: string | undefined }, stored: ApiCamera | undefined) => {
    const username = given.username ?? stored?.username;
    const password = given.password ?? stored?.password;
    return { ...(username ? { username } : {}), ...(password ? { password } : {}) };
  };

  return {
    'cameras.list': () => registeredCameras(store).map(publicCamera),
    'cameras.add': ({ camera: { username, password, ...camera } }) => {
      if (registeredCameras(store).some((c) => c.camera.id === camera.id)) {
        throw new ApiFailure('conflict', `camera "${camera.id}" already exists; choose another id`);
      }
      return save({ camera: withArea(camera), ...credentials({ username, password }, undefined) });
    },
    'cameras.update': ({ id, patch: { username, password, subUrl, ...patch } }) => {
      const stored = editable(id);
      const { subUrl: storedSubUrl, ...before } = stored.camera;
      const kept = subUrl === undefined ? storedSubUrl : subUrl || undefined;
      const camera: Camera = { ...before, ...patch, ...(kept ? { subUrl: kept } : {}), id };
      return save({ camera: withArea(camera), ...credentials({ username, password }, stored) });
    },
    'cameras.remove': ({ id }) => {
      editable(id);
      store.apiCameras.remove(id);
      changed();
      return { id };
    },
    'cameras.test': async ({ url, id, variant, username, password }) => {
      const stored = id === undefined ? undefined : find(id);
      // The input's refinement guarantees one of the two.
      const source = url ?? (variant === 'sub' ? stored!.camera.subUrl : stored!.camera.url);
      if (source === undefined) throw new ApiFailure('not_found', `camera "${id}" has no sub stream`);
      const camera: Camera = { id: id ?? 'test', name: stored?.camera.name ?? 'test', pinned: false, ...stored?.camera, url: source };
      if (!d.testCamera) return { ok: false, error: 'camera streaming disabled: no usable ffmpeg' };
      const { url: withCredentials } = streamSource({ camera, source: 'api', ...credentials({ username, password }, stored) });
      return d.testCamera({ url: withCredentials, variant });
    },
  };
}
