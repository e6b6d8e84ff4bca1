import { describe, expect, it } from 'vitest';
import { draftOf, draftsFromOptions, jsonTextProblem, optionsFromDrafts, type DraftObject } from './option-drafts.js';
import { fieldsFromSchema } from './schema-fields.js';
import { schema } from './schema-test-fixture.js';

const fields = fieldsFromSchema(schema);

describe('optionsFromDrafts', () => {
  it('types numbers and booleans and leaves blanks to the defaults', () => {
    const drafts = { ...draftsFromOptions(fields, {}), baseUrl: 'https://x.vn', apiKey: 'k', pollMs: '9000', verbose: 'true', format: '' };
    expect(optionsFromDrafts(fields, drafts)).toEqual({
      options: { baseUrl: 'https://x.vn', apiKey: 'k', pollMs: 9000, verbose: true, auth: {} },
      problems: [],
    });
  });

  it('leaves out a blank optional object, list and record so their defaults apply', () => {
    const { options } = optionsFromDrafts(fields, draftsFromOptions(fields, {}));
    expect(Object.keys(options)).toEqual(['auth']);
  });

  it('writes out the defaults an object\'s default gives its blank fields once the object is sent', () => {
    const drafts = draftsFromOptions(fields, {});
    drafts.sla = { default: { normal: '48', urgent: '' }, byService: [] };
    expect(optionsFromDrafts(fields, drafts).options.sla).toEqual({ default: { normal: 48, urgent: 4 } });
  });

  it('sends records as objects and lists as arrays, dropping rows added and left empty', () => {
    const drafts: DraftObject = {
      ...draftsFromOptions(fields, {}),
      sla: { default: { normal: '', urgent: '' }, byService: [{ key: 'den-duong', value: { normal: '24', urgent: '2' } }] },
      endpoints: ['service-results', '', 'transparency'],
      fieldMap: [{ key: 'SoHoSo', value: 'MaHoSo' }, { key: '', value: '' }],
    };
    expect(optionsFromDrafts(fields, drafts)).toMatchObject({
      options: { sla: { byService: { 'den-duong': { normal: 24, urgent: 2 } } }, endpoints: ['service-results', 'transparency'], fieldMap: { SoHoSo: 'MaHoSo' } },
      problems: [],
    });
  });

  it('names the record rows it cannot send: no key, a key twice, a key without a value', () => {
    const drafts: DraftObject = {
      ...draftsFromOptions(fields, {}),
      fieldMap: [
        { key: '', value: 'x' },
        { key: 'A', value: '1' },
        { key: 'A', value: '2' },
        { key: 'B', value: '' },
      ],
    };
    expect(optionsFromDrafts(fields, drafts).problems).toEqual([
      { path: 'fieldMap', problem: 'empty-key' },
      { path: 'fieldMap.A', problem: 'duplicate-key' },
      { path: 'fieldMap.B', problem: 'blank-value' },
    ]);
  });
});

describe('draftsFromOptions', () => {
  const stored = {
    baseUrl: 'https://x.vn',
    apiKey: '***',
    pollMs: 9000,
    verbose: false,
    sla: { default: { normal: 48, urgent: 4 }, byService: { 'den-duong': { normal: 24, urgent: 2 } } },
    endpoints: ['transparency'],
    fieldMap: { SoHoSo: 'MaHoSo' },
    auth: { username: 'u', password: '***' },
  };

  it('prefills every field from the options shown, secrets as their mask', () => {
    const drafts = draftsFromOptions(fields, stored);
    expect(drafts).toMatchObject({
      apiKey: '***',
      pollMs: '9000',
      verbose: 'false',
      sla: { default: { normal: '48', urgent: '4' }, byService: [{ key: 'den-duong', value: { normal: '24', urgent: '2' } }] },
      endpoints: ['transparency'],
      fieldMap: [{ key: 'SoHoSo', value: 'MaHoSo' }],
      auth: { username: 'u', password: '***' },
    });
  });

  it('gives back the same options when nothing is changed, masks included for the host to keep', () => {
    expect(optionsFromDrafts(fields, draftsFromOptions(fields, stored))).toEqual({ options: stored, problems: [] });
  });
});

describe('JSON fallback', () => {
  const [json] = fieldsFromSchema({ type: 'object', properties: { windows: { type: 'array', prefixItems: [{ type: 'string' }], items: false } } });

  it('shows the value as JSON text and parses it back', () => {
    expect(draftOf(json!, ['08:00'])).toBe('[\n  "08:00"\n]');
    expect(optionsFromDrafts([json!], { windows: '["07:30"]' })).toEqual({ options: { windows: ['07:30'] }, problems: [] });
  });

  it('names text that is not JSON, at its path, instead of sending it', () => {
    const r = optionsFromDrafts([json!], { windows: '["07:30"' });
    expect(r.options).toEqual({});
    expect(r.problems).toEqual([{ path: 'windows', problem: 'json', detail: expect.any(String) }]);
    expect(jsonTextProblem('{')).toEqual(expect.any(String));
    expect(jsonTextProblem('  ')).toBeUndefined();
  });
});
