import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveKey, open, seal } from './secret-box.js';

describe('secret box', () => {
  const secret = randomBytes(32);
  const key = deriveKey(secret, 'camera-credentials');

  it('opens what it sealed, Vietnamese and punctuation included', () => {
    expect(open(key, seal(key, 'Mật:khẩu@/#1'))).toBe('Mật:khẩu@/#1');
  });

  it('refuses another key, and a tampered value', () => {
    const sealed = seal(key, 'BiMat123');
    expect(() => open(deriveKey(randomBytes(32), 'camera-credentials'), sealed)).toThrow();
    const [iv, tag, data] = sealed.split('.');
    const flipped = Buffer.from(data!, 'base64');
    flipped[0] = flipped[0]! ^ 1;
    expect(() => open(key, [iv, tag, flipped.toString('base64')].join('.'))).toThrow();
  });

  it('uses a fresh IV per value and keeps the plaintext out of the sealed text', () => {
    const a = seal(key, 'BiMat123');
    const b = seal(key, 'BiMat123');
    expect(a.split('.')[0]).not.toBe(b.split('.')[0]);
    expect(a).not.toBe(b);
    expect(Buffer.from(a.split('.')[2]!, 'base64').toString()).not.toContain('BiMat123');
  });

  it('derives a different key per purpose, and none equal to the secret itself', () => {
    expect(deriveKey(secret, 'other').equals(key)).toBe(false);
    expect(key.equals(secret)).toBe(false);
    expect(deriveKey(secret, 'camera-credentials').equals(key)).toBe(true);
  });
});
