import { z } from 'zod';

/**
 * Options of one simulator instance. The host shows each issue after its path
 * ("intervalMs: must be at least 200 ms"), so messages do not repeat the field name.
 */
export const simulatorConfigSchema = z.strictObject({
  seed: z
    .number({ error: 'must be a number' })
    .int('must be an integer')
    .default(20251)
    .meta({
      label: { vi: 'Hạt giống ngẫu nhiên', en: 'Random seed' },
      help: { vi: 'cùng hạt giống cho cùng dữ liệu', en: 'the same seed gives the same data' },
    }),
  intervalMs: z
    .number({ error: 'must be a number of milliseconds' })
    .int('must be a whole number of milliseconds')
    .min(200, 'must be at least 200 ms')
    .default(2000)
    .meta({
      label: { vi: 'Chu kỳ cập nhật', en: 'Update interval' },
      help: { vi: 'mili giây (ms), ít nhất 200', en: 'milliseconds (ms), at least 200' },
    }),
  alertRate: z
    .number({ error: 'must be a number' })
    .min(0, 'must be 0 (no alerts) or more')
    .max(10, 'must be at most 10')
    .default(1)
    .meta({
      label: { vi: 'Hệ số cảnh báo', en: 'Alert rate' },
      help: { vi: '1: khoảng một cảnh báo mỗi 7,5 giây; 0: không có cảnh báo; tối đa 10', en: '1: about one alert every 7.5 s; 0: none; at most 10' },
    }),
  /** Minutes of history made up at start, so charts and trends have a past from the first second. */
  backfillMinutes: z
    .number({ error: 'must be a number of minutes' })
    .int('must be a whole number of minutes')
    .min(0, 'must be 0 (none) or more')
    .max(24 * 60, 'must be at most one day (1440)')
    .default(0)
    .meta({
      label: { vi: 'Dữ liệu quá khứ', en: 'Made-up history' },
      help: { vi: 'số phút dữ liệu dựng sẵn khi khởi động, tối đa 1440', en: 'minutes of history made up at start, at most 1440' },
    }),
  province: z
    .string({ error: 'must be a province code' })
    .regex(/^\d{2}$/, 'must be a 2-digit province code (QĐ 19/2025/QĐ-TTg), e.g. "46"')
    .default('46')
    .meta({
      label: { vi: 'Mã tỉnh', en: 'Province code' },
      help: { vi: '2 chữ số theo QĐ 19/2025/QĐ-TTg; Huế là 46', en: '2 digits (QĐ 19/2025/QĐ-TTg); Huế is 46' },
    }),
});

export type SimulatorConfig = z.output<typeof simulatorConfigSchema>;
