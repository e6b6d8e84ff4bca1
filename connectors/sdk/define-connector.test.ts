import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineConnector } from './define-connector.js';

const base = { name: 'Test', version: '1.0.0', configSchema: z.object({}), start: () => ({ stop() {} }) };

describe('defineConnector', () => {
  it('returns the definition unchanged', () => {
    const def = { ...base, id: 'open311-gateway' };
    expect(defineConnector(def)).toBe(def);
  });

  it.each(['', 'Simulator', 'my_connector', 'a--b', '-a', 'a-', '1abc', 'a.b', 'x'.repeat(65)])('rejects the id "%s"', (id) => {
    expect(() => defineConnector({ ...base, id })).toThrow(/kebab-case/);
  });
});
