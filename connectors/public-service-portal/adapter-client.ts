import { createHttpClient, type HttpClientOptions } from '../sdk/http/http-client.js';
import { sourceConnection } from '../sdk/http/source-connection.js';
import { redactUrl } from '../sdk/http/redact-url.js';
import { AdapterError } from './adapter-error.js';
import { adapterCodes, authResponseSchema, integrationResponseSchema, type DossierQuery, type IntegrationRequest } from './adapter-schema.js';
import type { PortalConfig } from './config.js';
import { toCompact } from './local-time.js';

/** What tests may change in the HTTP client: shorter timeouts and backoff, a smaller size limit, a virtual clock. */
export type HttpTuning = Partial<
  Pick<HttpClientOptions, 'timeoutMs' | 'retries' | 'backoff' | 'maxResponseBytes' | 'random' | 'sleep' | 'now'>
>;

/** Records per page: large enough for a month of a ward in one request, small enough for the 10 MB body limit. */
export const PAGE_SIZE = 500;
/** A month of a whole province is under 200 000 dossiers; an adapter that ignores `Trang` is stopped here. */
const MAX_PAGES = 1000;

export interface AdapterClient {
  /** Every DongBoHoSoMC record updated in [from, to], unchecked. Logs in when there is no session. */
  updated(from: number, to: number): Promise<unknown[]>;
  /** Every DongBoHoSoMC record whose status is now one of `statuses`, whatever its update date, unchecked. */
  inStatus(statuses: readonly number[]): Promise<unknown[]>;
  /** How long the last answered request took, retries included. */
  readonly latencyMs: number | undefined;
  /** "POST http://…/integration", redacted, for messages. */
  readonly where: string;
}

type Options = Pick<PortalConfig, 'baseUrl' | 'authPath' | 'integrationPath' | 'username' | 'password' | 'madonvi' | 'caCertificate' | 'maxRequestsPerSecond'>;

/**
 * The OpenCPS-style adapter (domain.md 1.1 [S3a]): POST {baseUrl}{authPath}, then POST {baseUrl}{integrationPath}
 * with the session. An expired session is renewed once per request; a second refusal is an AdapterError.
 */
export function createAdapterClient(options: Options, signal: AbortSignal, tuning: HttpTuning = {}): AdapterClient {
  const http = createHttpClient({ ...tuning, ...sourceConnection(options), baseUrl: options.baseUrl, signal });
  const base = options.baseUrl.replace(/\/+$/, '');
  const authUrl = `POST ${redactUrl(base + options.authPath)}`;
  const where = `POST ${redactUrl(base + options.integrationPath)}`;
  let session: string | undefined;
  let latencyMs: number | undefined;

  async function timed<T>(run: () => Promise<T>): Promise<T> {
    const started = performance.now();
    const result = await run();
    latencyMs = performance.now() - started;
    return result;
  }

  async function login(): Promise<string> {
    const body = { username: options.username ?? '', password: options.password ?? '' };
    const answer = await timed(() => http.postJson(options.authPath, body, authResponseSchema));
    if (answer.error_code !== adapterCodes.ok || answer.session === undefined) {
      const why = answer.message ? `: ${answer.message}` : '';
      throw new AdapterError('credentials', `${authUrl} refused the login (error_code ${answer.error_code})${why}; check username and password`);
    }
    return answer.session;
  }

  async function page(query: (page: { Trang: number; SoBanGhi: number }) => DossierQuery, index: number) {
    for (let renewed = false; ; renewed = true) {
      session ??= await login();
      const request: IntegrationRequest = {
        session,
        madonvi: options.madonvi ?? '',
        service: 'DongBoHoSoMC',
        isUpdating: true,
        data: [query({ Trang: index + 1, SoBanGhi: PAGE_SIZE })],
      };
      const answer = await timed(() => http.postJson(options.integrationPath, request, integrationResponseSchema));
      if (answer.error_code === adapterCodes.ok) return answer.data ?? [];
      const why = `error_code ${answer.error_code}${answer.message ? `: ${answer.message}` : ''}`;
      if (answer.error_code !== adapterCodes.sessionExpired) throw new AdapterError('adapter', `${where} answered ${why}`);
      session = undefined;
      if (renewed) throw new AdapterError('session', `${where} refused a fresh session (${why})`);
    }
  }

  async function all(query: (page: { Trang: number; SoBanGhi: number }) => DossierQuery): Promise<unknown[]> {
    const items: unknown[] = [];
    for (let index = 0; index < MAX_PAGES; index++) {
      const batch = await page(query, index);
      items.push(...batch);
      if (batch.length < PAGE_SIZE) return items;
    }
    throw new AdapterError('adapter', `${where} sent ${MAX_PAGES} full pages: it may be ignoring "Trang"`);
  }

  return {
    updated: (from, to) => all((p) => ({ TuNgay: toCompact(from), DenNgay: toCompact(to), ...p })),
    inStatus: (statuses) => all((p) => ({ TrangThaiHoSo: [...statuses], ...p })),
    get latencyMs() {
      return latencyMs;
    },
    where,
  };
}
