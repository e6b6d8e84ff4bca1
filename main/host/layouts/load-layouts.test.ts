import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers/temp-dir.js';
import { packageRoot } from '../package-root.js';
import { loadLayouts } from './load-layouts.js';

describe('layout files', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.cleanup());

  it('ships presets that all validate, including "Tổng quan" and "Giao thông – An ninh"', async () => {
    const { layouts, problems } = await loadLayouts([join(packageRoot(), 'layouts')]);
    expect(problems).toEqual([]);
    expect(layouts.map((l) => l.name)).toEqual(expect.arrayContaining(['Tổng quan', 'Giao thông – An ninh', 'Dịch vụ công – Văn bản – Phản ánh']));
  });

  it('reports a bad file with the path of the bad field and still loads the good ones', async () => {
    const dir = join(tmp.dir, 'layouts');
    mkdirSync(dir);
    writeFileSync(join(dir, 'good.json'), JSON.stringify({ id: 'good', name: 'Tốt', grid: { cols: 2, rows: 2 }, tiles: [] }));
    writeFileSync(
      join(dir, 'bad.json'),
      JSON.stringify({ id: 'bad', name: 'Hỏng', grid: { cols: 2, rows: 2 }, tiles: [{ id: 'k', kind: 'kpi', x: 0, y: 0, w: 1, h: 1, options: { seriesId: 7 } }] }),
    );
    writeFileSync(join(dir, 'broken.json'), '{ "id": "broken", ');
    const { layouts, problems } = await loadLayouts([dir]);
    expect(layouts.map((l) => l.id)).toEqual(['good']);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ file: join(dir, 'bad.json') });
    expect(problems[0]!.message).toMatch(/tiles\[0\]\.options\.seriesId: /);
    expect(problems[1]).toMatchObject({ file: join(dir, 'broken.json') });
    expect(problems[1]!.message).toMatch(/not valid JSON/);
  });

  it('reports a missing folder instead of failing', async () => {
    const { layouts, problems } = await loadLayouts([join(tmp.dir, 'nope')]);
    expect(layouts).toEqual([]);
    expect(problems[0]!.message).toMatch(/cannot read layout folder: ENOENT/);
  });
});
