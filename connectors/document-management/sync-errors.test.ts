import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { MINUTE } from '../../common/time.js';
import { fixtureOrganIds } from './fixture/seed-packages.js';
import { fixtureDepartments } from './fixture/seed.js';
import type { DocumentFixture, FixtureBehaviour } from './fixture/server.js';
import { createClock, createHarness, lastSamples, latestDocs, rawDoc, rawPackage, startEmptyFixture } from './test-kit.js';

let fixture: DocumentFixture;
afterEach(async () => fixture?.stop());

type Feed = 'documents' | 'packages' | 'packets';
const PACKAGE_DOC = '000.00.00.G22,2025/06/01,002/VPCP-KTTH';
const options = { departments: fixtureDepartments, organIds: fixtureOrganIds };
const reset: Partial<FixtureBehaviour> = { fail500: 0, delayNext: 0, failPath: undefined, malformedJson: false, malformedXml: false, hugePath: undefined };

/**
 * A good first poll of two documents and a package, then a change in each feed upstream (a new document, a new
 * package, a status packet moving a known document on) and a failing second poll.
 */
async function failSecondPoll(behaviour: Partial<FixtureBehaviour>) {
  const clock = createClock();
  fixture = await startEmptyFixture(clock);
  fixture.put(rawDoc('VB-001'));
  fixture.put(rawDoc('VB-002'));
  fixture.putPackage(rawPackage('LT-001'));
  const harness = createHarness(fixture.url, clock.now, options);
  await harness.sync.poll();
  expect(harness.ctx.calls.health.at(-1)?.state).toBe('ok');
  const first = { cursors: new Map(harness.ctx.cursors), docs: latestDocs(harness.ctx.calls.records) };
  expect([...first.docs.keys()].sort()).toEqual(['000.00.00.G22,2025/06/01,001/VPCP-KTTH', 'VB-001', 'VB-002']);

  clock.t += 10 * MINUTE;
  fixture.put(rawDoc('VB-003'));
  fixture.putPackage(rawPackage('LT-002'));
  fixture.status('VB-002', '05');
  fixture.status(PACKAGE_DOC, '04');
  fixture.set(behaviour);
  await harness.sync.poll();
  return { clock, harness, first, health: harness.ctx.calls.health.at(-1)! };
}

/** What of the upstream change each feed brings, in the latest records. */
const arrived = (docs: ReturnType<typeof latestDocs>): Record<Feed, boolean> => ({
  documents: docs.has('VB-003'),
  packages: docs.has(PACKAGE_DOC),
  packets: docs.get('VB-002')?.status === 'in-progress',
});

/** Stored data is intact: every document of the first poll is still there as it was, unless its own feed moved it on. */
function expectIntact(now: ReturnType<typeof latestDocs>, before: ReturnType<typeof latestDocs>) {
  for (const [id, doc] of before) {
    const after = now.get(id);
    if (id === 'VB-002' && after?.status === 'in-progress') continue;
    expect(after).toEqual(doc);
  }
}

/** A later poll still failing, then one after the failure is cleared: it brings every change and says ok. */
async function recovers({ clock, harness }: Awaited<ReturnType<typeof failSecondPoll>>) {
  clock.t += 10 * MINUTE;
  fixture.status('VB-001', '03');
  await harness.sync.poll();
  fixture.set(reset);
  clock.t += MINUTE;
  await harness.sync.poll();
  expect(harness.ctx.calls.health.at(-1)?.state).toBe('ok');
  const docs = latestDocs(harness.ctx.calls.records);
  expect(arrived(docs)).toEqual({ documents: true, packages: true, packets: true });
  // The packet for the new package came while a feed failed; it still applies.
  expect(docs.get(PACKAGE_DOC)?.status).toBe('assigned');
  expect(lastSamples(harness.ctx).get('docs.tinh.in-progress')).toBe(5);
}

const cursorOf: Record<Feed, string> = { documents: 'default', packages: 'edxml-packages', packets: 'edxml' };

describe('document sync failures', () => {
  it.each<[string, Partial<FixtureBehaviour>, Feed, RegExp]>([
    ['5xx on documents after every retry', { fail500: 100, failPath: 'documents' }, 'documents', /^GET http:\/\/127\.0\.0\.1:\d+\/qlvb\/documents\?updatedSince=2025-06-02T09%3A55%3A00%2B07%3A00&page=1 returned HTTP 500: \{"error":"Lỗi máy chủ"\} \(2 attempts\); /],
    ['5xx on the status packets', { fail500: 100, failPath: 'edxml/status' }, 'packets', /^GET http:\/\/127\.0\.0\.1:\d+\/qlvb\/edxml\/status\?since=.* returned HTTP 500: \{"error":"Lỗi máy chủ"\} \(2 attempts\); /],
    ['5xx on the package list', { fail500: 100, failPath: 'edxml/packages' }, 'packages', /^GET http:\/\/127\.0\.0\.1:\d+\/qlvb\/edxml\/packages\?since=.* returned HTTP 500: .* \(2 attempts\); /],
    ['5xx on one package', { fail500: 100, failPath: 'edxml/packages/LT-002' }, 'packages', /^GET http:\/\/127\.0\.0\.1:\d+\/qlvb\/edxml\/packages\/LT-002 returned HTTP 500: .* \(2 attempts\); /],
    ['a timeout', { delayNext: 2, delayMs: 1000, failPath: 'documents' }, 'documents', /^GET http:\/\/127\.0\.0\.1:\d+\/qlvb\/documents\?updatedSince=.* timed out after 300 ms \(2 attempts\); /],
    ['malformed JSON', { malformedJson: true }, 'documents', /^GET http:\/\/127\.0\.0\.1:\d+\/qlvb\/documents\?updatedSince=.* returned JSON that does not parse at position 26 \(line 1, column 27\), near "s\\": \[\{\\"id\\": \\"VB-1\\", "; /],
    ['malformed status XML', { malformedXml: true }, 'packets', /^GET edxml\/status\?since=.* sent XML that is not well-formed: it ends with <edXML:StatusList>, <edXML:Status> still open; /],
    ['a 50 MB document list', { hugePath: 'documents' }, 'documents', /^GET http:\/\/127\.0\.0\.1:\d+\/qlvb\/documents\?updatedSince=.* sent a response larger than the limit of 10485760 bytes; /],
    ['a 50 MB status list', { hugePath: 'edxml/status' }, 'packets', /^GET http:\/\/127\.0\.0\.1:\d+\/qlvb\/edxml\/status\?since=.* sent a response larger than the limit of 10485760 bytes; /],
  ])('is degraded on %s, stores what the other feeds read, keeps the data, holds that cursor and recovers', async (_name, behaviour, failed, message) => {
    const run = await failSecondPoll(behaviour);
    expect(run.health.state).toBe('degraded');
    expect(run.health.message).toMatch(message);
    const docs = latestDocs(run.harness.ctx.calls.records);
    expectIntact(docs, run.first.docs);
    // The feeds that answered were published in the same poll; the failed one brought nothing and kept its cursor.
    expect(arrived(docs)).toEqual({ documents: failed !== 'documents', packages: failed !== 'packages', packets: failed !== 'packets' });
    // Two documents and a package before; the new document and the new package unless their feed failed.
    expect(lastSamples(run.harness.ctx).get('docs.tinh.in-progress')).toBe(failed === 'packets' ? 5 : 4);
    expect(run.harness.ctx.cursors.get(cursorOf[failed])).toBe(run.first.cursors.get(cursorOf[failed]));
    // Packets name documents of the other feeds: their cursor waits until those were read to the end.
    expect(run.harness.ctx.cursors.get('edxml')).toBe(run.first.cursors.get('edxml'));
    await recovers(run);
  });

  it('rejects a status packet of a code outside 01 to 16 on its own: the others apply, health says why', async () => {
    const run = await failSecondPoll({});
    fixture.status('VB-001', '17');
    fixture.status('VB-001', '04');
    run.clock.t += MINUTE;
    await run.harness.sync.poll();
    const health = run.harness.ctx.calls.health.at(-1)!;
    expect(health.state).toBe('degraded');
    expect(health.message).toContain('1 malformed edXML status packet(s) rejected: [2] StatusCode "17" is not an edXML status code (01 to 16) (document VB-001)');
    expect(latestDocs(run.harness.ctx.calls.records).get('VB-001')?.status).toBe('assigned');
    expect(run.harness.ctx.calls.logs).toContainEqual({ level: 'warn', msg: 'rejected a malformed edXML status packet', fields: { reason: expect.stringContaining('"17"') } });
    // Read again in the overlap, it is not reported again.
    run.clock.t += MINUTE;
    await run.harness.sync.poll();
    expect(run.harness.ctx.calls.health.at(-1)?.state).toBe('ok');
  });

  it('takes the status codes of no confirmed meaning (07 to 12, 14) as known: nothing changes, health stays ok, each code is logged once', async () => {
    const run = await failSecondPoll({});
    const unconfirmed = ['07', '08', '09', '10', '11', '12', '14'];
    for (const code of unconfirmed) fixture.status('VB-001', code);
    fixture.status('VB-003', '09');
    run.clock.t += MINUTE;
    await run.harness.sync.poll();
    run.clock.t += MINUTE;
    await run.harness.sync.poll();
    expect(run.harness.ctx.calls.health.slice(-2).map((h) => h.state)).toEqual(['ok', 'ok']);
    const docs = latestDocs(run.harness.ctx.calls.records);
    expect(docs.get('VB-001')).toEqual(run.first.docs.get('VB-001'));
    expect(docs.get('VB-003')?.status).toBe('received');
    const logged = run.harness.ctx.calls.logs.filter((l) => l.msg === 'an edXML status code whose meaning is not confirmed; documents are left as they are');
    expect(logged.map((l) => [l.level, l.fields?.code])).toEqual(unconfirmed.map((code) => ['info', code]));
  });

  it('rejects a malformed package naming it and the field, and reads the packages beside it', async () => {
    const run = await failSecondPoll({});
    fixture.rawPackage('LT-HONG', '<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016"><edXML:edXMLEnvelope xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016"><edXML:edXMLHeader>');
    fixture.putPackage(rawPackage('LT-003', { dueDate: '04/06/2025' }));
    fixture.putPackage(rawPackage('LT-004'));
    run.clock.t += MINUTE;
    await run.harness.sync.poll();
    const health = run.harness.ctx.calls.health.at(-1)!;
    expect(health.state).toBe('degraded');
    expect(health.message).toMatch(/^2 edXML package\(s\) rejected: package LT-003: MessageHeader\/DueDate "04\/06\/2025" is not a date \(yyyy\/mm\/dd\) \| package LT-HONG sent XML that is not well-formed: it ends with <edXML>, <edXML:edXMLEnvelope>, <edXML:edXMLHeader> still open; /);
    expect(latestDocs(run.harness.ctx.calls.records).has('000.00.00.G22,2025/06/01,004/VPCP-KTTH')).toBe(true);
    expect(run.harness.ctx.calls.logs.filter((l) => l.msg === 'rejected an edXML package').map((l) => l.fields?.package)).toEqual(['LT-003', 'LT-HONG']);
    // A rejected package is not fetched again, so the next poll is clean.
    run.clock.t += MINUTE;
    await run.harness.sync.poll();
    expect(run.harness.ctx.calls.health.at(-1)?.state).toBe('ok');
  });

  it('goes down on 401 and never shows the apiKey, even when the server echoes it', async () => {
    const clock = createClock();
    fixture = await startEmptyFixture(clock);
    fixture.set({ apiKey: 'right-key' });
    const { ctx, sync } = createHarness(fixture.url, clock.now, { apiKey: 'Wr0ng-K3y-42' });
    await sync.poll();
    expect(ctx.calls.health.at(-1)).toMatchObject({ state: 'down', message: expect.stringMatching(/^GET .*\/documents\?open=true&page=1 returned HTTP 401: .*; the document system refused the credentials: check apiKey/) });
    expect(ctx.calls.health.at(-1)?.message).toContain('***');
    expect(JSON.stringify(ctx.calls)).not.toContain('Wr0ng-K3y-42');
    expect(ctx.calls.samples).toEqual([]);
    expect(ctx.cursors.size).toBe(0);
  });

  it('goes down when nothing answers at the base URL, naming what to check', async () => {
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const clock = createClock();
    const { ctx, sync } = createHarness(`http://127.0.0.1:${port}/qlvb/`, clock.now);
    await sync.poll();
    expect(ctx.calls.health.at(-1)).toMatchObject({ state: 'down', message: expect.stringMatching(/ECONNREFUSED.*check baseUrl and that the document system is reachable/) });
    expect(ctx.cursors.size).toBe(0);
  });
});
