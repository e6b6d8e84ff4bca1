// `npm run bench [-- NAME...]`: bundles bench/<name>.bench.ts with esbuild, runs it under this Node,
// and writes its result to bench/results/<name>.json (committed, so changes show in review).
import { build } from 'esbuild';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const available = readdirSync(join(root, 'bench')).filter((f) => f.endsWith('.bench.ts')).map((f) => f.replace('.bench.ts', ''));
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : available;
for (const name of wanted) {
  if (!available.includes(name)) {
    console.error(`unknown benchmark "${name}"; known: ${available.join(', ')}`);
    process.exit(2);
  }
}
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
for (const name of wanted) {
  // Inside the package, so the external npm packages resolve from its node_modules.
  const outfile = join(root, 'dist', 'bench', `${name}.mjs`);
  await build({ entryPoints: [join(root, 'bench', `${name}.bench.ts`)], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', absWorkingDir: root, logLevel: 'warning' });
  const { run } = await import(pathToFileURL(outfile).href);
  const result = { name, at: new Date().toISOString(), node: process.version, cpus: (await import('node:os')).cpus().length, ...(await run()) };
  writeFileSync(join(root, 'bench', 'results', `${name}.json`), JSON.stringify(result, null, 2) + '\n');
  console.log(JSON.stringify(result, null, 2));
}
