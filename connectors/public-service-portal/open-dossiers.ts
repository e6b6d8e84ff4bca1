import type { Period } from '../../common/kpi/period.js';
import { DAY } from '../../common/time.js';
import { HttpError } from '../sdk/http/http-error.js';
import type { ConnectorLogger } from '../sdk/types.js';
import type { AdapterClient } from './adapter-client.js';
import { AdapterError } from './adapter-error.js';
import type { PortalConfig } from './config.js';
import { toIsoVn } from './local-time.js';

/** The update window is read in parts this long, so neither a cap on an adapter's window nor the page guard stops it. */
const WINDOW_PART_MS = 7 * DAY;

/** Statuses that mean "I do not serve this query" rather than "not now" (408, 429) or "not you" (401, 403). */
const refusingStatus = (status: number | undefined): boolean =>
  status !== undefined && status >= 400 && status < 500 && ![401, 403, 408, 429].includes(status);

/**
 * Why the adapter refused a query, or undefined when the failure is not a refusal. A refusal is an answer
 * about the query itself: an `error_code` other than a session's or a login's, an HTTP 4xx other than 401,
 * 403, 408 and 429, or an answer that is not JSON or not the contract's envelope. A timeout, a 5xx, a 429, a
 * refused login or a network failure may pass, so it fails the poll as any other query's would.
 */
export function refusal(error: unknown): string | undefined {
  if (error instanceof AdapterError) return error.kind === 'adapter' ? error.message : undefined;
  if (!(error instanceof HttpError)) return undefined;
  if (error.kind === 'parse' || error.kind === 'schema' || (error.kind === 'status' && refusingStatus(error.status))) return error.message;
  return undefined;
}

export interface OpenDossierReader {
  /**
   * The records that may be open dossiers carried over from before `period`, unchecked: those now in one
   * of `statuses`, or, by the update window, those updated from `openWindowDays` before `to` up to the
   * period's start (the polls read the period itself).
   */
  read(statuses: readonly number[], period: Period, to: number): Promise<unknown[]>;
  /** "" until the status query is refused; then what every health message of the run adds. */
  readonly note: string;
}

/**
 * The warm-up's source of carried-over open dossiers. The TrangThaiHoSo query is this contract's own,
 * found in no platform's documentation (docs/connectors/public-service-portal.md ⚠), so an adapter that
 * refuses it is read by its update window for the rest of the run instead of never publishing anything.
 */
export function createOpenDossierReader(
  client: AdapterClient,
  options: Pick<PortalConfig, 'openQuery' | 'openWindowDays'>,
  log: ConnectorLogger,
): OpenDossierReader {
  let byStatus = options.openQuery === 'status';
  let note = '';

  async function byWindow(period: Period, to: number): Promise<unknown[]> {
    const items: unknown[] = [];
    for (let from = to - options.openWindowDays * DAY; from < period.from; from += WINDOW_PART_MS) {
      items.push(...(await client.updated(from, Math.min(period.from, from + WINDOW_PART_MS))));
    }
    return items;
  }

  return {
    async read(statuses, period, to) {
      if (!byStatus) return byWindow(period, to);
      try {
        return await client.inStatus(statuses);
      } catch (error) {
        const why = refusal(error)?.replaceAll('\n', '; ');
        if (why === undefined) throw error;
        byStatus = false;
        const since = toIsoVn(to - options.openWindowDays * DAY).slice(0, 10);
        note = `; the adapter refused the TrangThaiHoSo query (${why}), so this run counts the open dossiers updated since ${since} (openWindowDays ${options.openWindowDays}) and misses older ones`;
        log.warn('the adapter refused the open-dossier query; this run reads them from an update window', { reason: why, openWindowDays: options.openWindowDays });
        return byWindow(period, to);
      }
    },
    get note() {
      return note;
    },
  };
}
