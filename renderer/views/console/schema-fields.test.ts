import { describe, expect, it } from 'vitest';
import { defaultHint, fieldsFromSchema, helpOf, labelOf, placeholderOf, type SchemaField } from './schema-fields.js';
import { schema } from './schema-test-fixture.js';

const byKey = (fields: SchemaField[], key: string): SchemaField => {
  const f = fields.find((x) => x.key === key);
  if (!f) throw new Error(`no field ${key}`);
  return f;
};

describe('fieldsFromSchema', () => {
  const fields = fieldsFromSchema(schema);

  it('makes a field per scalar property, secrets as passwords and defaults as placeholders', () => {
    expect(fields.slice(0, 6).map((f) => [f.key, f.kind, f.required, placeholderOf(f)])).toEqual([
      ['baseUrl', 'text', true, ''],
      ['apiKey', 'password', false, ''],
      ['format', 'select', false, 'json'],
      ['pollMs', 'number', false, '60000'],
      ['alertRate', 'number', false, ''],
      ['verbose', 'boolean', false, 'false'],
    ]);
    expect(byKey(fields, 'format')).toMatchObject({ choices: ['json', 'xml'], numeric: false });
    expect(byKey(fields, 'pollMs')).toMatchObject({ integer: true });
  });

  it('names each field by the label its connector declared, in the page\'s language, else by its key', () => {
    const named = (list: SchemaField[], lang: 'vi' | 'en') => list.slice(3, 6).map((f) => [labelOf(f, lang), helpOf(f, lang)]);
    expect(named(fields, 'vi')).toEqual([
      ['Chu kỳ đọc', 'mili giây (ms)'],
      ['alertRate', ''],
      ['verbose', ''],
    ]);
    expect(named(fields, 'en')[0]).toEqual(['Polling interval', 'milliseconds (ms)']);
    const sla = byKey(fields, 'sla');
    const slaDefault = sla.kind === 'object' ? byKey(sla.fields, 'default') : sla;
    expect(slaDefault.kind === 'object' && slaDefault.fields.map((f) => [labelOf(f, 'vi'), helpOf(f, 'en')])).toEqual([
      ['Thường', 'hours'],
      ['urgent', 'hours'],
    ]);
  });

  it('makes a fieldset of a nested object whose fields show the defaults the object\'s default gives them', () => {
    const sla = byKey(fields, 'sla');
    if (sla.kind !== 'object') throw new Error(sla.kind);
    const slaDefault = byKey(sla.fields, 'default');
    if (slaDefault.kind !== 'object') throw new Error(slaDefault.kind);
    expect(slaDefault.fields.map((f) => [f.key, f.kind, placeholderOf(f), f.inherited])).toEqual([
      ['normal', 'number', '72', true],
      ['urgent', 'number', '4', true],
    ]);
  });

  it('makes a record of key and value rows, the value a fieldset when it is an object', () => {
    const sla = byKey(fields, 'sla');
    if (sla.kind !== 'object') throw new Error(sla.kind);
    const byService = byKey(sla.fields, 'byService');
    expect(byService).toMatchObject({ kind: 'record', keyChoices: [], value: { kind: 'object', fields: [{ key: 'normal' }, { key: 'urgent' }] } });
    expect(byKey(fields, 'fieldMap')).toMatchObject({ kind: 'record', value: { kind: 'text', required: true } });
  });

  it('makes lists of scalars, with their default as a hint', () => {
    expect(byKey(fields, 'endpoints')).toMatchObject({ kind: 'array', item: { kind: 'select', choices: ['service-results', 'transparency'] } });
    expect(defaultHint(byKey(fields, 'endpoints'))).toBe('service-results');
    expect(defaultHint(byKey(fields, 'urgentServices'))).toBe('');
  });

  it('asks the browser to insist only on fields required all the way up', () => {
    const auth = byKey(fields, 'auth');
    if (auth.kind !== 'object') throw new Error(auth.kind);
    expect(auth.fields.map((f) => [f.key, f.kind, f.mustFill])).toEqual([
      ['username', 'text', true],
      ['password', 'password', true],
    ]);
    const sla = byKey(fields, 'sla');
    if (sla.kind !== 'object') throw new Error(sla.kind);
    const slaDefault = byKey(sla.fields, 'default');
    expect(slaDefault.kind === 'object' && slaDefault.fields.map((f) => [f.required, f.mustFill])).toEqual([
      [true, false],
      [true, false],
    ]);
  });

  it('falls back to JSON text for shapes no input renders: unions, nullables, tuples, mixed objects, anything', () => {
    const exotic = fieldsFromSchema({
      type: 'object',
      properties: {
        union: { type: ['string', 'number'] },
        nullable: { anyOf: [{ type: 'string' }, { type: 'null' }] },
        tuple: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'number' }], items: false },
        loose: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: {} },
        anything: {},
        ref: { $ref: '#/$defs/x' },
        listOfLists: { type: 'array', items: { type: 'array', items: { type: 'number' } } },
        recordOfAny: { type: 'object', additionalProperties: {} },
        level: { type: 'integer', enum: [1, 2, 3] },
      },
    });
    expect(exotic.map((f) => [f.key, f.kind])).toEqual([
      ['union', 'json'],
      ['nullable', 'json'],
      ['tuple', 'json'],
      ['loose', 'json'],
      ['anything', 'json'],
      ['ref', 'json'],
      ['listOfLists', 'array'],
      ['recordOfAny', 'record'],
      ['level', 'select'],
    ]);
    expect(byKey(exotic, 'recordOfAny')).toMatchObject({ value: { kind: 'json' } });
    expect(byKey(exotic, 'level')).toMatchObject({ numeric: true, choices: ['1', '2', '3'] });
  });

  it('reads a record with listed keys as a record whose key is a choice', () => {
    const [f] = fieldsFromSchema({
      type: 'object',
      properties: { byLevel: { type: 'object', propertyNames: { type: 'string', enum: ['low', 'high'] }, additionalProperties: { type: 'number' } } },
    });
    expect(f).toMatchObject({ kind: 'record', keyChoices: ['low', 'high'], value: { kind: 'number' } });
  });

  it('reads an empty or property-less schema as no fields', () => {
    expect(fieldsFromSchema({})).toEqual([]);
    expect(fieldsFromSchema({ type: 'object' })).toEqual([]);
  });
});
