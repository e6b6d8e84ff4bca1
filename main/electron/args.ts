import { parseArgs } from 'node:util';

export interface AppArgs {
  /** Configuration file; loadConfig's default when absent. */
  configPath?: string;
  /** Which configured wall this PC drives; the first one when absent. */
  wallId?: string;
  /** Replaces Electron's userData folder (SQLite, secret key, single-instance lock). */
  dataDir?: string;
}

/**
 * Our options among Electron's and Chromium's own switches (which are left alone):
 * --config <file>, --wall <id>, --data <dir>, or IOC_WALL_CONFIG, IOC_WALL_ID, IOC_WALL_DATA_DIR.
 */
export function parseAppArgs(argv: readonly string[], env: Record<string, string | undefined> = {}): AppArgs {
  const { values } = parseArgs({
    args: [...argv],
    strict: false,
    allowPositionals: true,
    options: { config: { type: 'string' }, wall: { type: 'string' }, data: { type: 'string' } },
  });
  const str = (v: unknown, fallback: string | undefined) => (typeof v === 'string' && v !== '' ? v : fallback || undefined);
  const out: AppArgs = {};
  const configPath = str(values.config, env.IOC_WALL_CONFIG);
  const wallId = str(values.wall, env.IOC_WALL_ID);
  const dataDir = str(values.data, env.IOC_WALL_DATA_DIR);
  if (configPath) out.configPath = configPath;
  if (wallId) out.wallId = wallId;
  if (dataDir) out.dataDir = dataDir;
  return out;
}
