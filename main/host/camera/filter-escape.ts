/**
 * ffmpeg unescapes a -vf string twice before a filter sees it: once when it parses the graph
 * (where `[ ] , ;` separate filters) and once when it splits a filter's `key=value:key=value`
 * options. A font path such as C:\Windows\Fonts\arial.ttf or a clock format with colons must
 * survive both, so each level gets its own backslash escaping, innermost first.
 */
const escapeChars = (s: string, chars: string) => s.replace(new RegExp(`[${chars.replace(/[\]\\]/g, '\\$&')}]`, 'g'), '\\$&');

/** One filter as written in a graph: `name=key=value:key=value`, every value taken literally. */
export function filterSpec(name: string, options: [key: string, value: string | number][]): string {
  const args = options.map(([k, v]) => `${k}=${escapeChars(String(v), "\\':")}`).join(':');
  return `${name}=${escapeChars(args, "\\'[],;")}`;
}
