/**
 * Camera snapshots over HTTP: `GET /snapshots/<cameraId>.jpg?token=…` answers a small JPEG of the
 * camera with the time it was taken, behind the same credentials as the API and the streams.
 */
export function snapshotPath(cameraId: string): string {
  return `/snapshots/${encodeURIComponent(cameraId)}.jpg`;
}

/** The camera id of a snapshot path, still percent-encoded; undefined for any other path. */
export function snapshotPathCamera(pathname: string): string | undefined {
  return /^\/snapshots\/([^/]+)\.jpg$/.exec(pathname)?.[1];
}

/** Where a snapshot came from: a running stream's latest keyframe, or a frame pulled from the camera for it. */
export type SnapshotOrigin = 'stream' | 'camera';

/** Response headers of a snapshot, readable by the console's pages (CORS exposes them to Electron windows). */
export const SNAPSHOT_HEADERS = {
  /** When the picture was taken, ISO 8601 with milliseconds. */
  takenAt: 'x-snapshot-taken-at',
  /** `stream` or `camera`. */
  origin: 'x-snapshot-origin',
  /** Present on an older picture: why a newer one could not be taken (credentials cut out). */
  error: 'x-snapshot-error',
} as const;
