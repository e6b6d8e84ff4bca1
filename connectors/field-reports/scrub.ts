/**
 * Replaces a secret, as written and as URL-encoded, in text bound for a log or the console. The HTTP client
 * already masks `api_key` in URLs; this also catches a server that echoes the key in an error body.
 */
export function createScrubber(secret: string | undefined): (text: string) => string {
  if (secret === undefined || secret === '') return (text) => text;
  const forms = [...new Set([secret, encodeURIComponent(secret)])];
  return (text) => forms.reduce((out, form) => out.replaceAll(form, '***'), text);
}
