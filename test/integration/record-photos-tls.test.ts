import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../common/index.js';
import { startOpen311Fixture, type Open311Fixture } from '../../connectors/field-reports/fixture/server.js';
import { createHost } from '../../main/host/host.js';
import type { Host } from '../../main/host/host-types.js';
import { silentLogger } from '../../main/host/log.js';
import { hasOpenssl, selfSignedCertificate } from '../helpers/self-signed.js';
import { tempDir } from '../helpers/temp-dir.js';

/**
 * An Open311 gateway on a provincial network serves its reports and their photos under the network's own CA:
 * the wall gets the photos through the host, which trusts for them the CA given to the connector that
 * stored the report.
 */
const desk = { role: 'operator', label: 'console' } as const;

describe.skipIf(!hasOpenssl)('the host fetches record photos with their source connector’s CA (skipped without openssl, which makes the certificate)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let fixture: Open311Fixture;
  let host: Host;

  beforeAll(async () => {
    tmp = tempDir();
    const tls = selfSignedCertificate('open311.hue.gov.vn');
    fixture = await startOpen311Fixture({ reports: 40, tls });
    host = await createHost(
      {
        config: configSchema.parse({
          walls: [{ id: 'main', name: 'Tường', rows: 1, cols: 1, layout: 'tong-quan' }],
          connectors: [{ id: 'hue-open311', type: 'field-reports', options: { baseUrl: fixture.url, caCertificate: tls.cert } }],
        }),
        configDir: tmp.dir,
        dataDir: tmp.dir,
        host: '127.0.0.1',
        port: 0,
      },
      { log: silentLogger },
    );
  });
  afterAll(async () => {
    await host?.close();
    await fixture?.stop();
    tmp?.cleanup();
  });

  it('serves a wall display the photo of a report synced over TLS', async () => {
    // The connector's first sync over TLS stores reports, some with a photo on the same gateway.
    const withPhoto = async () => {
      const page = await host.call(desk, 'records.list', { kind: 'field-report', limit: 500 });
      if (!page.ok) throw new Error(page.error.message);
      return page.value.records.find((r) => String(r.data.mediaUrl ?? '').endsWith('.png'));
    };
    await expect.poll(withPhoto, { timeout: 20_000, interval: 200 }).toBeDefined();
    const stored = (await withPhoto())!;
    expect(stored.data.mediaUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/media\//);

    const display = new URL(host.displayLinks()[0]!.url);
    const res = await fetch(`${display.origin}/records/field-report/${encodeURIComponent(stored.id)}/photo?token=${display.searchParams.get('token')}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    // The picture is not to be had without the CA: the host's answer is the CA's doing.
    await expect(fetch(String(stored.data.mediaUrl))).rejects.toThrow();
    expect(Buffer.from(await res.arrayBuffer()).subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(fixture.received.some((r) => r.path === `/media/${stored.id}.png`)).toBe(true);
  });
});
