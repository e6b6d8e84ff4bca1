import { describe, expect, it } from 'vitest';
import { withCredentials } from './with-credentials.js';

describe('withCredentials', () => {
  it('percent-encodes user and password so they cannot change the host', () => {
    expect(withCredentials('rtsp://10.0.0.5:554/ch1', 'admin', 'a@b:c/d')).toBe('rtsp://admin:a%40b%3Ac%2Fd@10.0.0.5:554/ch1');
  });
  it('leaves synthetic sources and URLs without credentials alone', () => {
    expect(withCredentials('synthetic:testsrc2', 'admin', 'x')).toBe('synthetic:testsrc2');
    expect(withCredentials('rtsp://h/p')).toBe('rtsp://h/p');
  });
});
