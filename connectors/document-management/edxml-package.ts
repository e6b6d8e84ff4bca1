import { DAY } from '../../common/time.js';
import { VN_OFFSET_MS } from '../../common/vn-time.js';
import { departmentOf, slugify } from './department.js';
import type { Doc, urgencies } from './document.js';
import { at, child, createEdxmlParser, findEdxml, isNode, parseWellFormed, EDXML_NS, type XmlNode } from './edxml-read.js';

/** The end of the envelope, whatever its prefix: the base64 attachments come after it and are never read. */
export const ENVELOPE_END = /<\/(?:[A-Za-z_][\w.-]*:)?edXMLEnvelope\s*>/;

export interface Organ {
  organId: string;
  organName: string;
}

/** What the IOC keeps of a received package's MessageHeader. */
export interface EdxmlDocument {
  /** MessageHeader/DocumentId: the id status packets give in ResponseFor/DocumentId. */
  documentId: string;
  /** "125/BTC-NSNN" from Code/CodeNumber and Code/CodeNotation. */
  number: string;
  /** From/OrganName; From/OrganId is checked but the wall names the agency. */
  issuer: string;
  type: string;
  summary: string;
  signedAt: number;
  deadline?: number;
  urgency: (typeof urgencies)[number];
  electronic: boolean;
  /** Every To, in order. */
  recipients: Organ[];
}

export type PackageOutcome = { document: EdxmlDocument } | { rejected: string } | { skipped: string };

/**
 * OtherInfo/Priority as a public edXML sender's form numbers it (secondary, not read in QCVN 102 itself):
 * 0 thường, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc, 4 hỏa tốc hẹn giờ, which the wall counts as hỏa tốc.
 */
const priorities: Readonly<Record<string, (typeof urgencies)[number]>> = { '0': 'thuong', '1': 'khan', '2': 'thuong-khan', '3': 'hoa-toc', '4': 'hoa-toc' };

const parser = createEdxmlParser(['To']);

/** A reason the package is refused: thrown by the field readers, caught once in parsePackage. */
class Refused extends Error {}

function required(node: XmlNode, path: string, max: number): string {
  const value = at(node, ...path.split('/'));
  if (!value) throw new Refused(`${path} is missing`);
  if (value.length > max) throw new Refused(`${path} is longer than ${max} characters`);
  return value;
}

/**
 * A local day "2025/06/02" (as public samples write it) or "2025-06-02" at its first millisecond, or a
 * date-time with an offset; NaN for anything else, including a day that does not exist.
 */
function parseDay(text: string): number {
  if (/T.*([zZ]|[+-]\d\d:\d\d)$/.test(text)) return Date.parse(text);
  const m = /^(\d{4})[/-](\d{2})[/-](\d{2})$/.exec(text);
  if (!m) return Number.NaN;
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(utc).getUTCDate() === Number(m[3]) ? utc - VN_OFFSET_MS : Number.NaN;
}

function day(node: XmlNode, path: string, endOfDay: boolean): number | undefined {
  const text = at(node, ...path.split('/'));
  if (text === undefined || text === '') return undefined;
  const t = parseDay(text);
  if (Number.isNaN(t)) throw new Refused(`${path} "${text}" is not a date (yyyy/mm/dd)`);
  // A due date is a whole day: the document is late only from the next morning.
  return endOfDay && !text.includes('T') ? t + DAY - 1 : t;
}

function recipients(header: XmlNode): Organ[] {
  const to = child(header, 'To');
  const list = (Array.isArray(to) ? to : []).filter(isNode);
  if (list.length === 0) throw new Refused('To is missing');
  return list.map((o, i) => {
    const organId = at(o, 'OrganId');
    if (!organId) throw new Refused(`To[${i}]/OrganId is missing`);
    return { organId, organName: at(o, 'OrganName') ?? organId };
  });
}

function readHeader(header: XmlNode, trace: XmlNode | undefined): EdxmlDocument {
  const documentId = required(header, 'DocumentId', 200);
  required(header, 'From/OrganId', 100);
  const issuer = required(header, 'From/OrganName', 300);
  const to = recipients(header);
  const number = `${required(header, 'Code/CodeNumber', 40)}/${required(header, 'Code/CodeNotation', 59)}`;
  const signedAt = day(header, 'PromulgationInfo/PromulgationDate', false);
  if (signedAt === undefined) throw new Refused('PromulgationInfo/PromulgationDate is missing');
  const type = required(header, 'DocumentType/TypeName', 100);
  const summary = at(header, 'Subject') ?? '';
  if (summary.length > 4000) throw new Refused('Subject is longer than 4000 characters');
  const deadline = day(header, 'DueDate', true);
  const priority = at(header, 'OtherInfo', 'Priority') || '0';
  const urgency = priorities[priority];
  if (urgency === undefined) throw new Refused(`OtherInfo/Priority "${priority}" is not 0 to 4`);
  // A paper copy that follows the electronic one means the document was not handled electronically alone.
  const paper = trace && at(trace, 'Bussiness', 'Paper');
  return { documentId, number, issuer, type, summary, signedAt, ...(deadline === undefined ? {} : { deadline }), urgency, electronic: paper !== '1', recipients: to };
}

/** The text read up to the envelope's end, closed again under its root so that it parses. */
function closeAfterEnvelope(text: string): string {
  const end = ENVELOPE_END.exec(text);
  const root = /<([A-Za-z_][\w.:-]*)[\s/>]/.exec(text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, (s) => ' '.repeat(s.length)));
  if (end === null || root === null) return text;
  return `${text.slice(0, end.index + end[0].length)}</${root[1]}>`;
}

/**
 * Reads a received edXML package (QCVN 102:2016, domain.md §2.2) from its first byte to at least the end of its
 * envelope. Refuses, with the field and what is wrong, a package that is not well-formed, not in the edXML
 * namespace or lacks what the wall needs; skips one whose TraceHeaderList says it is not a new document.
 */
export function parsePackage(text: string, packageId: string): PackageOutcome {
  const where = `package ${packageId}`;
  try {
    const doc = parseWellFormed(parser, closeAfterEnvelope(text), where);
    const envelope = findEdxml(doc, ['edXML', 'edXMLEnvelope']);
    if (envelope === undefined) return { rejected: `${where}: edXML/edXMLEnvelope is missing` };
    if (!envelope.inNamespace) return { rejected: `${where}: edXMLEnvelope is outside the QCVN 102:2016 namespace ${EDXML_NS}` };
    const headerList = isNode(envelope.node) ? child(envelope.node, 'edXMLHeader') : undefined;
    const header = isNode(headerList) ? child(headerList, 'MessageHeader') : undefined;
    if (!isNode(header)) return { rejected: `${where}: edXMLHeader/MessageHeader is missing` };
    const trace = isNode(headerList) ? child(headerList, 'TraceHeaderList') : undefined;
    const docType = isNode(trace) ? at(trace, 'Bussiness', 'BussinessDocType') : undefined;
    // 0 is a new document; the other values (recall, update, replace) are not confirmed (domain.md §2.2 ⚠).
    if (docType !== undefined && docType !== '' && docType !== '0') return { skipped: `${where}: BussinessDocType ${docType} is not a new document` };
    return { document: readHeader(header, isNode(trace) ? trace : undefined) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { rejected: error instanceof Refused ? `${where}: MessageHeader/${reason}` : reason };
  }
}

/**
 * The document a package brings, handled by the first recipient `organIds` knows (else the first recipient):
 * incoming, ordinary confidentiality (the header carries none), received when the exchange received it.
 */
export function packageDoc(e: EdxmlDocument, receivedAt: number, departments: Readonly<Record<string, string>> = {}, organIds: Readonly<Record<string, string>> = {}): Doc {
  const to = e.recipients.find((r) => r.organId in organIds) ?? e.recipients[0]!;
  const code = organIds[to.organId];
  const department = code === undefined ? { slug: slugify(to.organId), name: departments[to.organId] ?? to.organName } : departmentOf(code, departments);
  return {
    id: e.documentId,
    number: e.number,
    issuer: e.issuer,
    type: e.type,
    direction: 'incoming',
    urgency: e.urgency,
    confidentiality: 'thuong',
    signedAt: e.signedAt,
    receivedAt,
    summary: e.summary,
    department,
    ...(e.deadline === undefined ? {} : { deadline: e.deadline }),
    status: 'received',
    electronic: e.electronic,
    updatedAt: receivedAt,
  };
}
