import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../common/index.js';
import type { Host } from '../../main/host/host-types.js';
import { createHost } from '../../main/host/host.js';
import { createLogger } from '../../main/host/log.js';
import { tempDir } from '../helpers/temp-dir.js';
import { ffmpegChildren, viewer, waitFor } from './camera-helpers.js';

const supervisor = { role: 'supervisor', label: 'console' } as const;

describe('a camera added through the API, on a real host', () => {
  let tmp: ReturnType<typeof tempDir>;
  let host: Host;
  const logs: string[] = [];
  const start = () =>
    createHost(
      {
        config: configSchema.parse({ walls: [{ id: 'main', name: 'Tường', rows: 1, cols: 1, layout: 'giao-thong-an-ninh' }] }),
        configDir: tmp.dir,
        dataDir: tmp.dir,
        host: '127.0.0.1',
        port: 0,
      },
      { log: createLogger({}, { write: (l) => logs.push(l) }) },
    );

  beforeAll(async () => {
    tmp = tempDir();
    host = await start();
  });
  afterAll(async () => {
    await host?.close();
    tmp.cleanup();
    expect(ffmpegChildren()).toBe(0);
  });

  it('reads one frame of a synthetic source through cameras.test', async () => {
    const r = await host.call(supervisor, 'cameras.test', { url: 'synthetic:smptebars' });
    expect(r).toMatchObject({ ok: true, value: { ok: true, width: 960, height: 540 } });
    expect(r.ok && r.value.codec).toMatch(/^avc1\./);
  }, 15_000);

  it('streams the new camera to a viewer at once, and keeps it with its sealed password across a restart', async () => {
    const added = await host.call(supervisor, 'cameras.add', { camera: { id: 'moi', name: 'Camera mới', url: 'synthetic:testsrc2', username: 'u', password: 'BiMat123' } });
    expect(added.ok).toBe(true);
    const display = new URL(host.displayLinks()[0]!.url);
    const v = await viewer(`ws://${display.host}/streams/moi?token=${display.searchParams.get('token')}`);
    await waitFor(() => v.got.filter((g) => g.kind === 'binary').length > 5, 15_000, 'frames of the new camera');
    v.close();
    await host.close();
    host = await start();
    const list = await host.call(supervisor, 'cameras.list', {});
    expect(list.ok && list.value.find((c) => c.id === 'moi')).toMatchObject({ source: 'api', hasCredentials: true });
    expect(host.cameraHealth().map((h) => h.cameraId)).toContain('moi');
    expect(logs.join('\n')).not.toContain('BiMat123');
  }, 40_000);
});
