import { afterEach, describe, expect, it } from 'vitest';
import { fixtureOrganIds } from './fixture/seed-packages.js';
import type { DocumentFixture } from './fixture/server.js';
import { createClock, createHarness, latestDocs, rawDoc, rawPackage, startEmptyFixture } from './test-kit.js';

let fixture: DocumentFixture;
afterEach(async () => fixture?.stop());

const paths = { documentsPath: 'api/v2/van-ban', packagesPath: 'lien-thong/goi-tin', statusPath: 'lien-thong/trang-thai' };
const PACKAGE_DOC = '000.00.00.G22,2025/06/01,001/VPCP-KTTH';

/** An adapter that serves its documents, packages and packets under paths of its own. */
async function adapterOnOwnPaths() {
  const clock = createClock();
  fixture = await startEmptyFixture(clock, { paths: { documents: paths.documentsPath, packages: paths.packagesPath, status: paths.statusPath } });
  fixture.put(rawDoc('VB-001'));
  fixture.putPackage(rawPackage('LT-001'));
  fixture.status('VB-001', '05');
  return clock;
}

describe('document sync on the adapter paths of the options', () => {
  it('reads the documents, packages and status packets on the paths configured', async () => {
    const clock = await adapterOnOwnPaths();
    const { ctx, sync } = createHarness(fixture.url, clock.now, { ...paths, organIds: fixtureOrganIds });
    await sync.poll();
    expect(ctx.calls.health.at(-1)?.state).toBe('ok');
    const docs = latestDocs(ctx.calls.records);
    expect(docs.get('VB-001')?.status).toBe('in-progress');
    expect(docs.get(PACKAGE_DOC)?.department.slug).toBe('stc');
    expect(new Set(fixture.received.map((r) => r.path))).toEqual(new Set(['api/v2/van-ban', 'lien-thong/goi-tin', 'lien-thong/goi-tin/LT-001', 'lien-thong/trang-thai']));
  });

  it('goes down on the default paths against that adapter, naming the options to check', async () => {
    const clock = await adapterOnOwnPaths();
    const { ctx, sync } = createHarness(fixture.url, clock.now);
    await sync.poll();
    expect(ctx.calls.health.at(-1)).toMatchObject({
      state: 'down',
      message: expect.stringMatching(/^GET http:\/\/127\.0\.0\.1:\d+\/qlvb\/documents\?open=true&page=1 returned HTTP 404: .*check baseUrl and documentsPath, packagesPath and statusPath/),
    });
    expect(ctx.calls.records).toEqual([]);
  });
});
