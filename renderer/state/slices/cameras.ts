import type { StateCreator } from 'zustand/vanilla';
import type { CameraHealth, PublicCamera, StreamVariant } from '../../../common/index.js';
import type { AppState } from '../app-state.js';

/** The health of a camera's streams: its main stream, and its sub stream when it has one of its own. */
export type CameraStreamsHealth = Partial<Record<StreamVariant, CameraHealth>>;

export interface CamerasSlice {
  cameras: Record<string, PublicCamera>;
  cameraHealth: Record<string, CameraStreamsHealth>;
  setCameras(list: readonly PublicCamera[]): void;
  setCameraHealth(list: readonly CameraHealth[]): void;
  upsertCameraHealth(health: CameraHealth): void;
}

export const camerasInitial = (): Pick<CamerasSlice, 'cameras' | 'cameraHealth'> => ({ cameras: {}, cameraHealth: {} });

export const createCamerasSlice: StateCreator<AppState, [], [], CamerasSlice> = (set) => ({
  ...camerasInitial(),
  setCameras: (list) => set({ cameras: Object.fromEntries(list.map((c) => [c.id, c])) }),
  setCameraHealth: (list) => {
    const byCamera: Record<string, CameraStreamsHealth> = {};
    for (const h of list) byCamera[h.cameraId] = { ...byCamera[h.cameraId], [h.variant]: h };
    set({ cameraHealth: byCamera });
  },
  upsertCameraHealth: (health) =>
    set((s) => ({ cameraHealth: { ...s.cameraHealth, [health.cameraId]: { ...s.cameraHealth[health.cameraId], [health.variant]: health } } })),
});
