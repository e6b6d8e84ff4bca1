import { afterEach, describe, expect, it } from 'vitest';
import { startDocumentFixture, type DocumentFixture } from './fixture/server.js';
import { createClock, createHarness, rawDoc } from './test-kit.js';

let fixture: DocumentFixture;
afterEach(async () => fixture?.stop());

describe('document sync failures', () => {
  it('goes degraded on 500, a timeout, broken JSON or XML, keeping records and cursor, then recovers', async () => {
    const clock = createClock();
    fixture = await startDocumentFixture({ documents: 0, now: clock.now });
    fixture.put(rawDoc('VB-001'));
    const { ctx, sync } = createHarness(fixture.url, clock.now);
    await sync.poll();
    const cursor = ctx.cursors.get('default');
    const edxmlCursor = ctx.cursors.get('edxml');
    const records = ctx.calls.records.length;
    const failures: [Parameters<DocumentFixture['set']>[0], RegExp][] = [
      [{ fail500: 2 }, /returned HTTP 500/],
      [{ delayNext: 2, delayMs: 1000 }, /timed out/],
      [{ malformedJson: true }, /JSON/],
      [{ malformedJson: false, malformedXml: true }, /not well-formed/],
    ];
    for (const [behaviour, message] of failures) {
      clock.t += 60_000;
      fixture.set(behaviour);
      await sync.poll();
      expect(ctx.calls.health.at(-1)).toMatchObject({ state: 'degraded', message: expect.stringMatching(message) });
      // Broken XML comes after the documents were read, so only the edXML cursor must stay.
      if (!behaviour.malformedXml) expect(ctx.cursors.get('default')).toBe(cursor);
      expect(ctx.cursors.get('edxml')).toBe(edxmlCursor);
    }
    expect(ctx.calls.records).toHaveLength(records);
    fixture.set({ malformedXml: false });
    await sync.poll();
    expect(ctx.calls.health.at(-1)?.state).toBe('ok');
  });

  it('goes down on 401 and never shows the apiKey, even when the server echoes it', async () => {
    const clock = createClock();
    fixture = await startDocumentFixture({ documents: 0, now: clock.now });
    fixture.set({ apiKey: 'right-key' });
    const { ctx, sync } = createHarness(fixture.url, clock.now, { apiKey: 'Wr0ng-K3y-42' });
    await sync.poll();
    expect(ctx.calls.health.at(-1)).toMatchObject({ state: 'down', message: expect.stringMatching(/HTTP 401.*check apiKey/) });
    expect(ctx.calls.health.at(-1)?.message).toContain('***');
    expect(JSON.stringify(ctx.calls)).not.toContain('Wr0ng-K3y-42');
  });

  it('keeps the document cursor on a malformed document so it is read again', async () => {
    const clock = createClock();
    fixture = await startDocumentFixture({ documents: 0, now: clock.now });
    fixture.put(rawDoc('VB-001'));
    fixture.put({ ...rawDoc('VB-002'), urgency: 'gap' as never });
    const { ctx, sync } = createHarness(fixture.url, clock.now);
    await sync.poll();
    expect(ctx.calls.records.map((r) => r.id)).toEqual(['VB-001']);
    expect(ctx.calls.health.at(-1)).toMatchObject({ state: 'degraded', message: expect.stringContaining('1 malformed document(s)') });
    expect(ctx.cursors.get('default')).toBeUndefined();
  });
});
