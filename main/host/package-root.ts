import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of IOC Wall's package.json, found from this module whether run from source or from dist/. */
export function packageRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'ioc-wall') return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find the ioc-wall package root above ${from}`);
    dir = up;
  }
}
