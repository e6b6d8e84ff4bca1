import { at, child, createEdxmlParser, findEdxml, isNode, parseWellFormed, textOf, EDXML_NS } from './edxml-read.js';
import { isStatusCode } from './status-codes.js';

export interface StatusPacket {
  /** `ResponseFor/DocumentId`: the id of the document in the QLVB&ĐH system or of its edXML package. */
  documentId: string;
  code: string;
  at: number;
  /** `From/OrganName`, for messages; empty when absent. */
  from: string;
}

export interface ParsedPackets {
  packets: StatusPacket[];
  /** One reason per packet that could not be read; `index` is its position in the list, `key` its content. */
  rejected: { index: number; reason: string; key: string }[];
}

const parser = createEdxmlParser(['Status']);

function readPacket(raw: unknown): StatusPacket | string {
  if (!isNode(raw)) return 'Status is empty';
  const documentId = at(raw, 'ResponseFor', 'DocumentId');
  if (!documentId) return 'ResponseFor/DocumentId is missing';
  const code = textOf(child(raw, 'StatusCode'));
  if (!code) return `StatusCode is missing (document ${documentId})`;
  if (!isStatusCode(code)) return `StatusCode "${code}" is not an edXML status code (01 to 16) (document ${documentId})`;
  const stamp = textOf(child(raw, 'Timestamp')) ?? '';
  const time = /[zZ]|[+-]\d\d:\d\d$/.test(stamp) ? Date.parse(stamp) : Number.NaN;
  if (Number.isNaN(time)) return `Timestamp "${stamp}" is not a date-time with an offset (document ${documentId})`;
  return { documentId, code, at: time, from: at(raw, 'From', 'OrganName') ?? '' };
}

/**
 * Reads the answer of `GET <statusPath>`: `<edXML:StatusList>` holding `<edXML:Status>` packets. Throws when the
 * whole answer is unusable (not XML, another root or namespace); a packet that cannot be read is rejected with
 * its reason and the others are kept, so one bad packet does not hold back a department's work.
 */
export function parseStatusPackets(xml: string, where: string): ParsedPackets {
  const doc = parseWellFormed(parser, xml, where);
  const root = findEdxml(doc, ['StatusList']);
  if (root === undefined || !(isNode(root.node) || root.node === '')) throw new Error(`${where} sent XML without an edXML StatusList`);
  if (!root.inNamespace) throw new Error(`${where} sent a StatusList outside the QCVN 102:2016 namespace ${EDXML_NS}`);
  const list = isNode(root.node) ? child(root.node, 'Status') : undefined;
  const result: ParsedPackets = { packets: [], rejected: [] };
  (Array.isArray(list) ? list : []).forEach((raw: unknown, index) => {
    const packet = readPacket(raw);
    if (typeof packet === 'string') result.rejected.push({ index, reason: packet, key: JSON.stringify(raw) });
    else result.packets.push(packet);
  });
  return result;
}
