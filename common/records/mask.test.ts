import { describe, expect, it } from 'vitest';
import { maskPersonalText, maskRecordData } from './mask.js';

describe('maskPersonalText', () => {
  it.each([
    ['0912 345 678', '0912 *** ***'],
    ['0912345678', '0912******'],
    ['SĐT: 0912.345.678.', 'SĐT: 0912.***.***.'],
    ['+84 91 234 5678', '+84 91 *** ****'],
    ['84912345678', '8491*******'],
    ['(0234) 3822 123', '(0234) **** ***'],
    ['gọi 091-234-5678 giúp', 'gọi 091-2**-**** giúp'],
  ])('masks the phone in %j', (input, masked) => {
    expect(maskPersonalText(input)).toBe(masked);
  });

  it('masks e-mail addresses, keeping the first letter and the domain', () => {
    expect(maskPersonalText('Liên hệ an.nguyen92@example.com ngay')).toBe('Liên hệ a***@example.com ngay');
    expect(maskPersonalText('trần.bình@bưuđiện.vn')).toBe('t***@bưuđiện.vn');
  });

  it('leaves codes, dates, counts and short numbers alone', () => {
    for (const text of ['H57.22-250101-000123', '000.00.12.H57', 'Ngày 02/06/2025', 'Có 1234 hộ dân', 'Số 12/QĐ-UBND', 'Tổ 05, khu vực 3', 'KV1234567890123']) {
      expect(maskPersonalText(text)).toBe(text);
    }
  });
});

describe('maskRecordData', () => {
  it('drops personal and masks strings at any depth, leaving other values as they are', () => {
    const data = {
      personal: { name: 'Nguyễn Văn An', phone: '+84 912 345 678' },
      description: 'Ống nước vỡ, gọi 0912345678',
      notes: [{ text: 'email: an@example.com' }],
      dueAt: 1_750_000_000_000,
      overdue: true,
      agency: null,
    };
    expect(maskRecordData(data)).toEqual({
      description: 'Ống nước vỡ, gọi 0912******',
      notes: [{ text: 'email: a***@example.com' }],
      dueAt: 1_750_000_000_000,
      overdue: true,
      agency: null,
    });
  });
});
