/** A host's answer to a bad edit, split into messages by option path ("sla.default.urgent") and the rest. */
export interface HostIssues {
  byPath: Record<string, string>;
  other: string[];
}

/**
 * Reads the host's "options.sla.default.urgent: must be more than 0 hours" lines (one per problem, as
 * formatIssues writes them) so each shows beside its field; lines about anything else stay whole.
 */
export function hostIssues(message: string): HostIssues {
  const byPath: Record<string, string> = {};
  const other: string[] = [];
  for (const line of message.split('\n')) {
    const m = /^options(?:\.|(?=\[))(.+?): (.*)$/.exec(line);
    if (m) byPath[m[1]!] = byPath[m[1]!] ? `${byPath[m[1]!]}; ${m[2]!}` : m[2]!;
    else if (line.trim() !== '') other.push(line);
  }
  return { byPath, other };
}
