import { z } from 'zod';
import { HttpError } from '../sdk/http/http-error.js';
import { validateRecords } from '../sdk/http/validate-records.js';
import type { ConnectorLogger } from '../sdk/types.js';
import type { DocumentClient } from './client.js';
import type { DocumentConfig } from './config.js';
import type { Doc } from './document.js';
import { packageDoc, parsePackage } from './edxml-package.js';
import { eachPage } from './pages.js';

const listItemSchema = z.object({
  id: z.string({ error: 'must be text' }).min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  receivedAt: z.iso.datetime({ offset: true, error: 'must be an ISO date-time with an offset' }),
});

export interface PackagesRead {
  /** The latest `receivedAt` among the packages listed. */
  latest: number | undefined;
  /** One reason per package refused, naming the package and the field. */
  rejected: string[];
}

/**
 * Reads the packages received since `since` that `seen` does not hold, each up to the end of its envelope, and
 * hands the documents they bring to `keep`. A package that is malformed, or that the adapter refuses or sends
 * too large, is rejected with its reason and the others go on; a failure that may pass (5xx, a timeout) stops
 * the feed for this poll, so the cursor stays before the package.
 */
export async function readPackages(
  client: DocumentClient,
  since: string,
  seen: Map<string, number>,
  options: Pick<DocumentConfig, 'departments' | 'organIds'>,
  keep: (doc: Doc) => void,
  log: ConnectorLogger,
): Promise<PackagesRead> {
  const out: PackagesRead = { latest: undefined, rejected: [] };
  const reject = (id: string, reason: string) => {
    out.rejected.push(reason);
    log.warn('rejected an edXML package', { package: id, reason });
  };
  /** The package up to its envelope's end, or undefined once rejected: the adapter refused this one (4xx) or sent it too large. */
  const head = async (id: string): Promise<string | undefined> => {
    try {
      return await client.packageHead(id);
    } catch (error) {
      if (!(error instanceof HttpError) || error.transient || error.kind === 'aborted') throw error;
      reject(id, `package ${id}: ${error.message}`);
      return undefined;
    }
  };
  await eachPage('edxml/packages', (page) => client.packages(since, page), async (answer, page) => {
    const items = validateRecords(answer.items, listItemSchema, (index, reason) => reject(`page ${page} [${index}]`, `packages page ${page} [${index}]: ${reason.replaceAll('\n', '; ')}`));
    for (const item of items) {
      const receivedAt = Date.parse(item.receivedAt);
      out.latest = Math.max(out.latest ?? receivedAt, receivedAt);
      if (seen.has(item.id)) continue;
      const text = await head(item.id);
      seen.set(item.id, receivedAt);
      if (text === undefined) continue;
      const outcome = parsePackage(text, item.id);
      if ('rejected' in outcome) reject(item.id, outcome.rejected);
      else if ('skipped' in outcome) log.info('skipped an edXML package', { package: item.id, reason: outcome.skipped });
      else keep(packageDoc(outcome.document, receivedAt, options.departments, options.organIds));
    }
  });
  return out;
}
