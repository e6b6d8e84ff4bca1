import { describe, expect, it } from 'vitest';
import { CAMERA_DRAG_TYPE, carriesCamera, droppedCamera, startCameraDrag } from './camera-drag.js';

function transfer() {
  const data = new Map<string, string>();
  return {
    effectAllowed: 'all' as DataTransfer['effectAllowed'],
    get types() {
      return [...data.keys()];
    },
    getData: (type: string) => data.get(type) ?? '',
    setData: (type: string, value: string) => void data.set(type, value),
  };
}

describe('camera drag and drop', () => {
  it('carries the camera id under its own type, as a copy', () => {
    const dt = transfer();
    startCameraDrag(dt, 'cam-ngo-mon');
    expect(dt.types).toContain(CAMERA_DRAG_TYPE);
    expect(dt.effectAllowed).toBe('copy');
    expect(carriesCamera(dt)).toBe(true);
    expect(droppedCamera(dt)).toBe('cam-ngo-mon');
  });

  it('ignores dragged text that is not a camera', () => {
    const dt = transfer();
    dt.setData('text/plain', 'cam-ngo-mon');
    expect(carriesCamera(dt)).toBe(false);
    expect(droppedCamera(dt)).toBeUndefined();
  });
});
