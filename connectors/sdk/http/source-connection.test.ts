import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sourceConnectionFields } from '../option-fields.js';
import { sourceConnection } from './source-connection.js';

const PEM = '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ2Fv\n-----END CERTIFICATE-----\n';
const fields = z.strictObject(sourceConnectionFields);

describe('source connection options', () => {
  it('turns a CA into a trusted certificate and a rate into a token bucket', () => {
    expect(sourceConnection({ caCertificate: PEM, maxRequestsPerSecond: 5 })).toEqual({ tls: { ca: PEM }, rateLimit: { requests: 5, perMs: 1000 } });
    // Half a request a second is one every 2 s.
    expect(sourceConnection({ maxRequestsPerSecond: 0.5 })).toEqual({ rateLimit: { requests: 1, perMs: 2000 } });
    expect(sourceConnection({})).toEqual({});
  });

  it("keeps the connector's own limit unless the administrator sets one", () => {
    const own = { requests: 1, perMs: 2000 };
    expect(sourceConnection({}, own)).toEqual({ rateLimit: own });
    expect(sourceConnection({ maxRequestsPerSecond: 2 }, own)).toEqual({ rateLimit: { requests: 2, perMs: 1000 } });
  });

  it('refuses what is not a PEM certificate and a rate out of range, saying what it wants', () => {
    expect(fields.parse({ caCertificate: PEM + PEM }).caCertificate).toBe(PEM + PEM);
    expect(fields.safeParse({ caCertificate: 'MIIBszCCAVmgAwIBAgIU' }).error?.issues[0]?.message).toMatch(/^must be one or more PEM certificates/);
    expect(fields.safeParse({ caCertificate: '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----' }).success).toBe(false);
    expect(fields.safeParse({ maxRequestsPerSecond: 0 }).error?.issues[0]?.message).toBe('must be more than 0');
    expect(fields.safeParse({ maxRequestsPerSecond: 500 }).error?.issues[0]?.message).toBe('must be at most 100');
  });
});
