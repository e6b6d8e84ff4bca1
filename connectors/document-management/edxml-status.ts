import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { statusCodes } from './status-codes.js';

/** QCVN 102:2016/BTTTT; a list in another namespace is some other format and is refused as a whole. */
export const EDXML_NS = 'http://www.mic.gov.vn/TBT/QCVN_102_2016';

export interface StatusPacket {
  /** `ResponseFor/DocumentId`: the id of the document in the QLVB&ĐH system. */
  documentId: string;
  code: string;
  at: number;
  /** `From/OrganName`, for messages; empty when absent. */
  from: string;
}

export interface ParsedPackets {
  packets: StatusPacket[];
  /** One reason per packet that could not be read, with its position in the list. */
  rejected: string[];
}

type Node = Record<string, unknown>;

const localName = (key: string): string => key.slice(key.indexOf(':') + 1);
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The first child with this local name, whatever prefix the sender chose. */
function child(node: Node, name: string): unknown {
  const key = Object.keys(node).find((k) => !k.startsWith('@_') && localName(k) === name);
  return key === undefined ? undefined : node[key];
}

/** Element text; an element with attributes keeps its text under "#text". */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (isNode(value) && typeof value['#text'] === 'string') return value['#text'].trim();
  return undefined;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Status codes are "01", "06": as numbers they would lose the leading zero.
  parseTagValue: false,
  isArray: (name) => localName(name) === 'Status',
});

function readPacket(raw: unknown): StatusPacket | string {
  if (!isNode(raw)) return 'Status is empty';
  const responseFor = child(raw, 'ResponseFor');
  const documentId = isNode(responseFor) ? textOf(child(responseFor, 'DocumentId')) : undefined;
  if (!documentId) return 'ResponseFor/DocumentId is missing';
  const code = textOf(child(raw, 'StatusCode'));
  if (!code) return `StatusCode is missing (document ${documentId})`;
  if (!(code in statusCodes)) return `StatusCode "${code}" is not a QCVN 102 status (document ${documentId})`;
  const stamp = textOf(child(raw, 'Timestamp')) ?? '';
  const at = /[zZ]|[+-]\d\d:\d\d$/.test(stamp) ? Date.parse(stamp) : Number.NaN;
  if (Number.isNaN(at)) return `Timestamp "${stamp}" is not a date-time with an offset (document ${documentId})`;
  const from = child(raw, 'From');
  return { documentId, code, at, from: (isNode(from) ? textOf(child(from, 'OrganName')) : undefined) ?? '' };
}

/**
 * Reads the answer of `GET edxml/status`: `<edXML:StatusList>` holding `<edXML:Status>` packets. Throws when the
 * whole answer is unusable (not XML, another root or namespace); a packet that cannot be read is rejected with
 * its reason and the others are kept, so one bad packet does not hold back a department's work.
 */
export function parseStatusPackets(xml: string, where: string): ParsedPackets {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`${where} sent XML that is not well-formed: ${valid.err.msg} (line ${valid.err.line})`);
  const doc: unknown = parser.parse(xml);
  const rootKey = isNode(doc) ? Object.keys(doc).find((k) => localName(k) === 'StatusList') : undefined;
  const root = rootKey === undefined ? undefined : (doc as Node)[rootKey];
  if (rootKey === undefined || !(isNode(root) || root === '')) throw new Error(`${where} sent XML without an edXML StatusList`);
  const prefix = rootKey.includes(':') ? rootKey.slice(0, rootKey.indexOf(':')) : undefined;
  const ns = isNode(root) ? root[prefix === undefined ? '@_xmlns' : `@_xmlns:${prefix}`] : undefined;
  if (ns !== EDXML_NS) throw new Error(`${where} sent a StatusList outside the QCVN 102:2016 namespace ${EDXML_NS}`);
  const list = child(root as Node, 'Status');
  const result: ParsedPackets = { packets: [], rejected: [] };
  (Array.isArray(list) ? list : []).forEach((raw: unknown, index) => {
    const packet = readPacket(raw);
    if (typeof packet === 'string') result.rejected.push(`[${index}] ${packet}`);
    else result.packets.push(packet);
  });
  return result;
}
