import type { PublicCamera } from '../../../common/index.js';

export interface CameraGroup<C> {
  /** The area as first written among its cameras; undefined for the cameras without one. */
  name: string | undefined;
  /** Stable across renders and spellings: the area in lower case, '' for the cameras without one. */
  key: string;
  cameras: C[];
  /** How many of them are live. */
  live: number;
}

/** An area as an operator meant it: spaces around or doubled are typing, not another area. */
function areaOf(group: string | undefined): string | undefined {
  const name = group?.trim().replace(/\s+/g, ' ');
  return name ? name : undefined;
}

const byName = (a: string, b: string) => a.localeCompare(b, 'vi');

/**
 * The console's camera list by area: areas in alphabetical order, the cameras without one last,
 * each camera by name. "Giao thông" and "giao thông" are one area; "Chợ" and "Chó" are two (case
 * is folded, Vietnamese marks are not).
 */
export function groupCameras<C extends Pick<PublicCamera, 'name' | 'group'>>(cameras: readonly C[], isLive: (c: C) => boolean): CameraGroup<C>[] {
  const groups = new Map<string, CameraGroup<C>>();
  for (const c of [...cameras].sort((a, b) => byName(a.name, b.name))) {
    const name = areaOf(c.group);
    const key = name?.toLocaleLowerCase('vi') ?? '';
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { name, key, cameras: [], live: 0 }));
    g.cameras.push(c);
    if (isLive(c)) g.live++;
  }
  return [...groups.values()].sort((a, b) => (a.name === undefined ? 1 : b.name === undefined ? -1 : byName(a.name, b.name)));
}

/** The areas already in use, for the camera form's suggestions. */
export function cameraAreas(cameras: readonly Pick<PublicCamera, 'name' | 'group'>[]): string[] {
  return groupCameras(cameras, () => false).flatMap((g) => (g.name === undefined ? [] : [g.name]));
}
