import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../connectors/document-management/client.js';
import { createOpen311Client } from '../../connectors/field-reports/open311-client.js';
import { createAdapterClient } from '../../connectors/public-service-portal/adapter-client.js';
import { startTestServer, type TestServer } from '../../connectors/sdk/http/test-server.js';
import { hasOpenssl, selfSignedCertificate } from '../helpers/self-signed.js';

const noRetry = { retries: 0 };

/**
 * Each e-government connector reaches a source on a provincial network whose certificate comes from
 * that network's own CA: refused without the CA in its options, reached with it.
 */
describe.skipIf(!hasOpenssl)('connectors behind a provincial certificate authority (skipped without openssl, which makes the certificate)', () => {
  let server: TestServer;
  let ca: string;
  const signal = new AbortController().signal;

  beforeAll(async () => {
    const tls = selfSignedCertificate('lgsp.hue.gov.vn');
    ca = tls.cert;
    server = await startTestServer((_req, res) => res.writeHead(503).end(), tls);
  });
  afterAll(() => server?.close());

  const clients = {
    'public-service-portal': (caCertificate?: string) =>
      createAdapterClient({ baseUrl: server.url, authPath: '/auth', integrationPath: '/integration', username: 'ioc', password: 'x', madonvi: '000.00.00.H46', ...(caCertificate ? { caCertificate } : {}) }, signal, noRetry).updated(0, 1),
    'document-management': (caCertificate?: string) => createDocumentClient({ baseUrl: server.url, documentsPath: 'documents', packagesPath: 'edxml/packages', statusPath: 'edxml/status', ...(caCertificate ? { caCertificate } : {}) }, signal, noRetry).statusXml('2025-06-16'),
    'field-reports': (caCertificate?: string) => createOpen311Client({ baseUrl: server.url, format: 'json', ...(caCertificate ? { caCertificate } : {}) }, signal, noRetry).services(),
  };

  it.each(Object.keys(clients) as (keyof typeof clients)[])('%s: refused without the CA, answered with it', async (type) => {
    const before = server.requests.length;
    await expect(clients[type]()).rejects.toThrow(/self-signed certificate/);
    expect(server.requests.length).toBe(before);
    // The 503 proves the request crossed TLS and reached the source.
    await expect(clients[type](ca)).rejects.toThrow(/503/);
    expect(server.requests.length).toBe(before + 1);
  });
});
