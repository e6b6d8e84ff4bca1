import { describe, expect, it } from 'vitest';
import { asciiSlug, communeInAddress, wardOf } from './ward.js';

describe('wards', () => {
  it('slugs Vietnamese names to ASCII', () => {
    expect(asciiSlug('Thuận Hóa')).toBe('thuan-hoa');
    expect(asciiSlug('Đông Ba')).toBe('dong-ba');
    expect(asciiSlug('  Vỹ  Dạ ')).toBe('vy-da');
  });

  it('finds the commune part of an address', () => {
    expect(communeInAddress('12 Lê Lợi, Phường Thuận Hóa, thành phố Huế')).toBe('Phường Thuận Hóa');
    expect(communeInAddress('thôn 3, xã Phú Vinh, thành phố Huế')).toBe('Xã Phú Vinh');
    expect(communeInAddress('Đặc khu Phú Quốc, An Giang')).toBe('Đặc khu Phú Quốc');
    // "Phường" inside a street name is not a commune part.
    expect(communeInAddress('Đường Phường Đúc')).toBeUndefined();
    expect(communeInAddress('Chợ Đông Ba')).toBeUndefined();
  });

  it('keys a ward by its code when given, else by its name', () => {
    expect(wardOf({ address: '1 Lê Lợi, Phường Thuận Hóa, TP Huế' })).toEqual({ key: 'thuan-hoa', name: 'Phường Thuận Hóa' });
    expect(wardOf({ address: '1 Lê Lợi, Phường Thuận Hóa', wardCode: '12345' })).toEqual({
      key: '12345',
      code: '12345',
      name: 'Phường Thuận Hóa',
    });
    expect(wardOf({ wardCode: '00042' })).toEqual({ key: '00042', code: '00042', name: 'Mã xã 00042' });
    expect(wardOf({ address: 'Chợ Đông Ba' })).toBeUndefined();
    expect(wardOf({})).toBeUndefined();
  });
});
