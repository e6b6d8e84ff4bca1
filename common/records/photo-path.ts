/**
 * A record's photo through the host: `GET /records/<kind>/<id>/photo?token=…` fetches the `mediaUrl` the record
 * was stored with, behind the same credentials as the API. Walls may only load pictures from the host (CSP).
 */
export function recordPhotoPath(kind: string, id: string): string {
  return `/records/${encodeURIComponent(kind)}/${encodeURIComponent(id)}/photo`;
}

/** The kind and id of a photo path, still percent-encoded; undefined for any other path. */
export function recordPhotoPathParts(pathname: string): { kind: string; id: string } | undefined {
  const m = /^\/records\/([^/]+)\/([^/]+)\/photo$/.exec(pathname);
  return m ? { kind: m[1]!, id: m[2]! } : undefined;
}
