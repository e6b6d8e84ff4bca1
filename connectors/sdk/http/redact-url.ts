/**
 * Query parameters whose values are secrets. Compared without case, dashes or underscores, so
 * `api_key`, `apiKey` and `API-KEY` are all caught.
 */
const secretParams = new Set([
  'apikey',
  'key',
  'token',
  'accesstoken',
  'refreshtoken',
  'idtoken',
  'authtoken',
  'session',
  'sessionid',
  'sid',
  'password',
  'passwd',
  'pwd',
  'pass',
  'secret',
  'clientsecret',
  'signature',
  'sig',
  'auth',
  'authorization',
  'credential',
  'credentials',
]);

const isSecret = (name: string) => secretParams.has(name.toLowerCase().replace(/[-_]/g, ''));

/**
 * The URL as it may appear in an error, a log or the console: without `user:pass@` and with the
 * values of secret query parameters replaced, so that an error shown on the wall never leaks a key.
 */
export function redactUrl(url: URL | string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Not a URL: keep nothing that could be a secret.
    return '(invalid URL)';
  }
  parsed.username = '';
  parsed.password = '';
  parsed.hash = '';
  const masked = [...parsed.searchParams].map(([name, value]) => [name, isSecret(name) ? '***' : value]);
  parsed.search = new URLSearchParams(masked).toString();
  // URLSearchParams encodes "*" as "%2A"; keep the mask readable.
  return parsed.toString().replaceAll('=%2A%2A%2A', '=***');
}
