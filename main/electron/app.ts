/**
 * Electron main entry (bundled to dist/main/electron.cjs, `electron` external). Only wiring: the
 * host comes from main/host, the rest from the small modules beside this file.
 */
import { loadConfig } from '../host/config/load-config.js';
import { createHost } from '../host/host.js';
import { startApp } from './lifecycle.js';

void startApp({
  loadConfig,
  // Pages are on app://, so whoami must name the host's ws:// origin for the camera streams.
  createHost: (opts) => createHost(opts, { streamOrigin: true }),
  // The bundle is CommonJS: __dirname is dist/main, beside dist/preload and dist/renderer.
  distDir: __dirname,
  argv: process.argv.slice(1),
  env: process.env,
});
