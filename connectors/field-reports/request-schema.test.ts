import { describe, expect, it } from 'vitest';
import { validateRecords } from '../sdk/http/validate-records.js';
import { open311RequestSchema } from './request-schema.js';

const base = {
  service_request_id: 'HUE-000001',
  status: 'open',
  service_code: 'VSMT',
  requested_datetime: '2025-06-02T08:15:00+07:00',
};

describe('open311RequestSchema', () => {
  it('reads a full JSON request', () => {
    const r = open311RequestSchema.parse({
      ...base,
      status_notes: 'Đang xử lý: đã giao',
      ioc_status: 'in_progress',
      ioc_priority: 'URGENT',
      service_name: 'Rác thải, vệ sinh môi trường',
      description: '  Rác tràn ra đường.  ',
      agency_responsible: 'UBND Phường Thuận Hóa',
      updated_datetime: '2025-06-02T09:00:00Z',
      expected_datetime: null,
      address: '12 Lê Lợi, Phường Thuận Hóa, thành phố Huế',
      lat: 16.46,
      long: '107.59',
      first_name: 'Văn An',
      last_name: 'Nguyễn',
      phone: '+84 90 123 4567',
    });
    expect(r).toMatchObject({
      id: 'HUE-000001',
      status: 'in_progress',
      open311Status: 'open',
      requestedAt: Date.UTC(2025, 5, 2, 1, 15),
      updatedAt: Date.UTC(2025, 5, 2, 9),
      description: 'Rác tràn ra đường.',
      priority: 'urgent',
      lat: 16.46,
      long: 107.59,
      reporter: { firstName: 'Văn An', lastName: 'Nguyễn', phone: '+84 90 123 4567' },
    });
    expect(r.expectedAt).toBeUndefined();
  });

  it('reads XML values, which are all text, to the same result as JSON', () => {
    const json = open311RequestSchema.parse({ ...base, service_request_id: 17, lat: 16.5, long: 107.6, address: '' });
    const xml = open311RequestSchema.parse({ ...base, service_request_id: '17', lat: '16.5', long: '107.6', address: '' });
    expect(xml).toEqual(json);
    expect(json.id).toBe('17');
    expect(json.address).toBeUndefined();
  });

  it('falls back to requested_datetime when updated_datetime is missing', () => {
    expect(open311RequestSchema.parse(base).updatedAt).toBe(Date.UTC(2025, 5, 2, 1, 15));
  });

  it('reads the IOC fields from mySociety extended_attributes', () => {
    const r = open311RequestSchema.parse({ ...base, extended_attributes: { ioc_status: 'verified', ioc_ward_code: '00123' } });
    expect(r).toMatchObject({ status: 'verified', wardCode: '00123' });
    // A top-level value wins over the extended one.
    expect(open311RequestSchema.parse({ ...base, ioc_status: 'assigned', extended_attributes: { ioc_status: 'verified' } }).status).toBe('assigned');
  });

  it('refuses a datetime without a zone', () => {
    const result = open311RequestSchema.safeParse({ ...base, requested_datetime: '2025-06-02T08:15:00' });
    expect(result.error?.issues[0]).toMatchObject({ path: ['requested_datetime'], message: expect.stringContaining('with a zone') });
  });

  it('rejects malformed records by index and reason without stopping the batch', () => {
    const rejected: [number, string][] = [];
    const good = validateRecords(
      [
        base,
        { ...base, service_request_id: 'B', requested_datetime: 'hôm qua', lat: 'bắc', description: { text: 'x' } },
        { ...base, service_request_id: 'C', status: 'pending' },
        { ...base, service_request_id: 'D', ioc_priority: 'ngay' },
        { ...base, service_request_id: 'E', ioc_status: 'resolved' },
        'not an object',
      ],
      open311RequestSchema,
      (index, reason) => rejected.push([index, reason]),
    );
    expect(good.map((r) => r.id)).toEqual(['HUE-000001']);
    expect(rejected.map(([i]) => i)).toEqual([1, 2, 3, 4, 5]);
    expect(rejected[0]?.[1]).toMatch(/requested_datetime: must be an ISO 8601/);
    expect(rejected[0]?.[1]).toMatch(/lat: must be a number/);
    expect(rejected[0]?.[1]).toMatch(/description: must be text/);
    expect(rejected[1]?.[1]).toMatch(/^status: unknown status "pending"/);
    expect(rejected[2]?.[1]).toMatch(/ioc_priority: must be "normal" or "urgent"/);
    expect(rejected[3]?.[1]).toMatch(/ioc_status: ioc_status "resolved" contradicts status "open"/);
  });

  it('requires an id, a service code and a receipt time', () => {
    const result = open311RequestSchema.safeParse({ status: 'open' });
    expect(result.error?.issues.map((i) => i.path[0])).toEqual(['service_request_id', 'service_code', 'requested_datetime']);
  });
});
