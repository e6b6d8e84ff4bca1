import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConnectionStatus } from './client.js';
import { createWsClient, type SocketLike } from './ws-client.js';

class FakeSocket implements SocketLike {
  sent: unknown[] = [];
  closed = false;
  onopen: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  onclose: ((ev: unknown) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  constructor(readonly url: string) {}
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close() {
    this.closed = true;
  }
  open() {
    this.onopen?.({});
  }
  receive(msg: unknown) {
    this.onmessage?.({ data: JSON.stringify(msg) });
  }
  drop() {
    this.onclose?.({});
  }
}

function setup(opts: { heartbeatMs?: number } = {}) {
  const sockets: FakeSocket[] = [];
  const client = createWsClient({
    url: 'ws://host/api?token=t',
    createSocket: (url) => {
      const s = new FakeSocket(url);
      sockets.push(s);
      return s;
    },
    callTimeoutMs: 1000,
    backoffBaseMs: 100,
    backoffCapMs: 800,
    heartbeatMs: opts.heartbeatMs ?? 60_000,
    random: () => 1,
  });
  const statuses: ConnectionStatus[] = [];
  client.onStatus((s) => statuses.push(s));
  const last = () => sockets[sockets.length - 1]!;
  return { client, sockets, statuses, last };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('ws client', () => {
  it('queues a call until the socket opens and resolves it with the matching result', async () => {
    const { client, last } = setup();
    const answer = client.call('walls.list');
    expect(last().sent).toEqual([]);
    last().open();
    expect(last().sent).toEqual([{ type: 'call', id: 1, method: 'walls.list', input: {} }]);
    last().receive({ type: 'result', id: 1, result: { ok: true, value: [] } });
    await expect(answer).resolves.toEqual({ ok: true, value: [] });
    expect(client.status()).toBe('open');
  });

  it('answers a call the host never answers with an error result after the timeout', async () => {
    const { client } = setup();
    const answer = client.call('walls.list');
    await vi.advanceTimersByTimeAsync(1000);
    await expect(answer).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('sends subscriptions on open and delivers events only to listeners of the topic', () => {
    const { client, last } = setup();
    const walls: unknown[] = [];
    const alerts: unknown[] = [];
    client.subscribe(['wall.changed'], (_topic, payload) => walls.push(payload));
    client.subscribe(['alert.changed'], (_topic, payload) => alerts.push(payload));
    last().open();
    expect(last().sent).toEqual([{ type: 'subscribe', topics: ['wall.changed', 'alert.changed'] }]);
    last().receive({ type: 'event', topic: 'wall.changed', payload: { id: 'main' } });
    expect(walls).toEqual([{ id: 'main' }]);
    expect(alerts).toEqual([]);
  });

  it('ignores unreadable messages', () => {
    const { client, last } = setup();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    last().open();
    last().onmessage?.({ data: 'not json' });
    expect(client.status()).toBe('open');
    warn.mockRestore();
  });

  it('reconnects with capped backoff forever and subscribes again', async () => {
    const { client, sockets, statuses, last } = setup();
    client.subscribe(['layout.changed'], () => {});
    last().open();
    last().drop();
    expect(statuses).toEqual(['open', 'reconnecting']);
    const delays: number[] = [];
    for (let i = 0; i < 6; i++) {
      const before = sockets.length;
      let waited = 0;
      while (sockets.length === before) {
        await vi.advanceTimersByTimeAsync(50);
        waited += 50;
      }
      delays.push(waited);
      last().drop();
    }
    expect(delays).toEqual([100, 200, 400, 800, 800, 800]);
    await vi.advanceTimersByTimeAsync(800);
    last().open();
    expect(statuses[statuses.length - 1]).toBe('open');
    expect(last().sent).toEqual([{ type: 'subscribe', topics: ['layout.changed'] }]);
  });

  it('fails calls in flight when the socket drops rather than running them twice', async () => {
    const { client, last } = setup();
    last().open();
    const answer = client.call('alerts.acknowledge', { id: 'a1' });
    last().drop();
    await expect(answer).resolves.toMatchObject({ ok: false, error: { message: 'connection lost during alerts.acknowledge' } });
  });

  it('drops a silent socket when a call times out with nothing received', async () => {
    const { client, sockets, last } = setup();
    last().open();
    const first = last();
    void client.call('walls.list');
    await vi.advanceTimersByTimeAsync(1000);
    expect(first.closed).toBe(true);
    expect(client.status()).toBe('reconnecting');
    await vi.advanceTimersByTimeAsync(100);
    expect(sockets).toHaveLength(2);
  });

  it('probes an idle socket with a heartbeat call', async () => {
    const { last } = setup({ heartbeatMs: 5000 });
    last().open();
    await vi.advanceTimersByTimeAsync(5000);
    expect(last().sent).toEqual([{ type: 'call', id: 1, method: 'session.whoami', input: {} }]);
  });

  it('stops for good when closed', async () => {
    const { client, sockets, last } = setup();
    last().open();
    client.close();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sockets).toHaveLength(1);
    await expect(client.call('walls.list')).resolves.toMatchObject({ ok: false });
  });
});
