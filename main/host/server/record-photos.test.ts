import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SourceRecord } from '../../../common/index.js';
import { encodePng } from '../../../connectors/field-reports/fixture/scene-photo.js';
import { startOpen311Fixture, type Open311Fixture } from '../../../connectors/field-reports/fixture/server.js';
import { createLogger } from '../log.js';
import { hasOpenssl, selfSignedCertificate } from '../../../test/helpers/self-signed.js';
import { createRecordPhotos, type RecordPhotosDeps } from './record-photos.js';

const png = encodePng(2, 1, new Uint8Array([255, 0, 0, 0, 0, 255]));

/** Answers each path as the table says; `/slow` never answers; every request is counted. */
let site: http.Server;
let base: string;
const hits: string[] = [];
const routes: Record<string, (res: http.ServerResponse) => void> = {
  '/ok.png': (res) => res.writeHead(200, { 'content-type': 'image/png' }).end(png),
  '/other.png': (res) => res.writeHead(200, { 'content-type': 'image/png; charset=binary' }).end(encodePng(1, 1, new Uint8Array([0, 255, 0]))),
  '/moved': (res) => res.writeHead(302, { location: '/ok.png' }).end(),
  '/to-file': (res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
  '/loop': (res) => res.writeHead(302, { location: '/loop' }).end(),
  '/drawing.svg': (res) => res.writeHead(200, { 'content-type': 'image/svg+xml' }).end('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  '/lying.png': (res) => res.writeHead(200, { 'content-type': 'image/png' }).end('<!doctype html><p>Đăng nhập</p>'),
  '/slow': () => {},
};

beforeAll(async () => {
  site = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    (routes[req.url ?? ''] ?? ((r: http.ServerResponse) => r.writeHead(404).end()))(res);
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});
afterAll(async () => {
  site.closeAllConnections();
  await new Promise((resolve) => site.close(resolve));
});

let fixture: Open311Fixture | undefined;
afterEach(async () => {
  hits.length = 0;
  await fixture?.stop();
  fixture = undefined;
});

const record = (id: string, mediaUrl?: string): SourceRecord => ({ kind: 'field-report', id, updatedAt: 1, data: mediaUrl === undefined ? {} : { mediaUrl } });

function photos(records: SourceRecord[], extra: Partial<RecordPhotosDeps> = {}) {
  const clock = { t: 0 };
  const logs: string[] = [];
  const log = createLogger({}, { write: (line) => void logs.push(line) });
  const service = createRecordPhotos({
    record: (kind, id) => records.find((r) => r.kind === kind && r.id === id),
    now: () => clock.t,
    log,
    limits: { timeoutMs: 300 },
    ...extra,
  });
  return { service, clock, logs };
}

describe('record photos', () => {
  it('serves the photo a stored report links to, fetched once for every display that asks, then from the cache', async () => {
    fixture = await startOpen311Fixture({ reports: 40 });
    const report = fixture.reports.find((r) => r.media_url?.endsWith('.png'))!;
    const { service, clock } = photos([record(report.service_request_id, report.media_url)]);
    const answers = await Promise.all([1, 2, 3].map(() => service.get('field-report', report.service_request_id)));
    const served = await (await fetch(report.media_url!)).arrayBuffer();
    for (const a of answers) expect(a).toEqual({ kind: 'image', type: 'image/png', body: Buffer.from(served) });
    const mediaHits = () => fixture!.received.filter((r) => r.path.startsWith('/media/')).length;
    // Three answers and the test's own fetch: two requests.
    expect(mediaHits()).toBe(2);
    clock.t += 9 * 60_000;
    await service.get('field-report', report.service_request_id);
    expect(mediaHits()).toBe(2);
    clock.t += 2 * 60_000;
    await service.get('field-report', report.service_request_id);
    expect(mediaHits()).toBe(3);
  });

  it('fetches only the link of a stored record, never one a caller names', async () => {
    const { service } = photos([record('no-photo'), record('odd', 'ftp://127.0.0.1/x.png')]);
    expect(await service.get('field-report', `${base}/ok.png`)).toEqual({ kind: 'none', reason: `no field-report record "${base}/ok.png"` });
    expect(await service.get('field-report', 'no-photo')).toEqual({ kind: 'none', reason: 'field-report "no-photo" has no photo' });
    expect(await service.get('field-report', 'odd')).toMatchObject({ kind: 'failed', status: 502, reason: 'ftp://127.0.0.1/x.png is not an http(s) address' });
    expect(hits).toEqual([]);
  });

  it.each([
    ['a link that is gone', '/gone.png', 502, /^GET http:\/\/127\.0\.0\.1:\d+\/gone\.png returned HTTP 404$/],
    ['an SVG, which may carry script', '/drawing.svg', 502, /sent "image\/svg\+xml", not a PNG, JPEG, GIF or WebP picture$/],
    ['a page labelled as a PNG', '/lying.png', 502, /sent 35 bytes labelled image\/png that are not one$/],
    ['a redirect out of http', '/to-file', 502, /^file:\/\/\/etc\/passwd is not an http\(s\) address$/],
    ['endless redirects', '/loop', 502, /\/loop redirected more than 3 times$/],
    ['a host that does not answer', '/slow', 504, /\/slow timed out after 300 ms$/],
  ])('refuses %s, says why in the log, and asks again only after a minute', async (_name, path, status, reason) => {
    const { service, clock, logs } = photos([record('r', `${base}${path}`)]);
    expect(await service.get('field-report', 'r')).toEqual({ kind: 'failed', status, reason: expect.stringMatching(reason) });
    expect(logs.join('\n')).toMatch(/a record photo could not be fetched.*"id":"r"/);
    const asked = hits.length;
    await service.get('field-report', 'r');
    expect(hits).toHaveLength(asked);
    clock.t += 61_000;
    await service.get('field-report', 'r');
    expect(hits.length).toBeGreaterThan(asked);
  });

  it('follows a redirect to the picture', async () => {
    const { service } = photos([record('r', `${base}/moved`)]);
    expect(await service.get('field-report', 'r')).toMatchObject({ kind: 'image', body: png });
    expect(hits).toEqual(['/moved', '/ok.png']);
  });

  it('cuts off a picture over the size limit', async () => {
    fixture = await startOpen311Fixture({ reports: 40 });
    fixture.set({ photos: 'huge' });
    const report = fixture.reports.find((r) => r.media_url?.endsWith('.png'))!;
    const { service } = photos([record(report.service_request_id, report.media_url)], { limits: { maxBytes: 1024 * 1024 } });
    expect(await service.get('field-report', report.service_request_id)).toEqual({ kind: 'failed', status: 502, reason: expect.stringMatching(/sent a response larger than the limit of 1048576 bytes$/) });
  });

  it('keeps a picture it had while its source fails, and keeps no more bytes than its cache holds', async () => {
    const links = { a: `${base}/ok.png`, b: `${base}/other.png` };
    const { service, clock } = photos([record('a', links.a), record('b', links.b)], { cacheBytes: png.length + 10 });
    const first = await service.get('field-report', 'a');
    routes['/ok.png'] = (res) => res.writeHead(500).end();
    try {
      clock.t += 11 * 60_000;
      expect(await service.get('field-report', 'a')).toEqual(first);
      // Only one picture fits: b pushes a out, and a is asked for again.
      await service.get('field-report', 'b');
      hits.length = 0;
      await service.get('field-report', 'b');
      expect(hits).toEqual([]);
      expect(await service.get('field-report', 'a')).toMatchObject({ kind: 'failed', status: 502 });
      expect(hits).toEqual(['/ok.png']);
    } finally {
      routes['/ok.png'] = (res) => res.writeHead(200, { 'content-type': 'image/png' }).end(png);
    }
  });
});

describe.skipIf(!hasOpenssl)('record photos behind a provincial certificate authority (skipped without openssl, which makes the certificate)', () => {
  it("trusts the CA of the source that stored the record, and says it is the certificate where it has none", async () => {
    const tls = selfSignedCertificate('open311.hue.gov.vn');
    fixture = await startOpen311Fixture({ reports: 40, tls });
    const report = fixture.reports.find((r) => r.media_url?.endsWith('.png'))!;
    expect(report.media_url).toMatch(/^https:\/\//);
    const stored = [record(report.service_request_id, report.media_url)];

    const asked: [string, string][] = [];
    const trusting = photos(stored, { caFor: (kind, id) => (asked.push([kind, id]), tls.cert) });
    expect(await trusting.service.get('field-report', report.service_request_id)).toMatchObject({ kind: 'image', type: 'image/png' });
    expect(asked).toEqual([['field-report', report.service_request_id]]);

    const without = photos(stored, { caFor: () => undefined });
    expect(await without.service.get('field-report', report.service_request_id)).toEqual({ kind: 'failed', status: 502, reason: expect.stringMatching(/self-signed certificate/) });
  });
});
