import { describe, expect, it } from 'vitest';
import { idOf } from './rejected-requests.js';

describe('the id of a malformed service request', () => {
  it('reads the id of a malformed item when it still has a usable one', () => {
    expect(idOf({ service_request_id: ' HUE-000001 ' })).toBe('HUE-000001');
    expect(idOf({ service_request_id: 4711 })).toBe('4711');
    for (const item of [null, 'HUE-1', { service_request_id: '' }, { service_request_id: 1.5 }, { service_request_id: { id: 1 } }, { service_request_id: 'x'.repeat(201) }]) {
      expect(idOf(item)).toBeUndefined();
    }
  });
});
