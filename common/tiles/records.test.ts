import { describe, expect, it } from 'vitest';
import { recordsTileOptionsSchema } from './records.js';

const problems = (options: object) => {
  const r = recordsTileOptionsSchema.safeParse(options);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('records tile filters', () => {
  it('takes statuses, categories and wards of field reports and overdue only', () => {
    const options = { kind: 'field-report', statuses: ['new', 'in_progress'], categories: ['VSMT'], places: ['19789', 'thuan-hoa'], overdueOnly: true };
    expect(recordsTileOptionsSchema.parse(options)).toEqual({ ...options, pageSeconds: 10, maxRows: 8 });
    expect(problems({ kind: 'dossier', statuses: ['4', '5'], categories: ['SXD'] })).toEqual([]);
    expect(problems({ kind: 'document', statuses: ['in-progress'], categories: ['so-tai-chinh'] })).toEqual([]);
  });

  it('names a status the kind does not have, a ward of the wrong form, and a ward on another kind', () => {
    expect(problems({ kind: 'field-report', statuses: ['in-progress'] })).toEqual([
      'statuses.0: "in-progress" is not a status of field-report; one of new, verified, rejected, assigned, in_progress, returned, resolved, published, rated',
    ]);
    expect(problems({ kind: 'dossier', statuses: ['11'] })).toEqual(['statuses.0: "11" is not a status of dossier; one of 1, 2, 3, 4, 5, 6, 7, 8, 9, 10']);
    expect(problems({ kind: 'field-report', places: ['Phường Thuận Hóa', '1978'] })).toEqual([
      'places.0: "Phường Thuận Hóa" is neither a 5-digit commune code nor a ward key such as "thuan-hoa"',
      'places.1: "1978" is neither a 5-digit commune code nor a ward key such as "thuan-hoa"',
    ]);
    expect(problems({ kind: 'document', places: ['19789'] })).toEqual(['places: only field reports have a ward or commune']);
  });

  it('refuses empty or repeated lists and an option it does not know', () => {
    expect(problems({ kind: 'field-report', categories: [] })).toEqual(['categories: must list at least one, or be left out for all']);
    expect(problems({ kind: 'field-report', categories: ['VSMT', 'VSMT'] })).toEqual(['categories: must not list one twice']);
    expect(problems({ kind: 'field-report', wards: ['19789'] })).toEqual([': Unrecognized key: "wards"']);
  });
});
