import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { validateRecords } from './validate-records.js';

describe('validateRecords', () => {
  const schema = z.object({ service_request_id: z.string(), status: z.enum(['open', 'closed']), lat: z.number().optional() });

  it('keeps the good records in order and reports each bad one by index with its paths', () => {
    const rejected: [number, string][] = [];
    const good = validateRecords(
      [
        { service_request_id: 'a', status: 'open' },
        { service_request_id: 7, status: 'open' },
        null,
        { service_request_id: 'b', status: 'pending', lat: 'x' },
        { service_request_id: 'c', status: 'closed', lat: 16.46 },
      ],
      schema,
      (index, reason) => rejected.push([index, reason]),
    );
    expect(good.map((r) => r.service_request_id)).toEqual(['a', 'c']);
    expect(rejected.map(([i]) => i)).toEqual([1, 2, 3]);
    expect(rejected[0]![1]).toMatch(/^service_request_id: /);
    expect(rejected[1]![1]).toMatch(/^\(root\): /);
    expect(rejected[2]![1].split('\n').map((l) => l.split(':')[0])).toEqual(['status', 'lat']);
  });

  it('returns the parsed output, defaults applied', () => {
    const withDefault = z.object({ id: z.string(), kind: z.string().default('report') });
    expect(validateRecords([{ id: 'x' }], withDefault, () => {})).toEqual([{ id: 'x', kind: 'report' }]);
  });
});
