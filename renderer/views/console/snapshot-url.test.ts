import { describe, expect, it } from 'vitest';
import { snapshotUrl } from './snapshot-url.js';

describe('snapshotUrl', () => {
  it('asks the page\'s own origin in server mode', () => {
    expect(snapshotUrl('cam-dong-ba', { streamToken: 'k' }, { origin: 'http://10.0.0.5:8720' })).toBe('http://10.0.0.5:8720/snapshots/cam-dong-ba.jpg?token=k');
  });

  it('asks the host\'s loopback origin from an Electron window, its token encoded', () => {
    expect(snapshotUrl('cam.2', { streamToken: 'a+b/c', streamOrigin: 'ws://127.0.0.1:9000' }, { origin: 'app://ioc' })).toBe('http://127.0.0.1:9000/snapshots/cam.2.jpg?token=a%2Bb%2Fc');
    expect(snapshotUrl('c', { streamToken: 'k', streamOrigin: 'wss://ioc.example' }, { origin: 'app://ioc' })).toBe('https://ioc.example/snapshots/c.jpg?token=k');
  });
});
