import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startServe } from './serve-fixture.js';

test.describe('bad input never blanks a wall', () => {
  let dir: string;
  test.beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'ioc-wall-bad-'))));
  test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('a malformed configuration stops serve with the file and field named', () => {
    const file = join(dir, 'config.json');
    writeFileSync(file, JSON.stringify({ walls: [{ id: 'main', name: 'T', rows: 0, cols: 2, layout: 'tong-quan' }] }));
    const r = spawnSync(process.execPath, ['bin/ioc-wall.mjs', 'serve', '--config', file, '--data', join(dir, 'data'), '--port', '0'], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${file}: invalid configuration`);
    expect(r.stderr).toMatch(/walls\[0\]\.rows: /);
  });

  test('a bad layout file is reported and the wall keeps showing the last good layout', async ({ page }) => {
    const layouts = join(dir, 'layouts');
    mkdirSync(layouts);
    // Overrides the built-in "tong-quan" with a tile of an unknown kind.
    writeFileSync(
      join(layouts, 'tong-quan.json'),
      JSON.stringify({ id: 'tong-quan', name: 'Hỏng', grid: { cols: 4, rows: 4 }, tiles: [{ id: 'x', kind: 'ban-do-3d', x: 0, y: 0, w: 1, h: 1, options: {} }] }),
    );
    const config = join(dir, 'config.json');
    writeFileSync(
      config,
      JSON.stringify({
        walls: [{ id: 'main', name: 'Tường', rows: 1, cols: 1, layout: 'tong-quan' }],
        connectors: [{ id: 'sim', type: 'simulator', options: { seed: 7 } }],
        layoutDirs: ['layouts'],
      }),
    );
    const { app, stop } = await startServe(['--config', config]);
    try {
      const problem = app.logs.find((l) => l.includes('layout file rejected'));
      expect(problem).toBeDefined();
      expect(problem).toContain(join(layouts, 'tong-quan.json'));
      expect(problem).toContain('tiles[0].kind');
      await page.goto(app.displays[0]!.url);
      await expect(page.locator('[data-tile-id="dong-ho"]')).toBeVisible();
      await expect(page.locator('[data-tile-id="kpi-dung-han"]')).toHaveAttribute('data-state', 'live');
    } finally {
      await stop();
    }
  });

  test('the API answers malformed calls with errors that name the field', async ({ page }) => {
    const { app, stop } = await startServe(['--config', writeMinimalConfig(dir)]);
    try {
      await page.goto(app.consoleUrl);
      const token = new URL(app.consoleUrl).searchParams.get('token')!;
      const answers = await page.evaluate(async (t) => {
        const ws = new WebSocket(`${location.origin.replace('http', 'ws')}/api?token=${t}`);
        await new Promise((r) => (ws.onopen = r));
        const replies: unknown[] = [];
        ws.onmessage = (e) => replies.push(JSON.parse(e.data as string));
        ws.send(JSON.stringify({ type: 'call', id: 1, method: 'walls.setLayout', input: { wallId: 'main', layoutId: 5 } }));
        ws.send(JSON.stringify({ type: 'call', id: 2, method: 'walls.setLayout', input: { wallId: 'main', layoutId: 'khong-co' } }));
        ws.send(JSON.stringify({ type: 'call', id: 3, method: 'walls.list', input: {} }));
        await new Promise((r) => setTimeout(r, 500));
        ws.close();
        return replies;
      }, token);
      expect(answers).toContainEqual({ type: 'result', id: 1, result: { ok: false, error: { code: 'bad_request', message: expect.stringContaining('layoutId') } } });
      expect(answers).toContainEqual({ type: 'result', id: 2, result: { ok: false, error: { code: 'not_found', message: 'layout "khong-co" does not exist' } } });
      expect(answers).toContainEqual({ type: 'result', id: 3, result: { ok: true, value: [expect.objectContaining({ id: 'main', layout: 'tong-quan' })] } });
    } finally {
      await stop();
    }
  });
});

function writeMinimalConfig(dir: string): string {
  const file = join(dir, 'minimal.json');
  writeFileSync(file, JSON.stringify({ walls: [{ id: 'main', name: 'Tường', rows: 1, cols: 1, layout: 'tong-quan' }] }));
  return file;
}
