import { describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { Viewer } from './viewer.js';

function fakeSocket() {
  const sent: (string | Buffer)[] = [];
  const socket = { OPEN: 1, readyState: 1, bufferedAmount: 0, send: (d: string | Buffer) => sent.push(d), once: () => {} };
  return { socket, sent, asWs: socket as unknown as WebSocket };
}

const frame = (n: number) => Buffer.from([n]);

describe('a viewer that falls behind', () => {
  it('waits for a keyframe after the init segment', () => {
    const { asWs, sent } = fakeSocket();
    const v = new Viewer(asWs, 1000);
    v.init('avc1.42e01e', 'cam', 'main', Buffer.from('init'));
    v.fragment(frame(1), false);
    v.fragment(frame(2), true);
    v.fragment(frame(3), false);
    expect(sent.slice(1)).toEqual([Buffer.from('init'), frame(2), frame(3)]);
  });

  it('drops fragments while its socket is backed up, then resumes at the next keyframe', () => {
    const { socket, asWs, sent } = fakeSocket();
    const v = new Viewer(asWs, 1000);
    v.fragment(frame(1), true);
    socket.bufferedAmount = 5000;
    v.fragment(frame(2), false);
    v.fragment(frame(3), true);
    socket.bufferedAmount = 0;
    v.fragment(frame(4), false);
    v.fragment(frame(5), true);
    v.fragment(frame(6), false);
    expect(sent).toEqual([frame(1), frame(5), frame(6)]);
    expect(v.dropped).toBe(3);
  });

  it('sends nothing to a closed socket', () => {
    const { socket, asWs, sent } = fakeSocket();
    socket.readyState = 3;
    const v = new Viewer(asWs, 1000);
    v.fragment(frame(1), true);
    v.message({ type: 'state', state: 'live' });
    expect(sent).toEqual([]);
  });
});

describe('a viewer on a shared socket', () => {
  it('tags text with its channel and prefixes bytes with the channel number', () => {
    const { asWs, sent } = fakeSocket();
    const v = new Viewer(asWs, 1000, 7, 'sub');
    v.init('avc1.42e01e', 'cam', 'sub', Buffer.from('init'));
    expect(JSON.parse(sent[0] as string)).toEqual({ type: 'init', codec: 'avc1.42e01e', cameraId: 'cam', variant: 'sub', channel: 7 });
    const bytes = sent[1] as Buffer;
    expect(bytes.readUInt32BE(0)).toBe(7);
    expect(bytes.subarray(4).toString()).toBe('init');
  });

  it('ends alone when the gateway drops it, leaving the shared socket open', () => {
    const { asWs, sent } = fakeSocket();
    const v = new Viewer(asWs, 1000, 2);
    let gone = 0;
    v.onGone(() => gone++);
    v.close(1001, 'camera removed');
    v.close(1001, 'again');
    expect(gone).toBe(1);
    expect(sent).toEqual([JSON.stringify({ type: 'error', message: 'camera removed', channel: 2 })]);
    v.fragment(Buffer.from([1]), true);
    expect(sent).toHaveLength(1);
  });
});
