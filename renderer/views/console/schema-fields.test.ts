import { describe, expect, it } from 'vitest';
import { fieldsFromSchema, optionsFromValues } from './schema-fields.js';

const schema = {
  type: 'object',
  properties: {
    baseUrl: { type: 'string', format: 'uri' },
    apiKey: { type: 'string', minLength: 1 },
    format: { default: 'json', type: 'string', enum: ['json', 'xml'] },
    pollMs: { default: 60000, type: 'integer', minimum: 5000 },
    alertRate: { type: 'number' },
    verbose: { type: 'boolean', default: false },
    sla: { type: 'object', default: { normal: 72 } },
    endpoints: { type: 'array', items: { type: 'string' } },
  },
  required: ['baseUrl', 'apiKey'],
};

describe('fieldsFromSchema', () => {
  it('makes a field per top-level scalar property, secrets as passwords and defaults as placeholders', () => {
    expect(fieldsFromSchema(schema).map((f) => [f.key, f.kind, f.required, f.placeholder])).toEqual([
      ['baseUrl', 'text', true, ''],
      ['apiKey', 'password', true, ''],
      ['format', 'select', false, 'json'],
      ['pollMs', 'number', false, '60000'],
      ['alertRate', 'number', false, ''],
      ['verbose', 'boolean', false, 'false'],
    ]);
    expect(fieldsFromSchema(schema).find((f) => f.key === 'format')?.choices).toEqual(['json', 'xml']);
  });

  it('reads an empty or property-less schema as no fields', () => {
    expect(fieldsFromSchema({})).toEqual([]);
  });
});

describe('optionsFromValues', () => {
  it('types numbers and booleans and leaves blanks to the defaults', () => {
    const fields = fieldsFromSchema(schema);
    expect(optionsFromValues(fields, { baseUrl: 'https://x.vn', apiKey: 'k', pollMs: '9000', verbose: 'true', format: '' })).toEqual({
      baseUrl: 'https://x.vn',
      apiKey: 'k',
      pollMs: 9000,
      verbose: true,
    });
  });
});
