import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';

/**
 * A configuration value that names where a secret is kept instead of holding it:
 * "${env:PORTAL_PASSWORD}" or "${file:/run/secrets/portal-password}" (a relative path resolves
 * against the configuration's folder). The configuration file then carries no password in clear.
 */
const REF = /^\$\{(env|file):([^}]+)\}$/;

export interface SecretSources {
  env: Readonly<Record<string, string | undefined>>;
  /** Folder relative file paths resolve against. */
  dir: string;
  readFile?: (path: string) => string;
}

/** A copy of `raw` with every secret reference replaced by its value; a missing one throws, naming its path and source. */
export function resolveSecretRefs(raw: unknown, sources: SecretSources, path: (string | number)[] = []): unknown {
  if (typeof raw === 'string') return resolveOne(raw, sources, path);
  if (Array.isArray(raw)) return raw.map((v, i) => resolveSecretRefs(v, sources, [...path, i]));
  if (raw !== null && typeof raw === 'object') return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, resolveSecretRefs(v, sources, [...path, k])]));
  return raw;
}

function resolveOne(value: string, sources: SecretSources, path: (string | number)[]): string {
  const m = REF.exec(value);
  if (!m) return value;
  const where = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${p}`)).join('') || '(root)';
  const [, kind, name] = m as unknown as [string, 'env' | 'file', string];
  if (kind === 'env') {
    const v = sources.env[name];
    if (v === undefined || v === '') throw new Error(`${where}: environment variable ${name} is not set`);
    return v;
  }
  const file = isAbsolute(name) ? name : resolve(sources.dir, name);
  try {
    // Secret files written by systemd or an orchestrator end with a newline that is not part of the secret.
    return (sources.readFile ?? ((p) => readFileSync(p, 'utf8')))(file).replace(/\r?\n$/, '');
  } catch (err) {
    throw new Error(`${where}: cannot read secret file ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { cause: err });
  }
}
