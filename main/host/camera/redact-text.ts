/** ffmpeg echoes the input URL in its errors: strip credentials from anything it says. */
export function redactText(text: string, url: string): string {
  let out = text.replace(/(rtsps?:\/\/)[^@\s/]*@/g, '$1***@');
  const m = /^rtsps?:\/\/([^@/]*)@/.exec(url);
  if (m?.[1]) out = out.split(m[1]).join('***');
  return out;
}
