import { describe, expect, it } from 'vitest';
import { packageDoc, parsePackage, type EdxmlDocument } from './edxml-package.js';

const NS = 'http://www.mic.gov.vn/TBT/QCVN_102_2016';

/** Header fields by local name, as XML under the `edXML` prefix; a value of undefined leaves the element out. */
type Fields = Record<string, string | undefined>;
const defaults: Fields = {
  From: '<edXML:OrganId>000.00.00.G22</edXML:OrganId><edXML:OrganName>Văn phòng Chính phủ</edXML:OrganName>',
  To: '<edXML:OrganId>000.00.12.H46</edXML:OrganId><edXML:OrganName>Sở Tài chính</edXML:OrganName>',
  DocumentId: '000.00.00.G22,2025/05/30,7816/VPCP-KTTH',
  Code: '<edXML:CodeNumber>7816</edXML:CodeNumber><edXML:CodeNotation>VPCP-KTTH</edXML:CodeNotation>',
  PromulgationInfo: '<edXML:Place>Hà Nội</edXML:Place><edXML:PromulgationDate>2025/05/30</edXML:PromulgationDate>',
  DocumentType: '<edXML:Type>1</edXML:Type><edXML:TypeName>Công văn</edXML:TypeName>',
  Subject: 'V/v kết nối, liên thông phần mềm quản lý văn bản &amp; điều hành',
  DueDate: '2025/06/04',
  OtherInfo: '<edXML:Priority>2</edXML:Priority><edXML:PageAmount>3</edXML:PageAmount>',
};

/** A package laid out as a public QCVN 102 sample: root in the default namespace, attachments after the envelope. */
function edxml(fields: Fields = {}, trace = '<edXML:BussinessDocType>0</edXML:BussinessDocType><edXML:Paper>0</edXML:Paper>', ns = NS): string {
  const header = Object.entries({ ...defaults, ...fields })
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `<edXML:${k}>${v}</edXML:${k}>`)
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<edXML xmlns="${ns}"><edXML:edXMLEnvelope xmlns:edXML="${ns}"><edXML:edXMLHeader>` +
    `<edXML:MessageHeader>${header}</edXML:MessageHeader>` +
    `<edXML:TraceHeaderList><edXML:TraceHeader><edXML:OrganId>000.00.00.G22</edXML:OrganId></edXML:TraceHeader><edXML:Bussiness>${trace}</edXML:Bussiness></edXML:TraceHeaderList>` +
    `</edXML:edXMLHeader><edXML:edXMLBody/></edXML:edXMLEnvelope>` +
    `<AttachmentEncoded><Attachment><ContentId>cid:1</ContentId><edXML:ContentTransferEncoded xmlns:edXML="${ns}">JVBERi0xLjQK</edXML:ContentTransferEncoded></Attachment></AttachmentEncoded></edXML>`
  );
}

const documentOf = (xml: string): EdxmlDocument => {
  const out = parsePackage(xml, 'LT-1');
  if (!('document' in out)) throw new Error(JSON.stringify(out));
  return out.document;
};
const rejection = (fields: Fields, trace?: string) => parsePackage(edxml(fields, trace), 'LT-1');

describe('edXML packages (QCVN 102:2016)', () => {
  it('maps the MessageHeader to a document: number, issuer, type, urgency, deadline, subject', () => {
    expect(documentOf(edxml())).toEqual({
      documentId: '000.00.00.G22,2025/05/30,7816/VPCP-KTTH',
      number: '7816/VPCP-KTTH',
      issuer: 'Văn phòng Chính phủ',
      type: 'Công văn',
      summary: 'V/v kết nối, liên thông phần mềm quản lý văn bản & điều hành',
      signedAt: Date.parse('2025-05-30T00:00:00+07:00'),
      // Due on 4 June: late from the first moment of 5 June, local time.
      deadline: Date.parse('2025-06-05T00:00:00+07:00') - 1,
      urgency: 'thuong-khan',
      electronic: true,
      recipients: [{ organId: '000.00.12.H46', organName: 'Sở Tài chính' }],
    });
  });

  it('reads what the client returns: the text cut after the envelope, without the root closed', () => {
    const whole = edxml();
    const cut = whole.slice(0, whole.indexOf('</edXML:edXMLEnvelope>') + '</edXML:edXMLEnvelope>'.length);
    expect(documentOf(cut)).toEqual(documentOf(whole));
    // The prefix may be declared on the root only, and the root may carry it too.
    const prefixed = `<edXML:edXML xmlns:edXML="${NS}">${cut.slice(cut.indexOf('<edXML:edXMLEnvelope')).replace(` xmlns:edXML="${NS}"`, '')}<edXML:Attach`;
    expect(documentOf(prefixed).number).toBe('7816/VPCP-KTTH');
  });

  it.each([
    ['0', 'thuong'],
    ['1', 'khan'],
    ['2', 'thuong-khan'],
    ['3', 'hoa-toc'],
    ['4', 'hoa-toc'],
  ])('reads OtherInfo/Priority %s as %s', (priority, urgency) => {
    expect(documentOf(edxml({ OtherInfo: `<edXML:Priority>${priority}</edXML:Priority>` })).urgency).toBe(urgency);
  });

  it('takes an absent priority or due date as ordinary and without deadline, and a paper copy as not electronic alone', () => {
    const doc = documentOf(edxml({ OtherInfo: undefined, DueDate: undefined }, '<edXML:BussinessDocType>0</edXML:BussinessDocType><edXML:Paper>1</edXML:Paper>'));
    expect(doc).toMatchObject({ urgency: 'thuong', electronic: false });
    expect(doc).not.toHaveProperty('deadline');
    expect(documentOf(edxml({ DueDate: '2025-06-04T17:00:00+07:00' })).deadline).toBe(Date.parse('2025-06-04T17:00:00+07:00'));
  });

  it.each<[string, Fields, string]>([
    ['no DocumentId', { DocumentId: undefined }, 'MessageHeader/DocumentId is missing'],
    ['no issuer name', { From: '<edXML:OrganId>000.00.00.G22</edXML:OrganId>' }, 'MessageHeader/From/OrganName is missing'],
    ['no issuer code', { From: '<edXML:OrganName>Văn phòng Chính phủ</edXML:OrganName>' }, 'MessageHeader/From/OrganId is missing'],
    ['no recipient', { To: undefined }, 'MessageHeader/To is missing'],
    ['a recipient without code', { To: '<edXML:OrganName>Sở Tài chính</edXML:OrganName>' }, 'MessageHeader/To[0]/OrganId is missing'],
    ['no notation', { Code: '<edXML:CodeNumber>7816</edXML:CodeNumber>' }, 'MessageHeader/Code/CodeNotation is missing'],
    ['no promulgation date', { PromulgationInfo: '<edXML:Place>Hà Nội</edXML:Place>' }, 'MessageHeader/PromulgationInfo/PromulgationDate is missing'],
    ['a day that does not exist', { PromulgationInfo: '<edXML:PromulgationDate>2025/02/30</edXML:PromulgationDate>' }, 'MessageHeader/PromulgationInfo/PromulgationDate "2025/02/30" is not a date (yyyy/mm/dd)'],
    ['a due date in another order', { DueDate: '04/06/2025' }, 'MessageHeader/DueDate "04/06/2025" is not a date (yyyy/mm/dd)'],
    ['no type name', { DocumentType: '<edXML:Type>1</edXML:Type>' }, 'MessageHeader/DocumentType/TypeName is missing'],
    ['an unknown priority', { OtherInfo: '<edXML:Priority>7</edXML:Priority>' }, 'MessageHeader/OtherInfo/Priority "7" is not 0 to 4'],
    ['a notation too long', { Code: `<edXML:CodeNumber>1</edXML:CodeNumber><edXML:CodeNotation>${'X'.repeat(60)}</edXML:CodeNotation>` }, 'MessageHeader/Code/CodeNotation is longer than 59 characters'],
  ])('refuses a package with %s, naming the package and the field', (_name, fields, reason) => {
    expect(rejection(fields)).toEqual({ rejected: `package LT-1: ${reason}` });
  });

  it('refuses XML that is not well-formed, another namespace or no header', () => {
    expect(parsePackage('<edXML><edXML:edXMLEnvelope', 'LT-2')).toEqual({ rejected: expect.stringMatching(/^package LT-2 sent XML that is not well-formed: /) });
    expect(parsePackage(edxml({}, undefined, 'urn:other'), 'LT-3')).toEqual({ rejected: `package LT-3: edXMLEnvelope is outside the QCVN 102:2016 namespace ${NS}` });
    expect(parsePackage(`<edXML xmlns="${NS}"><edXMLEnvelope><edXMLBody/></edXMLEnvelope></edXML>`, 'LT-4')).toEqual({ rejected: 'package LT-4: edXMLHeader/MessageHeader is missing' });
    expect(parsePackage(`<Other xmlns="${NS}"/>`, 'LT-5')).toEqual({ rejected: 'package LT-5: edXML/edXMLEnvelope is missing' });
  });

  it('skips a package that is not a new document', () => {
    expect(rejection({}, '<edXML:BussinessDocType>2</edXML:BussinessDocType>')).toEqual({ skipped: 'package LT-1: BussinessDocType 2 is not a new document' });
  });

  it('files the document under the first recipient the configuration knows, else under the first one', () => {
    const e = documentOf(edxml({ To: undefined }).replace('<edXML:DocumentId>', '<edXML:To><edXML:OrganId>000.00.00.G09</edXML:OrganId><edXML:OrganName>Bộ Tài chính</edXML:OrganName></edXML:To><edXML:To><edXML:OrganId>000.00.12.H46</edXML:OrganId><edXML:OrganName>Sở Tài chính</edXML:OrganName></edXML:To><edXML:DocumentId>'));
    const at = Date.parse('2025-06-02T08:00:00+07:00');
    expect(packageDoc(e, at, { STC: 'Sở Tài chính (STC)' }, { '000.00.12.H46': 'STC' })).toMatchObject({
      id: '000.00.00.G22,2025/05/30,7816/VPCP-KTTH',
      department: { slug: 'stc', name: 'Sở Tài chính (STC)' },
      direction: 'incoming',
      confidentiality: 'thuong',
      status: 'received',
      receivedAt: at,
      updatedAt: at,
    });
    expect(packageDoc(e, at).department).toEqual({ slug: '000-00-00-g09', name: 'Bộ Tài chính' });
  });
});
