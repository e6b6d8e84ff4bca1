import { describe, expect, it } from 'vitest';
import { maskedSecretPath, maskSecretOptions, mergeOptions } from './secret-options.js';

const stored = {
  baseUrl: 'https://a.vn',
  apiKey: 'k-top',
  auth: { username: 'u', password: 'p-nested' },
  mirrors: [{ url: 'https://m1.vn', token: 't1' }, { url: 'https://m2.vn', token: 't2' }],
  fieldMap: { SoHoSo: 'MaHoSo', Token: 'MaXacThuc' },
};

describe('maskSecretOptions', () => {
  it('masks secrets at any depth and leaves the rest', () => {
    expect(maskSecretOptions(stored)).toEqual({
      baseUrl: 'https://a.vn',
      apiKey: '***',
      auth: { username: 'u', password: '***' },
      mirrors: [{ url: 'https://m1.vn', token: '***' }, { url: 'https://m2.vn', token: '***' }],
      fieldMap: { SoHoSo: 'MaHoSo', Token: '***' },
    });
  });
});

describe('mergeOptions', () => {
  it('gives back the stored options when the masked options come back unchanged', () => {
    const merged = mergeOptions(stored, maskSecretOptions(stored));
    expect(merged).toEqual(stored);
    expect(maskedSecretPath(merged)).toBeUndefined();
  });

  it('keeps a top-level secret the edit leaves out, and takes a new value where one is typed', () => {
    const { apiKey: _, ...rest } = maskSecretOptions(stored);
    expect(mergeOptions(stored, { ...rest, baseUrl: 'https://b.vn' })).toMatchObject({ baseUrl: 'https://b.vn', apiKey: 'k-top' });
    expect(mergeOptions(stored, { ...rest, auth: { username: 'u', password: 'moi' } }).auth).toEqual({ username: 'u', password: 'moi' });
  });

  it('drops a nested key the edit removes, even one that looks secret: record keys are data', () => {
    const merged = mergeOptions(stored, { ...maskSecretOptions(stored), fieldMap: { SoHoSo: 'MaHoSo' } });
    expect(merged.fieldMap).toEqual({ SoHoSo: 'MaHoSo' });
  });

  it('pairs list items by position while the list keeps its length, and leaves the mask where it no longer can', () => {
    const masked = maskSecretOptions(stored) as typeof stored;
    const edited = mergeOptions(stored, { ...masked, mirrors: [masked.mirrors[0]!, { url: 'https://m3.vn', token: 't3' }] });
    expect(edited.mirrors).toEqual([{ url: 'https://m1.vn', token: 't1' }, { url: 'https://m3.vn', token: 't3' }]);
    const shorter = mergeOptions(stored, { ...masked, mirrors: [masked.mirrors[1]!] });
    expect(maskedSecretPath(shorter)).toEqual(['mirrors', 0, 'token']);
  });

  it('leaves a mask with nothing stored behind it for maskedSecretPath to find', () => {
    const merged = mergeOptions({ baseUrl: 'https://a.vn' }, { baseUrl: 'https://a.vn', auth: { password: '***' } });
    expect(maskedSecretPath(merged)).toEqual(['auth', 'password']);
  });
});
