/** The id a malformed item still carries, if any: the one field a retry by id (sdk/rejected-ids.ts) needs. */
export function idOf(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const id = (item as { service_request_id?: unknown }).service_request_id;
  const text = typeof id === 'number' && Number.isSafeInteger(id) ? String(id) : typeof id === 'string' ? id.trim() : '';
  return text !== '' && text.length <= 200 ? text : undefined;
}
