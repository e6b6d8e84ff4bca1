import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeContext } from '../sdk/fake-context.js';
import type { PortalFixture } from './fixture/server.js';
import { createPublicServicePortalConnector, publicServicePortal } from './index.js';
import { createClock, fastHttp, startFixture, type Clock } from './test-kit.js';

let clock: Clock;
let fixture: PortalFixture;
beforeEach(async () => {
  clock = createClock();
  fixture = await startFixture(clock, { dossiers: 30 });
});
afterEach(() => fixture.stop());

describe('public-service-portal definition', () => {
  it('has its type id', () => expect(publicServicePortal.id).toBe('public-service-portal'));

  it('polls at once on start and stops cleanly', async () => {
    const connector = createPublicServicePortalConnector(fastHttp);
    const options = connector.configSchema.parse({ mode: 'integration', baseUrl: fixture.url, ...fixture.credentials, madonvi: 'H46' });
    const ctx = createFakeContext(options, { now: clock.now, instanceId: 'hue' });
    const running = await connector.start(ctx);
    await expect.poll(() => ctx.calls.health.length).toBe(1);
    expect(ctx.calls.health[0]?.state).toBe('ok');
    await running.stop();
    ctx.abort();
    expect(ctx.calls.health).toHaveLength(1);
  });
});
