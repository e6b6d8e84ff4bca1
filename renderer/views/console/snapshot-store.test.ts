import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSnapshotStore } from './snapshot-store.js';

const URL_A = 'http://h/snapshots/a.jpg?token=k';

/** A host that answers what the test says, and counts what it was asked. */
function fakeHost() {
  const asked: string[] = [];
  let next: () => Response = () => new Response('no', { status: 500 });
  const created: string[] = [];
  const revoked: string[] = [];
  return {
    asked,
    created,
    revoked,
    answer: (make: () => Response) => (next = make),
    fetch: (url: string) => {
      asked.push(url);
      return Promise.resolve(next());
    },
    objectUrls: {
      create: () => {
        created.push(`blob:${created.length + 1}`);
        return created.at(-1)!;
      },
      revoke: (u: string) => revoked.push(u),
    },
  };
}

const picture = (takenAt: string, error?: string) => () =>
  new Response(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]), {
    headers: { 'content-type': 'image/jpeg', 'x-snapshot-taken-at': takenAt, ...(error ? { 'x-snapshot-error': error } : {}) },
  });

const settle = () => vi.advanceTimersByTimeAsync(0);

describe('createSnapshotStore', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.UTC(2026, 10, 22, 3, 0, 0));
  });
  afterEach(() => vi.useRealTimers());

  it('loads once for every watcher, refreshes every period while watched, and not at all once nobody watches', async () => {
    const host = fakeHost();
    host.answer(picture('2026-11-22T02:59:59.500Z'));
    const store = createSnapshotStore({ fetch: host.fetch, objectUrls: host.objectUrls, refreshMs: 60_000 });
    const changes: string[] = [];
    const off1 = store.subscribe(URL_A, () => changes.push('list'));
    const off2 = store.subscribe(URL_A, () => changes.push('miniature'));
    expect(store.get(URL_A)).toEqual({ state: 'loading' });
    await settle();
    expect(store.get(URL_A)).toEqual({ state: 'shown', src: 'blob:1', takenAt: Date.UTC(2026, 10, 22, 2, 59, 59, 500) });
    expect(changes).toEqual(['list', 'miniature']);
    expect(host.asked).toEqual([URL_A]);

    await vi.advanceTimersByTimeAsync(60_000);
    expect(host.asked).toHaveLength(2);
    expect(store.get(URL_A)).toMatchObject({ src: 'blob:2' });
    expect(host.revoked).toEqual(['blob:1']);

    off1();
    off2();
    // Watched again within the period: the picture it has, no request.
    await vi.advanceTimersByTimeAsync(10_000);
    store.subscribe(URL_A, () => {})();
    expect(host.asked).toHaveLength(2);
    // Nobody watches for minutes: no request; watched again past the period, a new one at once.
    await vi.advanceTimersByTimeAsync(180_000);
    expect(host.asked).toHaveLength(2);
    store.subscribe(URL_A, () => {})();
    expect(host.asked).toHaveLength(3);
  });

  it('keeps the last good picture when the camera is offline, with why, and a placeholder reason when there never was one', async () => {
    const host = fakeHost();
    host.answer(picture('2026-11-22T02:59:00.000Z'));
    const store = createSnapshotStore({ fetch: host.fetch, objectUrls: host.objectUrls });
    store.subscribe(URL_A, () => {});
    await settle();
    host.answer(() => new Response('no snapshot of camera "a": ffmpeg exited (code 1): Connection refused', { status: 503 }));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.get(URL_A)).toEqual({
      state: 'shown',
      src: 'blob:1',
      takenAt: Date.UTC(2026, 10, 22, 2, 59, 0),
      error: 'no snapshot of camera "a": ffmpeg exited (code 1): Connection refused',
    });
    expect(host.revoked).toEqual([]);

    const other = 'http://h/snapshots/b.jpg?token=k';
    store.subscribe(other, () => {});
    await settle();
    expect(store.get(other)).toEqual({ state: 'missing', error: 'no snapshot of camera "a": ffmpeg exited (code 1): Connection refused' });
  });

  it('shows what the host says of an older picture, and what the network says when the host is gone', async () => {
    const host = fakeHost();
    host.answer(picture('2026-11-22T02:50:00.000Z', 'ffmpeg exited (code 1): 404 Not Found'));
    const store = createSnapshotStore({ fetch: (u) => (host.asked.length ? Promise.reject(new TypeError('Failed to fetch')) : host.fetch(u)), objectUrls: host.objectUrls });
    store.subscribe(URL_A, () => {});
    await settle();
    expect(store.get(URL_A)).toMatchObject({ state: 'shown', error: 'ffmpeg exited (code 1): 404 Not Found' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.get(URL_A)).toMatchObject({ state: 'shown', src: 'blob:1', error: 'Failed to fetch' });
  });

  it('asks again when the host would have a newer picture, as its max-age or Retry-After says, within bounds', async () => {
    const host = fakeHost();
    host.answer(() => new Response(new Uint8Array([0xff, 0xd8]), { headers: { 'x-snapshot-taken-at': '2026-11-22T02:59:40.000Z', 'cache-control': 'private, max-age=39' } }));
    const store = createSnapshotStore({ fetch: host.fetch, objectUrls: host.objectUrls, refreshMs: 60_000, minRefreshMs: 5_000 });
    store.subscribe(URL_A, () => {});
    await settle();
    await vi.advanceTimersByTimeAsync(39_999);
    expect(host.asked).toHaveLength(1);
    host.answer(() => new Response('no snapshot of camera "a": Connection refused', { status: 503, headers: { 'retry-after': '13' } }));
    await vi.advanceTimersByTimeAsync(1);
    expect(host.asked).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(14_000);
    expect(host.asked).toHaveLength(3);
    // A host that says "now" is not asked in a loop.
    host.answer(() => new Response(new Uint8Array([0xff, 0xd8]), { headers: { 'cache-control': 'private, max-age=0' } }));
    await vi.advanceTimersByTimeAsync(14_000);
    expect(host.asked).toHaveLength(4);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(host.asked).toHaveLength(4);
    await vi.advanceTimersByTimeAsync(1);
    expect(host.asked).toHaveLength(5);
  });
});
