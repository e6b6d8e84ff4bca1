import { describe, expect, it } from 'vitest';
import { connectorTypes } from '../../connectors/index.js';
import { optionsJsonSchema } from '../../main/host/connectors/options-schema.js';
import { draftsFromOptions, optionsFromDrafts } from '../../renderer/views/console/option-drafts.js';
import { fieldsFromSchema, type SchemaField } from '../../renderer/views/console/schema-fields.js';

/** Options that use every nested shape each type has: records, lists, objects with defaults. */
const examples: Record<string, Record<string, unknown>> = {
  simulator: { seed: 7, intervalMs: 1000, alertRate: 0.5, backfillMinutes: 30, province: '46' },
  'document-management': { baseUrl: 'https://qlvb.example.vn/ioc/v1/', apiKey: 'k', pollMs: 60000, departments: { STC: 'Sở Tài chính', SYT: 'Sở Y tế' } },
  'field-reports': {
    baseUrl: 'https://gateway.example.vn/open311/v2/',
    format: 'xml',
    sla: { default: { normal: 48, urgent: 4 }, byService: { 'den-duong': { normal: 24, urgent: 2 } } },
    urgentServices: ['den-duong', 'ngap-ung'],
  },
  'public-service-portal': {
    mode: 'national-report',
    baseUrl: 'https://dichvucong.example.vn',
    departmentCode: 'H46',
    endpoints: ['service-results', 'transparency'],
    period: 'year',
    fieldMap: { SoHoSo: 'MaHoSo' },
  },
};

const kinds = (fields: readonly SchemaField[]): string[] =>
  fields.flatMap((f) => [f.kind, ...(f.kind === 'object' ? kinds(f.fields) : f.kind === 'array' ? kinds([f.item]) : f.kind === 'record' ? kinds([f.value]) : [])]);

/** The paths of options, at any depth, whose form field has no label in both languages. */
const unlabelled = (fields: readonly SchemaField[], at = ''): string[] =>
  fields.flatMap((f) => {
    const path = f.key === '' ? at : at ? `${at}.${f.key}` : f.key;
    const inner = f.kind === 'object' ? unlabelled(f.fields, path) : f.kind === 'array' ? unlabelled([f.item], `${path}[]`) : f.kind === 'record' ? unlabelled([f.value], `${path}.*`) : [];
    return [...(f.key !== '' && !f.label ? [path] : []), ...inner];
  });

describe('the console form for every connector type', () => {
  it('has an example for every type', () => {
    expect(Object.keys(examples).sort()).toEqual(Object.keys(connectorTypes).sort());
  });

  for (const def of Object.values(connectorTypes)) {
    it(`${def.id}: renders every option with real inputs and gives back the options it was filled with`, () => {
      const fields = fieldsFromSchema(optionsJsonSchema(def));
      expect(kinds(fields)).not.toContain('json');
      const example = examples[def.id]!;
      expect(def.configSchema.safeParse(example).success).toBe(true);
      expect(optionsFromDrafts(fields, draftsFromOptions(fields, example))).toEqual({ options: example, problems: [] });
    });

    it(`${def.id}: names every option in Vietnamese and English, as its schema's .meta({ label }) declares`, () => {
      expect(unlabelled(fieldsFromSchema(optionsJsonSchema(def)))).toEqual([]);
    });
  }
});
