/**
 * The RTSP URL with user:password inserted, percent-encoded so that ":", "@" or "/" in a password
 * cannot change where the URL points. For the gateway's ffmpeg only: never stored, logged or returned.
 */
export function withCredentials(url: string, username?: string, password?: string): string {
  const m = /^(rtsps?:\/\/)(.*)$/.exec(url);
  if (!m || (!username && !password)) return url;
  const user = encodeURIComponent(username ?? '');
  const pass = password ? `:${encodeURIComponent(password)}` : '';
  return `${m[1]}${user}${pass}@${m[2]}`;
}
