import { localDate, VN_OFFSET_MS } from '../../common/vn-time.js';

export { periodAt } from '../../common/kpi/period.js';
export { localDate, VN_OFFSET_MS };

const local = (t: number): Date => new Date(t + VN_OFFSET_MS);
const two = (n: number): string => String(n).padStart(2, '0');

/** The local year and month (1-12), for the DVCQG report body. */
export function localYearMonth(t: number): { year: number; month: number } {
  const d = local(t);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

/** "20250602081500": the DVCQG sync form of a time, in local time (domain.md 1.1 [S3a]). */
export function toCompact(t: number): string {
  const d = local(t);
  return `${d.getUTCFullYear()}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}`;
}

/** "2025-06-02T08:15:00+07:00", the same time in the ISO form a Vietnamese system writes. */
export function toIsoVn(t: number): string {
  return new Date(Math.floor(t / 1000) * 1000 + VN_OFFSET_MS).toISOString().replace('.000Z', '+07:00');
}

const COMPACT = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;
/** ISO 8601 with a date and time; without a zone it is local time, as OpenCPS writes it. */
const ISO = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A DVCQG date: "yyyyMMddHHmmss" in local time, as the sync service sends it [S3a], or ISO 8601
 * (some provincial platforms). Undefined when neither form parses or the calendar date does not exist.
 */
export function parsePortalDate(text: string): number | undefined {
  const compact = COMPACT.exec(text);
  if (compact) {
    const [y, mo, d, h, mi, s] = compact.slice(1).map(Number) as [number, number, number, number, number, number];
    const t = Date.UTC(y, mo - 1, d, h, mi, s);
    const back = new Date(t);
    // Date.UTC rolls 31 June into 1 July; a real sync record never does, so refuse it.
    if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return undefined;
    return t - VN_OFFSET_MS;
  }
  if (!ISO.test(text)) return undefined;
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/.test(text);
  const t = Date.parse(zoned ? text.replace(' ', 'T') : `${text.replace(' ', 'T')}+07:00`);
  return Number.isNaN(t) ? undefined : t;
}
