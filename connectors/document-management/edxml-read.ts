import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** QCVN 102:2016/BTTTT; XML in another namespace is some other format and is refused. */
export const EDXML_NS = 'http://www.mic.gov.vn/TBT/QCVN_102_2016';

export type XmlNode = Record<string, unknown>;

export const localName = (key: string): string => key.slice(key.indexOf(':') + 1);
export const isNode = (v: unknown): v is XmlNode => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The key of the first child with this local name, whatever prefix the sender chose. */
const childKey = (node: XmlNode, name: string): string | undefined => Object.keys(node).find((k) => !k.startsWith('@_') && localName(k) === name);

export function child(node: XmlNode, name: string): unknown {
  const key = childKey(node, name);
  return key === undefined ? undefined : node[key];
}

/** Element text; an element with attributes keeps its text under "#text". */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (isNode(value) && typeof value['#text'] === 'string') return value['#text'].trim();
  return undefined;
}

/** The text at a path of local names: `at(header, 'Code', 'CodeNumber')`. */
export function at(node: XmlNode, ...path: string[]): string | undefined {
  let value: unknown = node;
  for (const name of path) value = isNode(value) ? child(value, name) : undefined;
  return textOf(value);
}

/** A parser that keeps leading zeros ("01", "06") and makes arrays of the elements that may repeat. */
export function createEdxmlParser(repeated: readonly string[]): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    isArray: (name) => repeated.includes(localName(name)),
  });
}

/** The validator says "Invalid '[ "a", "b" ]' found." of elements still open at the end of the text. */
function describeInvalid(msg: string, line: number): string {
  const open = /^Invalid '(\[[\s\S]*\])' found\.$/.exec(msg);
  if (open === null) return `${msg} (line ${line})`;
  const tags = JSON.parse(open[1]!) as string[];
  return `it ends with ${tags.map((t) => `<${t}>`).join(', ')} still open`;
}

/** Parses XML that must be well-formed; throws naming `where`, the reason and the line. */
export function parseWellFormed(parser: XMLParser, xml: string, where: string): XmlNode {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`${where} sent XML that is not well-formed: ${describeInvalid(valid.err.msg, valid.err.line)}`);
  return parser.parse(xml) as XmlNode;
}

/**
 * The element with this local name on the path from the root, and whether its prefix resolves to the edXML
 * namespace through the declarations on it or on the elements above it.
 */
export function findEdxml(doc: XmlNode, path: readonly string[]): { node: unknown; inNamespace: boolean } | undefined {
  const declared: Record<string, string> = {};
  let node: unknown = doc;
  let key: string | undefined;
  for (const name of path) {
    if (!isNode(node)) return undefined;
    key = childKey(node, name);
    if (key === undefined) return undefined;
    node = node[key];
    if (isNode(node)) {
      for (const [attr, value] of Object.entries(node)) {
        if (attr === '@_xmlns') declared[''] = String(value);
        else if (attr.startsWith('@_xmlns:')) declared[attr.slice('@_xmlns:'.length)] = String(value);
      }
    }
  }
  const prefix = key!.includes(':') ? key!.slice(0, key!.indexOf(':')) : '';
  return { node, inNamespace: declared[prefix] === EDXML_NS };
}
