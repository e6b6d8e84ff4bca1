import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers/temp-dir.js';
import { loadConfig, parseConfig } from './load-config.js';

describe('configuration file', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.cleanup());

  it('runs the embedded demo without a file: a 2x2 wall, four synthetic cameras and the simulator', async () => {
    const { config } = await loadConfig();
    expect(config.walls).toEqual([expect.objectContaining({ id: 'main', rows: 2, cols: 2 })]);
    expect(config.cameras.map((c) => c.url.startsWith('synthetic:'))).toEqual([true, true, true, true]);
    expect(config.connectors[0]?.type).toBe('simulator');
    expect(config.server).toEqual({ host: '127.0.0.1', port: 8720 });
    expect(config.cameraFragmentMs).toBe(0);
  });

  it('names the file and the JSON syntax problem', () => {
    expect(() => parseConfig('{"walls": [', '/etc/ioc/wall.json')).toThrow(/\/etc\/ioc\/wall\.json: not valid JSON/);
  });

  it('names the path of every bad field', () => {
    const text = JSON.stringify({
      walls: [{ id: 'Main Wall', name: 'x', rows: 0, cols: 2, layout: 'a' }],
      cameras: [{ id: 'c1', name: 'C', url: 'http://example.invalid/x' }],
      cameraFragmentMs: 2000,
    });
    let message = '';
    try {
      parseConfig(text, 'cfg.json');
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/^cfg\.json: invalid configuration/);
    expect(message).toMatch(/walls\[0\]\.id: must start/);
    expect(message).toMatch(/walls\[0\]\.rows: /);
    expect(message).toMatch(/cameras\[0\]\.url: must be rtsp/);
    expect(message).toMatch(/cameraFragmentMs: .*500/);
  });

  it('rejects duplicate ids', () => {
    const wall = { id: 'w', name: 'W', rows: 1, cols: 1, layout: 'a' };
    expect(() => parseConfig(JSON.stringify({ walls: [wall, wall] }), 'c.json')).toThrow(/walls\[1\]\.id: duplicate id "w"/);
  });

  it('reports an unreadable file by path', async () => {
    await expect(loadConfig(join(tmp.dir, 'missing.json'))).rejects.toThrow(/missing\.json: cannot read configuration: ENOENT/);
  });

  it('loads a file and remembers its folder for relative layout paths', async () => {
    const file = join(tmp.dir, 'ioc.json');
    writeFileSync(file, JSON.stringify({ walls: [{ id: 'w', name: 'W', rows: 1, cols: 3, layout: 'a' }], layoutDirs: ['layouts'] }));
    const loaded = await loadConfig(file);
    expect(loaded.configDir).toBe(tmp.dir);
    expect(loaded.config.walls[0]?.display).toEqual({ width: 1920, height: 1080 });
  });
});
