import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStreamMux, type ChannelHandlers } from './stream-mux.js';

class FakeSocket {
  static made: FakeSocket[] = [];
  readyState = 0;
  binaryType = '';
  sent: string[] = [];
  closed = false;
  onopen: (() => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  onclose: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.made.push(this);
  }
  send(d: string) {
    this.sent.push(d);
  }
  close() {
    this.closed = true;
  }
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  drop() {
    this.readyState = 3;
    this.onclose?.();
  }
}

const make = (url: string) => new FakeSocket(url) as unknown as WebSocket;

function recorder() {
  const got: unknown[] = [];
  const handlers: ChannelHandlers = {
    onText: (m) => got.push(['text', m]),
    onBinary: (d) => got.push(['bin', [...new Uint8Array(d)]]),
    onDisconnect: () => got.push(['down']),
  };
  return { got, handlers };
}

function frame(channel: number, bytes: number[]): ArrayBuffer {
  const b = new Uint8Array(4 + bytes.length);
  new DataView(b.buffer).setUint32(0, channel);
  b.set(bytes, 4);
  return b.buffer;
}

describe('one stream socket for every camera of a window', () => {
  beforeEach(() => {
    FakeSocket.made = [];
    vi.useFakeTimers();
  });
  afterEach(() => void vi.useRealTimers());

  it('subscribes each camera as a channel on one socket and routes what comes back', () => {
    const mux = createStreamMux('ws://h/streams?token=t', make);
    const a = recorder();
    const b = recorder();
    mux.open('cam-a', 'main', a.handlers);
    mux.open('cam-b', 'sub', b.handlers);
    expect(FakeSocket.made).toHaveLength(1);
    const ws = FakeSocket.made[0]!;
    ws.open();
    expect(ws.sent.map((s) => JSON.parse(s))).toEqual([
      { type: 'subscribe', channel: 1, cameraId: 'cam-a', variant: 'main' },
      { type: 'subscribe', channel: 2, cameraId: 'cam-b', variant: 'sub' },
    ]);
    ws.onmessage!({ data: JSON.stringify({ type: 'init', codec: 'avc1.42e01e', cameraId: 'cam-b', variant: 'sub', channel: 2 }) });
    ws.onmessage!({ data: frame(1, [9, 8]) });
    expect(a.got).toEqual([['bin', [9, 8]]]);
    expect(b.got).toEqual([['text', { type: 'init', codec: 'avc1.42e01e', cameraId: 'cam-b', variant: 'sub' }]]);
  });

  it('reconnects after a drop and subscribes the open channels again', () => {
    const mux = createStreamMux('ws://h/streams?token=t', make);
    const a = recorder();
    const chA = mux.open('cam-a', 'main', a.handlers);
    mux.open('cam-b', 'sub', recorder().handlers);
    FakeSocket.made[0]!.open();
    chA.close();
    expect(JSON.parse(FakeSocket.made[0]!.sent.at(-1)!)).toEqual({ type: 'unsubscribe', channel: 1 });
    FakeSocket.made[0]!.drop();
    expect(a.got).toEqual([]);
    vi.advanceTimersByTime(300);
    expect(FakeSocket.made).toHaveLength(2);
    FakeSocket.made[1]!.open();
    expect(FakeSocket.made[1]!.sent.map((s) => JSON.parse(s))).toEqual([{ type: 'subscribe', channel: 2, cameraId: 'cam-b', variant: 'sub' }]);
  });

  it('tells open channels when the socket drops', () => {
    const mux = createStreamMux('ws://h/streams?token=t', make);
    const a = recorder();
    mux.open('cam-a', 'main', a.handlers);
    FakeSocket.made[0]!.open();
    FakeSocket.made[0]!.drop();
    expect(a.got).toEqual([['down']]);
  });

  it('keeps the socket through a layout switch and closes it when nothing has been open for a while', () => {
    const mux = createStreamMux('ws://h/streams?token=t', make);
    const ch = mux.open('cam-a', 'main', recorder().handlers);
    FakeSocket.made[0]!.open();
    ch.close();
    vi.advanceTimersByTime(1000);
    const again = mux.open('cam-b', 'main', recorder().handlers);
    vi.advanceTimersByTime(10_000);
    expect(FakeSocket.made[0]!.closed).toBe(false);
    again.close();
    vi.advanceTimersByTime(10_000);
    expect(FakeSocket.made[0]!.closed).toBe(true);
    expect(FakeSocket.made).toHaveLength(1);
  });
});
