import { redactUrl, type Camera, type PublicCamera } from '../../../common/index.js';
import type { ApiCamera } from '../store/api-cameras-repo.js';
import type { Store } from '../store/store.js';
import { withCredentials } from './with-credentials.js';

export interface RegisteredCamera extends ApiCamera {
  source: 'config' | 'api';
}

/**
 * Every camera: the configuration file's, then those added through the API. An API camera whose id
 * the file took later is hidden, so the file stays the authority it was.
 */
export function registeredCameras(store: Pick<Store, 'cameras' | 'apiCameras'>): RegisteredCamera[] {
  const fromFile = store.cameras.list().map((camera): RegisteredCamera => ({ camera, source: 'config' }));
  const ids = new Set(fromFile.map((c) => c.camera.id));
  const fromApi = store.apiCameras.list().filter((c) => !ids.has(c.camera.id)).map((c): RegisteredCamera => ({ ...c, source: 'api' }));
  return [...fromFile, ...fromApi];
}

/** What the API shows: URLs redacted, credentials reduced to whether there are any. */
export function publicCamera(c: RegisteredCamera): PublicCamera {
  const { camera } = c;
  return {
    ...camera,
    url: redactUrl(camera.url),
    ...(camera.subUrl ? { subUrl: redactUrl(camera.subUrl) } : {}),
    hasCredentials: Boolean(c.username || c.password) || /^rtsps?:\/\/[^/]*@/.test(camera.url),
    source: c.source,
  };
}

/** What the gateway's ffmpeg opens: credentials inserted into the URLs, in memory only. */
export function streamSource(c: RegisteredCamera): Camera {
  const { camera, username, password } = c;
  return {
    ...camera,
    url: withCredentials(camera.url, username, password),
    ...(camera.subUrl ? { subUrl: withCredentials(camera.subUrl, username, password) } : {}),
  };
}
