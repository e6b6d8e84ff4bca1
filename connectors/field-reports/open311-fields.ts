import { z } from 'zod';

/**
 * Field types shared by the request and service schemas. XML gives every value as a string and an empty
 * element as "", JSON may give null or a number: both are read the same way here, so the two formats
 * give the same records.
 */

/** Missing, null, or text that is empty once trimmed (an empty XML element). */
export const isAbsent = (value: unknown): boolean => value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
const absent = (value: unknown): unknown => (isAbsent(value) ? undefined : value);

/** Free text, trimmed; "", null or missing become undefined. */
export const optionalText = z.preprocess(absent, z.string({ error: 'must be text' }).trim().optional());

/** Ids and codes: text, or a whole number that some servers send unquoted. */
export const identifier = z.preprocess(
  (value) => (typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value),
  z.string({ error: 'must be text or a whole number' }).trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
);

/**
 * GeoReport v2 datetimes are ISO 8601 with a zone, "Z" or "±HH:MM" (wiki.open311.org/GeoReport_v2, after the
 * W3C date/time note). A time without a zone is refused: read as local time it would move by the server's offset.
 */
const w3cDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export const dateTime = z
  .string({ error: 'must be an ISO 8601 date and time' })
  .trim()
  .transform((value, ctx) => {
    const t = w3cDateTime.test(value) ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(t) || t < 0) {
      ctx.addIssue({ code: 'custom', message: 'must be an ISO 8601 date and time with a zone, e.g. 2025-06-02T08:15:00+07:00' });
      return z.NEVER;
    }
    return t;
  });

export const optionalDateTime = z.preprocess(absent, dateTime.optional());

/** A coordinate as a number or as numeric text (XML, and some JSON servers). */
export function coordinate(limit: number) {
  return z.preprocess(
    (value) => {
      const v = absent(value);
      return typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v;
    },
    z
      .number({ error: 'must be a number' })
      .min(-limit, `must be between -${limit} and ${limit}`)
      .max(limit, `must be between -${limit} and ${limit}`)
      .optional(),
  );
}
