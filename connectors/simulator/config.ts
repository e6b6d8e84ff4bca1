import { z } from 'zod';

/**
 * Options of one simulator instance. The host shows each issue after its path
 * ("intervalMs: must be at least 200 ms"), so messages do not repeat the field name.
 */
export const simulatorConfigSchema = z.strictObject({
  seed: z.number({ error: 'must be a number' }).int('must be an integer').default(20251),
  intervalMs: z
    .number({ error: 'must be a number of milliseconds' })
    .int('must be a whole number of milliseconds')
    .min(200, 'must be at least 200 ms')
    .default(2000),
  alertRate: z
    .number({ error: 'must be a number' })
    .min(0, 'must be 0 (no alerts) or more')
    .max(10, 'must be at most 10')
    .default(1),
  /** Minutes of history made up at start, so charts and trends have a past from the first second. */
  backfillMinutes: z
    .number({ error: 'must be a number of minutes' })
    .int('must be a whole number of minutes')
    .min(0, 'must be 0 (none) or more')
    .max(24 * 60, 'must be at most one day (1440)')
    .default(0),
  province: z
    .string({ error: 'must be a province code' })
    .regex(/^\d{2}$/, 'must be a 2-digit province code (QĐ 19/2025/QĐ-TTg), e.g. "46"')
    .default('46'),
});

export type SimulatorConfig = z.output<typeof simulatorConfigSchema>;
