import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../common/schemas/issues.js';
import { simulatorConfigSchema } from './config.js';

/** The text the host shows an admin for rejected options. */
const problems = (options: unknown): string => {
  const result = simulatorConfigSchema.safeParse(options);
  if (result.success) throw new Error('expected the options to be rejected');
  return formatIssues(result.error);
};

describe('simulator options', () => {
  it('defaults every option', () => {
    expect(simulatorConfigSchema.parse({})).toEqual({ seed: 20251, intervalMs: 2000, alertRate: 1, backfillMinutes: 0, province: '46' });
  });

  it('accepts valid options', () => {
    expect(simulatorConfigSchema.parse({ seed: 7, intervalMs: 200, alertRate: 0, backfillMinutes: 60, province: '01' })).toEqual({
      seed: 7,
      intervalMs: 200,
      alertRate: 0,
      backfillMinutes: 60,
      province: '01',
    });
  });

  it('rejects a negative interval with a message naming the field', () => {
    expect(problems({ intervalMs: -1 })).toBe('intervalMs: must be at least 200 ms');
  });

  it.each([
    [{ intervalMs: 199 }, 'intervalMs'],
    [{ intervalMs: '2000' }, 'intervalMs'],
    [{ seed: 1.5 }, 'seed'],
    [{ alertRate: -0.5 }, 'alertRate'],
    [{ province: '046' }, 'province'],
    [{ intervalMS: 1000 }, 'intervalMS'],
  ])('rejects %j naming %s', (options, field) => {
    expect(problems(options)).toContain(field);
  });
});
