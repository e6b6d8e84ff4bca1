import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { hasOpenssl, selfSignedCertificate } from '../../../test/helpers/self-signed.js';
import { createHttpClient } from './http-client.js';
import { sendJson, startTestServer, type TestServer } from './test-server.js';

const schema = z.object({ ok: z.boolean() });

describe.skipIf(!hasOpenssl)('HTTP client over TLS (skipped when openssl is not installed: it makes the self-signed certificate)', () => {
  let server: TestServer;
  let cert: string;

  beforeAll(async () => {
    const tls = selfSignedCertificate();
    cert = tls.cert;
    server = await startTestServer((_req, res) => sendJson(res, 200, { ok: true }), tls);
  });
  afterAll(() => server?.close());

  it('refuses a self-signed certificate by default, without retrying', async () => {
    const delays: number[] = [];
    const client = createHttpClient({ baseUrl: server.url, sleep: async (ms) => void delays.push(ms) });
    const err = await client.getJson('x', schema).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'HttpError', kind: 'network', attempts: 1, transient: false });
    expect((err as Error).message).toMatch(/self-signed certificate/);
    expect(delays).toEqual([]);
    expect(server.requests).toHaveLength(0);
  });

  it('accepts the server when its CA is given', async () => {
    const client = createHttpClient({ baseUrl: server.url, tls: { ca: cert } });
    await expect(client.getJson('x', schema)).resolves.toEqual({ ok: true });
  });

  it('accepts it with verification turned off explicitly', async () => {
    const client = createHttpClient({ baseUrl: server.url, tls: { rejectUnauthorized: false } });
    await expect(client.getJson('x', schema)).resolves.toEqual({ ok: true });
  });
});
