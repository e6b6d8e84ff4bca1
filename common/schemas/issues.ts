import type { z } from 'zod';

/** "tiles[2].options.cameraId": a path as people read it in an error. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

/** "tiles[2].options.cameraId: expected string" lines, one per problem, for errors people read. */
export function formatIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${formatPath(issue.path) || '(root)'}: ${issue.message}`).join('\n');
}
