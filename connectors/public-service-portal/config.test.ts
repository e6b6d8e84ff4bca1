import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../common/schemas/issues.js';
import { portalConfigSchema } from './config.js';

const integration = { mode: 'integration', baseUrl: 'https://lgsp.hue.gov.vn/dvc', username: 'ioc', password: 'x', madonvi: '000.00.00.H46' };
const problems = (options: unknown): string => {
  const r = portalConfigSchema.safeParse(options);
  return r.success ? '' : formatIssues(r.error);
};

describe('portal options', () => {
  it('fills the defaults', () => {
    expect(portalConfigSchema.parse(integration)).toMatchObject({
      authPath: '/auth',
      integrationPath: '/integration',
      province: '46',
      pollMs: 300_000,
      period: 'month',
      endpoints: ['service-results'],
      openQuery: 'status',
      openWindowDays: 90,
    });
  });

  it('explains what is wrong', () => {
    expect(problems({ ...integration, pollMs: 5000 })).toBe('pollMs: must be at least 10000 ms');
    expect(problems({ ...integration, province: '046' })).toBe('province: must be a 2-digit province code such as "46"');
    expect(problems({ ...integration, passwrd: 'x' })).toMatch(/passwrd/);
    expect(problems({ ...integration, openQuery: 'TrangThaiHoSo' })).toBe('openQuery: must be "status" or "window"');
    expect(problems({ ...integration, openWindowDays: 0 })).toBe('openWindowDays: must be at least 1 day');
    expect(problems({ ...integration, openWindowDays: 1.5 })).toBe('openWindowDays: must be a whole number of days');
    expect(problems({ mode: 'integration', baseUrl: 'https://lgsp.hue.gov.vn' })).toBe(
      'username: is needed in integration mode\npassword: is needed in integration mode\nmadonvi: is needed in integration mode',
    );
    expect(problems({ mode: 'national-report', baseUrl: 'https://dichvucong.gov.vn' })).toMatch(/^departmentCode: is needed in national-report mode/);
  });
});
