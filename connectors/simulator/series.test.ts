import { describe, expect, it } from 'vitest';
import { seriesSchema } from '../../common/schemas/series.js';
import { simulatorSeries } from './series.js';

/** Layouts reference these ids: changing one breaks saved walls. */
const expectedIds = [
  ...['new', 'verified', 'assigned', 'in-progress', 'resolved-today', 'overdue'].map((s) => `field-reports.status.${s}`),
  ...['thuan-hoa', 'phu-xuan', 'kim-long', 'vy-da', 'huong-thuy', 'huong-tra', 'thuy-xuan', 'an-cuu'].map((c) => `field-reports.commune.${c}`),
  ...['hung-vuong', 'le-loi', 'nguyen-hue', 'ba-trieu', 'dien-bien-phu', 'vo-van-kiet', 'average'].map((c) => `traffic.congestion.${c}`),
  ...['received-today', 'completed-today', 'late-today', 'in-progress', 'overdue', 'on-time-rate', 'online-rate'].map((m) => `dossiers.${m}`),
  ...[
    'van-phong-ubnd',
    'so-tai-chinh',
    'so-xay-dung',
    'so-y-te',
    'so-giao-duc-dao-tao',
    'so-nong-nghiep-moi-truong',
    'cong-an-tinh',
  ].map((d) => `documents.overdue.${d}`),
  'documents.incoming-today',
  'documents.overdue-total',
  ...['le-loi', 'kim-long', 'huong-thuy', 'phu-bai', 'chan-may'].map((s) => `aqi.vn-aqi.${s}`),
  'security.incidents-today',
  'infosec.events-hour',
];

describe('simulator series', () => {
  const series = simulatorSeries('46');

  it('declares exactly the ids layouts use, once each', () => {
    expect(series.map((s) => s.id)).toEqual(expectedIds);
  });

  it('validates, names each series with a unit, and labels it by service and province', () => {
    for (const s of series) {
      const parsed = seriesSchema.parse({ ...s, source: 'sim-1' });
      expect(parsed.unit, s.id).not.toBe('');
      expect(parsed.labels.service, s.id).toBe(s.id.split('.')[0]);
      expect(parsed.labels.province).toBe('46');
    }
  });

  it('says which series count the day so far: those named "hôm nay"', () => {
    const daily = series.filter((s) => s.period === 'today').map((s) => s.id);
    expect(daily).toEqual(series.filter((s) => /hôm nay/.test(s.name)).map((s) => s.id));
    expect(daily).toContain('dossiers.on-time-rate');
    expect(daily).not.toContain('dossiers.overdue');
  });

  it('uses the Vietnamese names of places and offices', () => {
    const name = (id: string) => series.find((s) => s.id === id)?.name;
    expect(name('field-reports.commune.vy-da')).toBe('Phường Vỹ Dạ');
    expect(name('traffic.congestion.hung-vuong')).toBe('Đường Hùng Vương');
    expect(name('aqi.vn-aqi.le-loi')).toBe('Trạm Lê Lợi');
    expect(name('documents.overdue.so-y-te')).toBe('Sở Y tế');
    // Huế is a centrally governed city: its offices say "thành phố"; a province's say "tỉnh".
    expect(name('documents.overdue.van-phong-ubnd')).toBe('Văn phòng UBND thành phố');
    const province = simulatorSeries('44').find((s) => s.id === 'documents.overdue.cong-an-tinh');
    expect(province?.name).toBe('Công an tỉnh');
  });
});
