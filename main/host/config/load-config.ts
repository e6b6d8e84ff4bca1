import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { configSchema, formatIssues, type Config } from '../../../common/index.js';
import { demoConfig } from './demo-config.js';
import { resolveSecretRefs, type SecretSources } from './secret-refs.js';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface LoadedConfig {
  config: Config;
  /** Relative paths in the configuration resolve against this folder. */
  configDir: string;
  /** The file it came from, or undefined for the embedded demo. */
  file?: string;
}

/**
 * Parses configuration text, naming the file and the path of every bad field. Secret references
 * ("${env:NAME}", "${file:path}") are replaced by their values first (see secret-refs.ts).
 */
export function parseConfig(text: string, source: string, secrets: SecretSources = { env: process.env, dir: dirname(source) }): Config {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`${source}: not valid JSON: ${(err as Error).message}`);
  }
  try {
    raw = resolveSecretRefs(raw, secrets);
  } catch (err) {
    throw new ConfigError(`${source}: ${(err as Error).message}`);
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(`${source}: invalid configuration:\n${formatIssues(parsed.error)}`);
  return parsed.data;
}

/** Loads the configuration file, or the embedded demo when no path is given. */
export async function loadConfig(path?: string): Promise<LoadedConfig> {
  if (!path) return { config: configSchema.parse(demoConfig), configDir: process.cwd() };
  const file = resolve(path);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`${file}: cannot read configuration: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return { config: parseConfig(text, file), configDir: dirname(file), file };
}
