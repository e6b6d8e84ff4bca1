/**
 * Replaces a secret, as written and as URL-encoded, in text bound for a log or the console: a server may echo
 * the key it was sent in an error body, which the HTTP client puts in its message.
 */
export function createScrubber(secret: string | undefined): (text: string) => string {
  if (secret === undefined || secret === '') return (text) => text;
  const forms = [...new Set([secret, encodeURIComponent(secret)])];
  return (text) => forms.reduce((out, form) => out.replaceAll(form, '***'), text);
}
