import { describe, expect, it } from 'vitest';
import { applyPacket } from './document-book.js';
import { EDXML_NS } from './edxml-read.js';
import { parseStatusPackets } from './edxml-status.js';
import { docOf, MONDAY_10H, rawDoc } from './test-kit.js';

const list = (body: string, ns = EDXML_NS) => `<?xml version="1.0"?><e:StatusList xmlns:e="${ns}">${body}</e:StatusList>`;
const packet = (id: string, code: string, stamp = '2025-06-02T09:30:00+07:00') =>
  `<e:Status><e:ResponseFor><e:DocumentId>${id}</e:DocumentId></e:ResponseFor><e:StatusCode>${code}</e:StatusCode><e:Timestamp>${stamp}</e:Timestamp></e:Status>`;

describe('edXML status packets', () => {
  it('reads packets under any prefix and rejects the malformed ones with a reason', () => {
    const out = parseStatusPackets(list(packet('VB-1', '06') + packet('VB-2', '99') + packet('VB-3', '05', '02/06/2025')), 'GET x');
    expect(out.packets).toEqual([{ documentId: 'VB-1', code: '06', at: Date.parse('2025-06-02T09:30:00+07:00'), from: '' }]);
    expect(out.rejected.map(({ index, reason }) => ({ index, reason }))).toEqual([
      { index: 1, reason: 'StatusCode "99" is not an edXML status code (01 to 16) (document VB-2)' },
      { index: 2, reason: 'Timestamp "02/06/2025" is not a date-time with an offset (document VB-3)' },
    ]);
  });

  it('reads every code from 01 to 16 and rejects the codes around that range', () => {
    const inRange = Array.from({ length: 16 }, (_, i) => String(i + 1).padStart(2, '0'));
    const outside = ['00', '17', '1', '6', '016', 'A1'];
    const out = parseStatusPackets(list([...inRange, ...outside].map((code) => packet('VB-1', code)).join('')), 'GET x');
    expect(out.packets.map((p) => p.code)).toEqual(inRange);
    expect(out.rejected.map((r) => r.reason)).toEqual(outside.map((code) => `StatusCode "${code}" is not an edXML status code (01 to 16) (document VB-1)`));
  });

  it('refuses a whole answer that is not well-formed or is in another namespace', () => {
    expect(() => parseStatusPackets('<e:StatusList>', 'GET x')).toThrow("GET x sent XML that is not well-formed: Unclosed tag 'e:StatusList'. (line 1)");
    expect(() => parseStatusPackets(list(packet('VB-1', '06'), 'urn:other'), 'GET x')).toThrow(/QCVN 102:2016 namespace/);
  });

  it('does not reopen a closed document, but a recall withdraws it', () => {
    const done = { ...docOf(rawDoc('VB-1')), status: 'done' as const };
    const p = (code: string) => ({ documentId: 'VB-1', code, at: MONDAY_10H + 1, from: '' });
    expect(applyPacket(done, p('05'))).toBeUndefined();
    expect(applyPacket(done, p('16'))).toBeUndefined();
    expect(applyPacket(done, p('09'))).toBeUndefined();
    expect(applyPacket(docOf(rawDoc('VB-1')), p('09'))).toBeUndefined();
    expect(applyPacket(done, p('13'))?.status).toBe('withdrawn');
  });
});
