import { useCallback, useSyncExternalStore } from 'react';
import { useApp } from '../../state/AppContext.js';
import { createSnapshotStore, type SnapshotView } from './snapshot-store.js';
import { snapshotUrl } from './snapshot-url.js';

/** One store per page: the camera list and the wall miniature share each camera's picture and its requests. */
const store = createSnapshotStore();
const NONE: SnapshotView = { state: 'loading' };

/**
 * A camera's snapshot, loaded and refreshed about every minute while `watch` is true (its row is on
 * screen); otherwise the picture it last had, with no request.
 */
export function useSnapshot(cameraId: string, watch = true): SnapshotView {
  const streamToken = useApp((s) => s.session?.streamToken);
  const streamOrigin = useApp((s) => s.session?.streamOrigin);
  const url = streamToken ? snapshotUrl(cameraId, { streamToken, streamOrigin }, location) : undefined;
  const subscribe = useCallback((listener: () => void) => (url && watch ? store.subscribe(url, listener) : () => {}), [url, watch]);
  return useSyncExternalStore(subscribe, () => (url ? store.get(url) : NONE));
}
