/**
 * A camera dragged from the camera list. Its own type, so a drop target ignores dragged text or
 * files; while the drag is over a target only the types are readable, so that is what dragover checks.
 */
export const CAMERA_DRAG_TYPE = 'application/x-ioc-camera';

type Transfer = Pick<DataTransfer, 'types' | 'getData' | 'setData'>;

export function startCameraDrag(dt: Transfer & Pick<DataTransfer, 'effectAllowed'>, cameraId: string): void {
  dt.setData(CAMERA_DRAG_TYPE, cameraId);
  // Plain text too: dropped into a text field it is at least the camera's id.
  dt.setData('text/plain', cameraId);
  dt.effectAllowed = 'copy';
}

export function carriesCamera(dt: Pick<DataTransfer, 'types'>): boolean {
  return Array.from(dt.types).includes(CAMERA_DRAG_TYPE);
}

/** The camera id a drop brings, or undefined for anything else dropped. */
export function droppedCamera(dt: Transfer): string | undefined {
  return carriesCamera(dt) ? dt.getData(CAMERA_DRAG_TYPE) || undefined : undefined;
}
