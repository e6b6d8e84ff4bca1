import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, createAppProtocolHandler, resolveAppFile } from '../../main/electron/app-protocol.js';
import { parseAppArgs } from '../../main/electron/args.js';

const base = mkdtempSync(path.join(tmpdir(), 'ioc-wall-protocol-'));
const root = path.join(base, 'renderer');
mkdirSync(path.join(root, 'assets'), { recursive: true });
writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>IOC</title>');
writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(path.join(base, 'secret.txt'), 'do not serve');
afterAll(() => rmSync(base, { recursive: true, force: true }));

const csp = contentSecurityPolicy('http://127.0.0.1:40123');
const handler = createAppProtocolHandler({ rootDir: root, csp });
const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('app:// protocol', () => {
  it('serves renderer files with their type and the CSP', async () => {
    const res = await get('app://ioc/index.html?view=wall&wall=main&display=r0c0');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(csp);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<title>IOC</title>');
    const js = await get('app://ioc/assets/app.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://ioc/')).status).toBe(200);
  });

  it('never leaves the renderer folder', async () => {
    for (const url of [
      'app://ioc/../secret.txt',
      'app://ioc/%2e%2e/secret.txt',
      'app://ioc/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://ioc/..%2fsecret.txt',
      'app://ioc/%2fetc%2fpasswd',
      'app://ioc/..%5csecret.txt',
      'app://ioc/index.html%00.js',
      'app://ioc/%E0%A4%A',
    ]) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(await res.text(), url).not.toContain('do not serve');
    }
    // The URL parser may fold a leading ".." at the root; either way the file stays inside.
    for (const url of ['app://ioc/%2e%2e/secret.txt', 'app://ioc/../../secret.txt', 'app://ioc/a/..%2f..%2f..%2fsecret.txt']) {
      const file = resolveAppFile(root, url);
      expect(file === undefined || file.startsWith(root + path.sep), url).toBe(true);
    }
    expect(resolveAppFile(root, 'app://ioc/a/..%2f..%2f..%2fsecret.txt')).toBeUndefined();
    expect(resolveAppFile(root, 'app://ioc/assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
  });

  it('answers only its own host, only reads, and 404s what is missing', async () => {
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://ioc/missing.js')).status).toBe(404);
    expect((await get('app://ioc/assets/')).status).toBe(404);
    expect((await get('app://ioc/index.html', 'POST')).status).toBe(405);
  });

  it('lets pages reach the host loopback origin for streams and nothing else', () => {
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self' http://127.0.0.1:40123 ws://127.0.0.1:40123");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy()).toContain("connect-src 'self';");
  });
});

describe('parseAppArgs', () => {
  it('reads our options among Chromium switches, then the environment', () => {
    expect(parseAppArgs(['--inspect=0', '--remote-debugging-port=0', 'dist/main/electron.cjs', '--config', 'c.json', '--wall=main'])).toEqual({
      configPath: 'c.json',
      wallId: 'main',
    });
    expect(parseAppArgs(['x'], { IOC_WALL_CONFIG: '/e.json', IOC_WALL_ID: 'w', IOC_WALL_DATA_DIR: '/d' })).toEqual({ configPath: '/e.json', wallId: 'w', dataDir: '/d' });
    expect(parseAppArgs([])).toEqual({});
  });
});
