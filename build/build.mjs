// One command builds every bundle: the host CLI (plain Node), the Electron main process, the
// sandboxed preload, and the renderer (Vite). See docs/decisions/0001-build-and-runtime.md.
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv.slice(2);
const want = (name) => only.length === 0 || only.includes(name);

// CommonJS bundles have no import.meta.url: give them one from __filename.
const cjsImportMeta = {
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

const common = { absWorkingDir: root, bundle: true, sourcemap: true, logLevel: 'warning', target: 'node22' };

const jobs = [];
if (want('host')) {
  jobs.push(
    esbuild({ ...common, entryPoints: ['main/host/cli.ts'], outfile: 'dist/host/cli.mjs', platform: 'node', format: 'esm', packages: 'external' }),
  );
}
if (want('electron') && existsSync(`${root}/main/electron/app.ts`)) {
  jobs.push(
    esbuild({
      ...common,
      ...cjsImportMeta,
      entryPoints: ['main/electron/app.ts'],
      outfile: 'dist/main/electron.cjs',
      platform: 'node',
      format: 'cjs',
      packages: 'external',
    }),
  );
}
if (want('preload') && existsSync(`${root}/preload/index.ts`)) {
  // A sandboxed preload may require only 'electron': everything else is bundled in.
  jobs.push(
    esbuild({ ...common, entryPoints: ['preload/index.ts'], outfile: 'dist/preload/index.cjs', platform: 'node', format: 'cjs', external: ['electron'] }),
  );
}
await Promise.all(jobs);
if (want('renderer')) {
  await vite({ configFile: `${root}/renderer/vite.config.ts`, logLevel: 'warn' });
}
console.log('build: done');
