import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema, type LayoutInput } from '../../common/index.js';
import type { Caller } from '../../main/host/caller.js';
import { createHost } from '../../main/host/host.js';
import type { Host } from '../../main/host/host-types.js';
import { createLogger } from '../../main/host/log.js';
import { tempDir } from '../helpers/temp-dir.js';
import { ffmpegChildren, waitFor } from './camera-helpers.js';

const supervisor: Caller = { role: 'supervisor', label: 'test' };

/** The pinned camera in a small grid cell on one layout, on a large tile on the other. */
const layouts: LayoutInput[] = [
  {
    id: 'luoi',
    name: 'Lưới',
    grid: { cols: 4, rows: 4 },
    tiles: [{ id: 'g', kind: 'camera-grid', x: 0, y: 0, w: 2, h: 2, options: { size: '3x3', cameraIds: ['ghim'] } }],
  },
  {
    id: 'lon',
    name: 'Lớn',
    grid: { cols: 4, rows: 4 },
    tiles: [{ id: 'c', kind: 'camera', x: 0, y: 0, w: 4, h: 4, options: { cameraId: 'ghim' } }],
  },
];

describe('the host keeps a pinned camera warm on the streams its wall plays', () => {
  let tmp: ReturnType<typeof tempDir>;
  let host: Host;

  beforeAll(async () => {
    tmp = tempDir();
    mkdirSync(join(tmp.dir, 'layouts'));
    for (const l of layouts) writeFileSync(join(tmp.dir, 'layouts', `${l.id}.json`), JSON.stringify(l));
    host = await createHost(
      {
        config: configSchema.parse({
          walls: [{ id: 'main', name: 'Tường', rows: 1, cols: 1, layout: 'luoi' }],
          cameras: [{ id: 'ghim', name: 'Camera ghim', url: 'synthetic:smptebars', subUrl: 'synthetic:testsrc', pinned: true }],
          layoutDirs: ['layouts'],
        }),
        configDir: tmp.dir,
        dataDir: tmp.dir,
        host: '127.0.0.1',
        port: 0,
      },
      { log: createLogger({}, { write: () => {} }) },
    );
  });
  afterAll(async () => {
    await host?.close();
    tmp.cleanup();
    expect(ffmpegChildren()).toBe(0);
  });

  const state = (variant: string) => host.cameraHealth().find((h) => h.variant === variant)?.state;

  it('warms the sub stream for a grid cell, then the main stream once the wall shows the camera large', async () => {
    await waitFor(() => state('sub') === 'live', 15_000, 'the sub stream live with no viewer');
    expect(state('main')).toBe('idle');
    expect(ffmpegChildren()).toBe(1);

    expect(await host.call(supervisor, 'walls.setLayout', { wallId: 'main', layoutId: 'lon' })).toMatchObject({ ok: true });
    await waitFor(() => state('main') === 'live', 15_000, 'the main stream live with no viewer');
    // The sub stream is no longer wanted: it stops after the gateway's grace period.
    await waitFor(() => state('sub') === 'idle', 20_000, 'the sub stream stopped');
    expect(ffmpegChildren()).toBe(1);
  }, 60_000);
});
