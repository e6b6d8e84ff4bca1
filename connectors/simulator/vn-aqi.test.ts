import { describe, expect, it } from 'vitest';
import { aqiBand, hourlyAqi, nowCast, roundAqi, subIndex } from './vn-aqi.js';

describe('VN_AQI sub-index (QĐ 1459/QĐ-TCMT, Table 2)', () => {
  it('matches the decision worked example for PM2.5', () => {
    // band 0-25 µg/m³ → 0-50: 20.3 × 50/25 = 40.6
    expect(subIndex('pm25', 20.3)).toBeCloseTo(40.6, 9);
    // band 50-80 → 100-150: 100 + (55.7-50) × 50/30 = 109.5
    expect(subIndex('pm25', 55.7)).toBeCloseTo(109.5, 9);
  });

  it('interpolates hand-worked PM10 values', () => {
    expect(subIndex('pm10', 0)).toBe(0);
    expect(subIndex('pm10', 25)).toBeCloseTo(25, 9); // 0-50 → 0-50
    expect(subIndex('pm10', 200)).toBeCloseTo(125, 9); // 150-250 → 100-150: 100 + 50/2
    expect(subIndex('pm10', 460)).toBeCloseTo(350, 9); // 420-500 → 300-400: 300 + 40 × 100/80
    expect(subIndex('pm10', 550)).toBeCloseTo(450, 9); // 500-600 → 400-500
  });

  it('hits every band edge exactly and caps at 500', () => {
    expect([25, 50, 80, 150, 250, 350, 500].map((c) => subIndex('pm25', c))).toEqual([50, 100, 150, 200, 300, 400, 500]);
    expect(subIndex('pm25', 120)).toBeCloseTo(178.571, 3); // 80-150 → 150-200: 150 + 40 × 50/70
    expect(subIndex('pm25', 900)).toBe(500);
    expect(subIndex('pm10', 600)).toBe(500);
  });

  it('rejects negative or missing concentrations', () => {
    expect(() => subIndex('pm25', -1)).toThrow(RangeError);
    expect(() => subIndex('pm10', Number.NaN)).toThrow(RangeError);
  });
});

describe('NowCast', () => {
  // The decision's example, hourly PM2.5 from 09:00 to 20:00, reversed so that c1 is 20:00.
  const nineToEight = [26.9, 24.7, 20.5, 23.5, 19.5, 16.5, 19.0, 16.5, 20.3, 22.4, 19.6, 20.6];
  const newestFirst = [...nineToEight].reverse();

  it('reproduces the worked example (w* = 16.5/26.9, NowCast 20.27)', () => {
    expect(nowCast(newestFirst)).toBeCloseTo(20.27, 2);
  });

  it('floors the weight at 1/2 when the hours vary a lot', () => {
    // w* = 10/40 → w = 0.5: (40 + 10 × 0.5) / 1.5 = 30
    expect(nowCast([40, 10])).toBeCloseTo(30, 9);
  });

  it('gives missing hours no weight and needs two of the last three hours', () => {
    expect(nowCast([null, 20, 20, 80])).not.toBeNull();
    expect(nowCast([null, null, 20, 20])).toBeNull();
    expect(nowCast([20, null, null, 20])).toBeNull();
    expect(nowCast([0, 0, 0])).toBe(0);
  });

  it('uses only the latest twelve hours', () => {
    expect(nowCast([...newestFirst, 500])).toBeCloseTo(20.27, 2);
  });
});

describe('hourly VN_AQI', () => {
  it('takes the largest sub-index and rounds half up', () => {
    expect(hourlyAqi({ pm25: 20.3 })).toBe(41); // 40.6
    expect(hourlyAqi({ pm25: 55.7, pm10: 120 })).toBe(110); // max(109.5, 85)
    expect(hourlyAqi({ pm25: 10, pm10: 200 })).toBe(125);
    expect(roundAqi(42.5)).toBe(43);
    expect(roundAqi(42.49)).toBe(42);
  });

  it('needs at least one particulate', () => {
    expect(() => hourlyAqi({})).toThrow(/PM2.5 or PM10/);
  });

  it('names the Table 1 bands', () => {
    expect([0, 50, 51, 100, 101, 150, 151, 200, 201, 300, 301, 500].map(aqiBand)).toEqual([
      'Tốt', 'Tốt', 'Trung bình', 'Trung bình', 'Kém', 'Kém', 'Xấu', 'Xấu', 'Rất xấu', 'Rất xấu', 'Nguy hại', 'Nguy hại',
    ]);
  });
});
