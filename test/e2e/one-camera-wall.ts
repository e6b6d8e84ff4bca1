import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServe, type ServedApp } from './serve-fixture.js';

/** The one camera tile of the wall `serveOneCamera` starts. */
export const CAMERA_TILE = '[data-tile-id="cong"]';

/**
 * `ioc-wall serve` with one 1280x720 display showing one camera tile, the camera pulling `rtspUrl`;
 * `config` adds to (or replaces) the configuration's top-level fields.
 */
export async function serveOneCamera(rtspUrl: string, config: Record<string, unknown> = {}): Promise<{ app: ServedApp; stop(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'ioc-wall-rtsp-'));
  mkdirSync(join(dir, 'layouts'));
  writeFileSync(
    join(dir, 'layouts', 'mot-camera.json'),
    JSON.stringify({ id: 'mot-camera', name: 'Một camera', grid: { cols: 1, rows: 1 }, tiles: [{ id: 'cong', kind: 'camera', x: 0, y: 0, w: 1, h: 1, options: { cameraId: 'cong' } }] }),
  );
  writeFileSync(
    join(dir, 'config.json'),
    JSON.stringify({
      walls: [{ id: 'main', name: 'Tường', rows: 1, cols: 1, display: { width: 1280, height: 720 }, layout: 'mot-camera' }],
      cameras: [{ id: 'cong', name: 'Cổng chính UBND', url: rtspUrl }],
      layoutDirs: ['layouts'],
      ...config,
    }),
  );
  const served = await startServe(['--config', join(dir, 'config.json')]);
  return {
    app: served.app,
    stop: async () => {
      await served.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
