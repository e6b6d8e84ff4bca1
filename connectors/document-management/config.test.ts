import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../common/schemas/issues.js';
import { documentConfigSchema } from './config.js';

const base = { baseUrl: 'https://qlvb.hue.gov.vn/ioc/v1/' };
const problems = (options: unknown): string => {
  const r = documentConfigSchema.safeParse(options);
  return r.success ? '' : formatIssues(r.error);
};

describe('document-management options', () => {
  it('fills the adapter paths of the documented contract', () => {
    expect(documentConfigSchema.parse(base)).toMatchObject({ documentsPath: 'documents', packagesPath: 'edxml/packages', statusPath: 'edxml/status' });
  });

  it('takes other paths under baseUrl', () => {
    const paths = { documentsPath: 'api/v2/van-ban', packagesPath: 'lgsp.edxml/goi_tin', statusPath: 'trang-thai~1' };
    expect(documentConfigSchema.parse({ ...base, ...paths })).toMatchObject(paths);
  });

  it('refuses a path that is not under baseUrl, naming the option and an example', () => {
    expect(problems({ ...base, documentsPath: '/documents' })).toBe(
      'documentsPath: must be a path under baseUrl such as "documents": letters, digits, "-", "_", "." and "/" between names, with no scheme, host or query, and no "/" at either end',
    );
    for (const path of ['edxml/packages/', 'https://khac.example/goi', '//khac.example/goi', 'goi?since=x', 'goi#a', 'goi//tin', '', 'văn-bản', 'a b']) {
      expect(problems({ ...base, packagesPath: path })).toMatch(/^packagesPath: must be a path under baseUrl such as "edxml\/packages"/);
    }
    for (const path of ['../admin', 'edxml/../../admin', './status', 'edxml/.']) {
      expect(problems({ ...base, statusPath: path })).toBe('statusPath: must not step out of baseUrl with "." or ".."');
    }
    expect(problems({ ...base, statusPath: 42 })).toBe('statusPath: must be a path under baseUrl such as "edxml/status"');
    expect(problems({ ...base, statusPath: 'a'.repeat(201) })).toBe('statusPath: must be at most 200 characters');
  });
});
