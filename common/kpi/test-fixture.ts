import type { Dossier, DossierInput } from '../schemas/dossier.js';
import { dossierSchema } from '../schemas/dossier.js';
import { DAY, HOUR } from '../time.js';
import type { Period } from './period.js';

/** Day n of the tests: n days (and h hours) after 1 Jan 2025 00:00 UTC, so day 0 is 1 January. */
export const day = (n: number, h = 0): number => Date.UTC(2025, 0, 1) + n * DAY + h * HOUR;

/** January 2025: days 0 to 30; day 31 (1 February) is outside. */
export const january: Period = { from: day(0), to: day(31) };

/** A valid dossier through the schema: received day 1, due day 10, in progress, unless overridden. */
export function dossier(overrides: Partial<DossierInput> = {}): Dossier {
  return dossierSchema.parse({
    code: 'HS-1',
    procedureCode: '1.000001',
    agencyCode: 'stp',
    agencyName: 'Sở Tư pháp',
    receivedAt: day(1),
    dueAt: day(10),
    status: 4,
    ...overrides,
  });
}
