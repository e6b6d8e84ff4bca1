#!/usr/bin/env node
// The CLI runs from the build: `npm run build` makes dist/host/cli.mjs.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/host/cli.mjs', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  console.error('ioc-wall: not built yet; run "npm run build" first.');
  process.exit(2);
}
const { main } = await import(cli.href);
process.exit(await main(process.argv.slice(2)));
