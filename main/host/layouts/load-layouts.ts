import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { formatIssues, layoutSchema, type Layout } from '../../../common/index.js';

export interface LayoutFileProblem {
  file: string;
  message: string;
}

export interface LoadedLayouts {
  layouts: Layout[];
  problems: LayoutFileProblem[];
}

/** Validates one layout file's text; the message names the file and the path of each bad field. */
export function parseLayoutFile(text: string, file: string): { layout: Layout } | { problem: LayoutFileProblem } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { problem: { file, message: `not valid JSON: ${(err as Error).message}` } };
  }
  const parsed = layoutSchema.safeParse(raw);
  if (!parsed.success) return { problem: { file, message: formatIssues(parsed.error) } };
  return { layout: parsed.data };
}

/**
 * Reads every *.json in the folders, in order. A bad file is reported and skipped, never fatal:
 * the store keeps the last good version of that layout and the wall goes on showing it.
 * A later folder's layout replaces an earlier one of the same id.
 */
export async function loadLayouts(dirs: string[]): Promise<LoadedLayouts> {
  const byId = new Map<string, Layout>();
  const problems: LayoutFileProblem[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
    } catch (err) {
      problems.push({ file: resolve(dir), message: `cannot read layout folder: ${(err as NodeJS.ErrnoException).code ?? String(err)}` });
      continue;
    }
    for (const name of names) {
      const file = resolve(join(dir, name));
      const result = parseLayoutFile(await readFile(file, 'utf8'), file);
      if ('problem' in result) problems.push(result.problem);
      else byId.set(result.layout.id, result.layout);
    }
  }
  return { layouts: [...byId.values()], problems };
}
