import { describe, expect, it } from 'vitest';
import { streamUrl } from './stream-url.js';

describe('streamUrl', () => {
  it('uses the page origin with the matching WebSocket scheme', () => {
    expect(streamUrl('cam-1', 'main', { streamToken: 'k' }, { protocol: 'http:', host: '127.0.0.1:8720' })).toBe('ws://127.0.0.1:8720/streams/cam-1?variant=main&token=k');
    expect(streamUrl('cam-1', 'sub', { streamToken: 'k' }, { protocol: 'https:', host: 'ioc.example' })).toBe('wss://ioc.example/streams/cam-1?variant=sub&token=k');
  });

  it('prefers the stream origin of the session (Electron windows on app://)', () => {
    expect(streamUrl('cam.2', 'sub', { streamToken: 'a+b', streamOrigin: 'ws://127.0.0.1:9000' }, { protocol: 'app:', host: 'wall' })).toBe(
      'ws://127.0.0.1:9000/streams/cam.2?variant=sub&token=a%2Bb',
    );
  });
});
