import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** A 2xx answer whose body is not the list asked for; its message names the request, as an HttpError does. */
export class PayloadError extends Error {
  override readonly name = 'PayloadError';
}

/** The two lists of GeoReport v2: root element (and JSON wrapper) and item element. */
const lists = {
  services: { root: 'services', item: 'service' },
  requests: { root: 'service_requests', item: 'request' },
} as const;
export type ListKind = keyof typeof lists;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * GeoReport v2 JSON is a bare array; mySociety's servers wrap it as `{ "service_requests": [...] }`
 * (github.com/mysociety/fixmystreet/wiki/Open311-FMS---Complete-Spec), so both are read.
 */
export function itemsFromJson(data: unknown, kind: ListKind, where: string): unknown[] {
  if (Array.isArray(data)) return data;
  const { root } = lists[kind];
  if (isRecord(data) && Array.isArray(data[root])) return data[root];
  const got = data === null ? 'null' : Array.isArray(data) ? 'an array' : typeof data === 'object' ? 'an object' : `a ${typeof data}`;
  throw new PayloadError(`${where} returned JSON that is not a list of ${kind}: expected an array or { "${root}": [...] }, got ${got}`);
}

/**
 * Values stay text (parseTagValue off): "00123" is an id, not 123. Numeric character references (&#7897;, common
 * in Vietnamese text) are decoded with the HTML entity set.
 */
const parserFor = (kind: ListKind) => {
  const { root, item } = lists[kind];
  return new XMLParser({
    ignoreAttributes: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    parseTagValue: false,
    trimValues: true,
    htmlEntities: true,
    jPath: true,
    isArray: (_name, path) => path === `${root}.${item}`,
  });
};

/** `<service_requests><request>…</request></service_requests>` (or `<services><service>`) as plain objects. */
export function itemsFromXml(text: string, kind: ListKind, where: string): unknown[] {
  const { root, item } = lists[kind];
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    // Some errors (an empty body) come without a column.
    const column = typeof col === 'number' ? `, column ${col}` : '';
    throw new PayloadError(`${where} returned XML that does not parse at line ${line}${column}: ${msg}`);
  }
  const doc = parserFor(kind).parse(text) as Record<string, unknown>;
  // The validator passes several top-level elements, so the root is checked here.
  const roots = Object.keys(doc);
  if (roots.length !== 1 || roots[0] !== root) {
    throw new PayloadError(`${where} returned XML whose root is <${roots.join('>, <')}>, not <${root}>`);
  }
  const body = doc[root];
  // An empty list comes as <service_requests/>, which the parser reads as "".
  if (!isRecord(body)) return [];
  const items = body[item];
  return Array.isArray(items) ? items : [];
}
