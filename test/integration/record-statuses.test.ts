import { describe, expect, it } from 'vitest';
import { documentClosedStatuses, documentStatusValues, fieldReportOpenStatuses, fieldReportStatuses } from '../../common/index.js';
import { documentStatuses } from '../../connectors/document-management/document.js';
import { lifecycleStatuses, openStatuses } from '../../connectors/field-reports/lifecycle.js';

/** common/ cannot import connectors: the statuses records tiles filter and sort by must stay those the connectors store. */
describe('record statuses known to common/', () => {
  it('are those the field-reports and document-management connectors store', () => {
    expect(fieldReportStatuses).toEqual(lifecycleStatuses);
    expect(fieldReportOpenStatuses).toEqual(openStatuses);
    expect(documentStatusValues).toEqual(documentStatuses);
    expect(documentClosedStatuses.every((s) => (documentStatuses as readonly string[]).includes(s))).toBe(true);
  });
});
