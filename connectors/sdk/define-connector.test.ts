import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineConnector } from './define-connector.js';

const base = { name: 'Test', version: '1.0.0', configSchema: z.object({}), produces: {}, start: () => ({ stop() {} }) };

describe('defineConnector', () => {
  it('keeps the definition and fills in what it produces', () => {
    const records = [{ kind: 'field-report', label: { vi: 'Phản ánh', en: 'Field reports' } }];
    const def = defineConnector({ ...base, id: 'open311-gateway', produces: { records } });
    expect(def).toMatchObject({ id: 'open311-gateway', name: 'Test', produces: { series: [], records, alerts: [] } });
  });

  it('refuses a declaration of what it produces that the console could not show', () => {
    expect(() => defineConnector({ ...base, id: 'gauge', produces: { series: [{ prefix: 'hydro.', label: { vi: 'Mực nước' } as never }] } })).toThrow(
      /Connector "gauge" declares what it produces wrongly:\n.*series\[0\]\.label\.en/,
    );
  });

  it.each(['', 'Simulator', 'my_connector', 'a--b', '-a', 'a-', '1abc', 'a.b', 'x'.repeat(65)])('rejects the id "%s"', (id) => {
    expect(() => defineConnector({ ...base, id })).toThrow(/kebab-case/);
  });
});
