import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { roles } from '../schemas/role.js';
import { api, events, methodNames, topics } from './contract.js';

describe('API contract', () => {
  it('gives every method an input and output schema, a known role and a description', () => {
    expect(methodNames.length).toBeGreaterThan(10);
    for (const name of methodNames) {
      const m = api[name];
      expect(m.input, name).toBeInstanceOf(z.ZodType);
      expect(m.output, name).toBeInstanceOf(z.ZodType);
      expect(roles, name).toContain(m.role);
      expect(m.description.length, name).toBeGreaterThan(3);
      expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
    }
  });

  it('requires more than a viewer for every change', () => {
    for (const name of methodNames) if (api[name].mutates) expect(api[name].role, name).not.toBe('viewer');
  });

  it('lets calls without arguments omit their input', () => {
    for (const name of methodNames) {
      const r = api[name].input.safeParse(undefined);
      if (r.success) expect(typeof r.data, name).toBe('object');
    }
    expect(api['walls.list'].input.safeParse(undefined).success).toBe(true);
    expect(api['walls.setLayout'].input.safeParse(undefined).success).toBe(false);
  });

  it('lists every event topic with its payload schema', () => {
    expect(topics).toEqual(Object.keys(events));
    expect(topics).toContain('alert.changed');
    expect(events['samples.appended'].safeParse([{ seriesId: 'a', t: 1, v: 2 }]).success).toBe(true);
  });
});

describe('name lists for the preload', () => {
  it('match the contract exactly', async () => {
    const { methodNameList, topicList } = await import('./names.js');
    expect([...methodNameList]).toEqual(methodNames);
    expect([...topicList]).toEqual(topics);
  });
});
