import { describe, expect, it } from 'vitest';
import { HOUR } from '../../common/time.js';
import { fieldReportsConfigSchema } from './config.js';
import { dueAt, slaHours, urgencyOf } from './sla.js';

const { sla } = fieldReportsConfigSchema.parse({
  baseUrl: 'http://127.0.0.1/',
  sla: { default: { normal: 72, urgent: 4 }, byService: { CXDT: { normal: 24, urgent: 2 } } },
});

describe('SLA', () => {
  it('takes the hours of the category and urgency, else the default', () => {
    expect(slaHours(sla, 'CXDT', 'normal')).toBe(24);
    expect(slaHours(sla, 'CXDT', 'urgent')).toBe(2);
    expect(slaHours(sla, 'VSMT', 'normal')).toBe(72);
    expect(slaHours(sla, 'VSMT', 'urgent')).toBe(4);
    // A code that is also an Object.prototype member is not a configured service.
    expect(slaHours(sla, 'constructor', 'normal')).toBe(72);
  });

  it('reads urgency from the report first, then the list of urgent services', () => {
    expect(urgencyOf(undefined, 'ANTT', ['ANTT'])).toBe('urgent');
    expect(urgencyOf('normal', 'ANTT', ['ANTT'])).toBe('normal');
    expect(urgencyOf('urgent', 'VSMT', [])).toBe('urgent');
    expect(urgencyOf(undefined, 'VSMT', ['ANTT'])).toBe('normal');
  });

  it('counts due times in calendar hours from receipt', () => {
    expect(dueAt(1000, 4)).toBe(1000 + 4 * HOUR);
    expect(dueAt(0, 0.5)).toBe(HOUR / 2);
  });
});
