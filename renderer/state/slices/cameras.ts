import type { StateCreator } from 'zustand/vanilla';
import type { CameraHealth, PublicCamera } from '../../../common/index.js';
import type { AppState } from '../app-state.js';

export interface CamerasSlice {
  cameras: Record<string, PublicCamera>;
  cameraHealth: Record<string, CameraHealth>;
  setCameras(list: readonly PublicCamera[]): void;
  setCameraHealth(list: readonly CameraHealth[]): void;
  upsertCameraHealth(health: CameraHealth): void;
}

export const camerasInitial = (): Pick<CamerasSlice, 'cameras' | 'cameraHealth'> => ({ cameras: {}, cameraHealth: {} });

export const createCamerasSlice: StateCreator<AppState, [], [], CamerasSlice> = (set) => ({
  ...camerasInitial(),
  setCameras: (list) => set({ cameras: Object.fromEntries(list.map((c) => [c.id, c])) }),
  setCameraHealth: (list) => set({ cameraHealth: Object.fromEntries(list.map((h) => [h.cameraId, h])) }),
  upsertCameraHealth: (health) => set((s) => ({ cameraHealth: { ...s.cameraHealth, [health.cameraId]: health } })),
});
