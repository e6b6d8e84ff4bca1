#!/usr/bin/env node
// What `npm start` runs after the build: the desktop app when an Electron binary is installed,
// otherwise the same host in server mode with its pages opened in Chromium app windows.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Where the Electron binary is, or why there is none. The same lookup as the electron package's
 * index.js (path.txt, ELECTRON_OVERRIDE_DIST_PATH) but without its fallback, which starts a
 * download when the binary is missing.
 * @returns {{ path: string } | { reason: string }}
 */
export function findElectronBinary({ from = root, env = process.env, exists = existsSync, read = (p) => readFileSync(p, 'utf8') } = {}) {
  let pkgDir;
  try {
    pkgDir = path.dirname(createRequire(path.join(from, 'package.json')).resolve('electron/package.json'));
  } catch {
    return { reason: 'the electron package is not installed' };
  }
  let rel;
  try {
    rel = read(path.join(pkgDir, 'path.txt')).trim();
  } catch {
    rel = '';
  }
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const p = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, rel || 'electron');
    return exists(p) ? { path: p } : { reason: `no Electron binary at ${p} (ELECTRON_OVERRIDE_DIST_PATH)` };
  }
  if (!rel) return { reason: 'node_modules/electron has no binary: its download never ran (no path.txt)' };
  const p = path.join(pkgDir, 'dist', rel);
  return exists(p) ? { path: p } : { reason: `the Electron binary is missing: ${p}` };
}

/**
 * One line of `ioc-wall serve` stdout, its stable interface.
 * @returns {{ kind: 'ready', origin: string } | { kind: 'display', wallId: string, displayId: string, url: string } | { kind: 'console', url: string } | undefined}
 */
export function parseServeLine(line) {
  let m = /^ready (\S+)$/.exec(line);
  if (m) return { kind: 'ready', origin: m[1] };
  m = /^display ([^/\s]+)\/(\S+) (\S+)$/.exec(line);
  if (m) return { kind: 'display', wallId: m[1], displayId: m[2], url: m[3] };
  m = /^console (\S+)$/.exec(line);
  if (m) return { kind: 'console', url: m[1] };
  return undefined;
}

/**
 * Places the preview windows on one screen: each wall as its grid of 16:9 windows in the left two
 * thirds (walls stacked), the console in the right third.
 * @param {{ wallId: string, displayId: string, url: string }[]} displays
 * @param {string | undefined} consoleUrl
 * @param {{ width: number, height: number }} screen
 * @returns {{ url: string, x: number, y: number, width: number, height: number }[]}
 */
export function tileBrowserWindows(displays, consoleUrl, screen) {
  const out = [];
  const wallWidth = consoleUrl ? Math.floor((screen.width * 2) / 3) : screen.width;
  const walls = [...new Set(displays.map((d) => d.wallId))];
  const bandHeight = walls.length > 0 ? Math.floor(screen.height / walls.length) : screen.height;
  walls.forEach((wallId, band) => {
    const cells = displays
      .filter((d) => d.wallId === wallId)
      .map((d) => {
        const m = /^r(\d+)c(\d+)$/.exec(d.displayId);
        return { url: d.url, row: m ? Number(m[1]) : 0, col: m ? Number(m[2]) : 0 };
      });
    const rows = Math.max(...cells.map((c) => c.row)) + 1;
    const cols = Math.max(...cells.map((c) => c.col)) + 1;
    const cellW = Math.max(160, Math.floor(Math.min(wallWidth / cols, ((bandHeight / rows) * 16) / 9)));
    const cellH = Math.max(90, Math.floor((cellW * 9) / 16));
    for (const c of cells) out.push({ url: c.url, x: c.col * cellW, y: band * bandHeight + c.row * cellH, width: cellW, height: cellH });
  });
  if (consoleUrl) out.push({ url: consoleUrl, x: wallWidth, y: 0, width: screen.width - wallWidth, height: screen.height });
  return out;
}

/**
 * A Chromium to open the pages with, or why not.
 * @returns {{ path: string } | { reason: string }}
 */
export function findChromium({ env = process.env, platform = process.platform, exists = existsSync } = {}) {
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return { reason: 'no graphical session (DISPLAY and WAYLAND_DISPLAY are unset)' };
  const candidates = [];
  if (env.CHROME_PATH) candidates.push(env.CHROME_PATH);
  candidates.push('/usr/bin/chromium');
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    for (const dir of dirs) candidates.push(path.join(dir, name));
  }
  if (platform === 'darwin') candidates.push('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium');
  if (platform === 'win32') {
    for (const base of [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean)) {
      candidates.push(path.join(base, 'Google', 'Chrome', 'Application', 'chrome.exe'));
    }
  }
  const found = candidates.find((p) => exists(p));
  return found ? { path: found } : { reason: 'no Chromium found (set CHROME_PATH)' };
}

/** The screen size for tiling: IOC_SCREEN_SIZE=WxH, else xrandr's current mode, else 1920x1080. */
function screenSize(env = process.env) {
  const m = /^(\d+)x(\d+)$/.exec(env.IOC_SCREEN_SIZE ?? '');
  if (m) return { width: Number(m[1]), height: Number(m[2]) };
  if (process.platform === 'linux') {
    const r = spawnSync('xrandr', ['--current'], { encoding: 'utf8', timeout: 2000 });
    const cur = /current (\d+) x (\d+)/.exec(r.stdout ?? '');
    if (cur) return { width: Number(cur[1]), height: Number(cur[2]) };
  }
  return { width: 1920, height: 1080 };
}

const signals = /** @type {const} */ (['SIGINT', 'SIGTERM']);
const signalNumbers = { SIGINT: 2, SIGTERM: 15 };

/** Forwards SIGINT/SIGTERM to the child once, exits with its status, then runs cleanup. */
function superviseChild(child, cleanup = () => {}) {
  for (const sig of signals) process.on(sig, () => child.exitCode === null && child.kill(sig));
  child.on('exit', (code, signal) => {
    cleanup();
    process.exit(code ?? (signal ? 128 + (signalNumbers[signal] ?? 1) : 1));
  });
  child.on('error', (err) => {
    console.error(`start: ${err.message}`);
    cleanup();
    process.exit(1);
  });
}

function runElectron(binary, args) {
  // Own process group: a Ctrl+C reaches it once, through us.
  const child = spawn(binary, [path.join(root, 'dist', 'main', 'electron.cjs'), ...args], { cwd: root, stdio: 'inherit', detached: process.platform !== 'win32' });
  superviseChild(child);
}

function runServer(args) {
  const child = spawn(process.execPath, [path.join(root, 'bin', 'ioc-wall.mjs'), 'serve', '--data', '.data', ...args], {
    cwd: root,
    stdio: ['inherit', 'pipe', 'inherit'],
    detached: process.platform !== 'win32',
  });
  const browsers = [];
  const profiles = [];
  const closeBrowsers = () => {
    for (const b of browsers) if (b.exitCode === null && b.pid) b.kill('SIGTERM');
    for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
  };
  superviseChild(child, closeBrowsers);

  const displays = [];
  let opened = false;
  createInterface({ input: child.stdout }).on('line', (line) => {
    process.stdout.write(line + '\n');
    const msg = parseServeLine(line);
    if (!msg) return;
    if (msg.kind === 'display') displays.push(msg);
    if (msg.kind !== 'console' || opened) return;
    opened = true;
    const chromium = findChromium();
    if ('reason' in chromium) {
      console.log(`Not opening windows: ${chromium.reason}. Open the URLs above in any Chromium (--app=<url> --kiosk on a wall PC).`);
      return;
    }
    console.log(`Opening ${displays.length} wall displays and the console in ${chromium.path}.`);
    for (const w of tileBrowserWindows(displays, msg.url, screenSize())) {
      const profile = mkdtempSync(path.join(tmpdir(), 'ioc-wall-window-'));
      profiles.push(profile);
      const b = spawn(
        chromium.path,
        [
          `--app=${w.url}`,
          `--user-data-dir=${profile}`,
          `--window-position=${w.x},${w.y}`,
          `--window-size=${w.width},${w.height}`,
          '--no-first-run',
          '--no-default-browser-check',
          '--autoplay-policy=no-user-gesture-required',
          '--disable-background-networking',
          // The pages say lang="vi": no offer to translate them over the wall.
          '--disable-features=Translate',
          // Chromium refuses to start as root with its sandbox (containers, CI machines); --test-type keeps
          // the "unsupported flag" bar off a wall display.
          ...(process.getuid?.() === 0 ? ['--no-sandbox', '--test-type'] : []),
        ],
        { stdio: 'ignore', detached: process.platform !== 'win32' },
      );
      b.on('error', (err) => console.error(`start: cannot open ${chromium.path}: ${err.message}`));
      browsers.push(b);
    }
  });
}

function main(args) {
  const electron = findElectronBinary();
  if ('path' in electron) {
    runElectron(electron.path, args);
    return;
  }
  console.log(`Electron is not installed here (${electron.reason}); running server mode instead.`);
  runServer(args);
}

const invoked = process.argv[1] ? pathToFileURL(realpathSync(process.argv[1])).href : '';
if (invoked === import.meta.url) main(process.argv.slice(2));
