import { describe, expect, it } from 'vitest';
import { HOUR } from '../../common/time.js';
import { fieldReportsConfigSchema } from './config.js';
import { toFieldReport } from './field-report.js';
import { open311RequestSchema } from './request-schema.js';

const rules = fieldReportsConfigSchema.parse({
  baseUrl: 'http://127.0.0.1/',
  sla: { default: { normal: 72, urgent: 4 }, byService: { CXDT: { normal: 24, urgent: 2 } } },
  urgentServices: ['ANTT'],
});
const services = new Map([['CXDT', { code: 'CXDT', name: 'Cây xanh', group: 'Hạ tầng đô thị' }]]);
const received = Date.UTC(2025, 5, 2, 1);

const request = (fields: Record<string, unknown>) =>
  open311RequestSchema.parse({
    service_request_id: 'HUE-1',
    status: 'open',
    service_code: 'CXDT',
    requested_datetime: new Date(received).toISOString(),
    ...fields,
  });

describe('toFieldReport', () => {
  it('keeps personal data apart from the public fields', () => {
    const report = toFieldReport(
      request({ first_name: 'Văn An', last_name: 'Nguyễn', phone: '+84 90 123 4567', email: 'an@example.com', description: 'Cây đổ' }),
      services,
      rules,
      received,
    );
    expect(report.personal).toEqual({ name: 'Nguyễn Văn An', phone: '+84 90 123 4567', email: 'an@example.com' });
    const { personal: _personal, ...publicPart } = report;
    expect(JSON.stringify(publicPart)).not.toMatch(/Nguyễn|4567|example\.com/);
  });

  it('leaves personal data empty for an anonymous report, and a single name as it is', () => {
    expect(toFieldReport(request({}), services, rules, received).personal).toEqual({});
    expect(toFieldReport(request({ first_name: 'Lan' }), services, rules, received).personal).toEqual({ name: 'Lan' });
  });

  it('derives the due time from the category and urgency', () => {
    expect(toFieldReport(request({}), services, rules, received)).toMatchObject({ urgency: 'normal', slaHours: 24, dueAt: received + 24 * HOUR });
    expect(toFieldReport(request({ ioc_priority: 'urgent' }), services, rules, received)).toMatchObject({ urgency: 'urgent', slaHours: 2 });
    expect(toFieldReport(request({ service_code: 'ANTT' }), services, rules, received)).toMatchObject({ urgency: 'urgent', slaHours: 4 });
    expect(toFieldReport(request({ service_code: 'VSMT' }), services, rules, received)).toMatchObject({ urgency: 'normal', slaHours: 72 });
  });

  it('is overdue only while open and past the due time', () => {
    const due = received + 24 * HOUR;
    expect(toFieldReport(request({}), services, rules, due).overdue).toBe(false);
    expect(toFieldReport(request({}), services, rules, due + 1).overdue).toBe(true);
    expect(toFieldReport(request({ status: 'closed' }), services, rules, due + 1).overdue).toBe(false);
  });

  it('names the service from the request, else the service list, else the code', () => {
    expect(toFieldReport(request({ service_name: 'Cây xanh gãy đổ' }), services, rules, received).serviceName).toBe('Cây xanh gãy đổ');
    expect(toFieldReport(request({}), services, rules, received)).toMatchObject({ serviceName: 'Cây xanh', serviceGroup: 'Hạ tầng đô thị' });
    expect(toFieldReport(request({ service_code: 'XYZ' }), services, rules, received).serviceName).toBe('XYZ');
  });

  it('stores no undefined values', () => {
    const report = toFieldReport(request({ address: '' }), services, rules, received);
    expect(Object.values(report)).not.toContain(undefined);
    expect('address' in report || 'ward' in report).toBe(false);
  });
});
