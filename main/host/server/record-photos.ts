import type { SourceRecord } from '../../../common/index.js';
import type { Logger } from '../log.js';
import { fetchImage, ImageError, type FetchedImage, type ImageLimits } from './fetch-image.js';

export type PhotoAnswer =
  | { kind: 'image'; type: string; body: Buffer }
  | { kind: 'none'; reason: string }
  | { kind: 'failed'; status: 502 | 504; reason: string };

export interface RecordPhotosDeps {
  /** The record as the host stored it: only its own `mediaUrl` is ever fetched, never a URL a caller names. */
  record: (kind: string, id: string) => SourceRecord | undefined;
  now: () => number;
  log: Logger;
  /** The certificate authority of the source that stored the record, when its connector names one. */
  caFor?: (kind: string, id: string) => string | undefined;
  fetch?: (url: string, limits: ImageLimits, ca?: string) => Promise<FetchedImage>;
  limits?: Partial<ImageLimits>;
  /** Bytes of pictures kept; the least recently asked go first. */
  cacheBytes?: number;
  /** How long a picture, and a failure, is kept before its source is asked again. */
  keepMs?: number;
  failureKeepMs?: number;
}

export interface RecordPhotos {
  get(kind: string, id: string): Promise<PhotoAnswer>;
}

const defaultLimits: ImageLimits = { timeoutMs: 5000, maxBytes: 4 * 1024 * 1024, maxRedirects: 3 };

interface Kept {
  answer: Exclude<PhotoAnswer, { kind: 'none' }>;
  at: number;
  bytes: number;
}

/**
 * Photos of stored records for walls, whose CSP lets them load pictures only from the host: fetched with a size
 * cap, a timeout and an image check, kept in a small cache (a wall pages through the same rows all day, and
 * several displays ask at once: one fetch serves them all). A failure is kept a short while too, so a dead photo
 * host is not asked again at every page turn.
 */
export function createRecordPhotos(deps: RecordPhotosDeps): RecordPhotos {
  const limits = { ...defaultLimits, ...deps.limits };
  const fetch = deps.fetch ?? fetchImage;
  const cacheBytes = deps.cacheBytes ?? 24 * 1024 * 1024;
  const keepMs = deps.keepMs ?? 10 * 60_000;
  const failureKeepMs = deps.failureKeepMs ?? 60_000;
  const kept = new Map<string, Kept>();
  const inFlight = new Map<string, Promise<PhotoAnswer>>();
  let total = 0;

  const drop = (key: string) => {
    const k = kept.get(key);
    if (!k) return;
    total -= k.bytes;
    kept.delete(key);
  };
  const keep = (key: string, answer: Kept['answer']) => {
    const bytes = answer.kind === 'image' ? answer.body.length : 0;
    drop(key);
    // A picture larger than the whole cache is served but not kept.
    if (bytes > cacheBytes) return;
    kept.set(key, { answer, at: deps.now(), bytes });
    total += bytes;
    for (const oldest of kept.keys()) {
      if (total <= cacheBytes) break;
      drop(oldest);
    }
  };

  async function load(key: string, url: string, record: { kind: string; id: string }): Promise<PhotoAnswer> {
    try {
      const image = await fetch(url, limits, deps.caFor?.(record.kind, record.id));
      const answer = { kind: 'image' as const, ...image };
      keep(key, answer);
      return answer;
    } catch (err) {
      // Said once per attempt: a failure is kept failureKeepMs, however often walls ask.
      deps.log.warn('a record photo could not be fetched', { ...record, error: err instanceof Error ? err.message : String(err) });
      const last = kept.get(key)?.answer;
      if (last?.kind === 'image') {
        // The picture it had stays on the wall; its source is asked again after failureKeepMs.
        kept.set(key, { answer: last, at: deps.now() - keepMs + failureKeepMs, bytes: last.body.length });
        return last;
      }
      const answer = err instanceof ImageError ? { kind: 'failed' as const, status: err.status, reason: err.message } : { kind: 'failed' as const, status: 502 as const, reason: String(err) };
      keep(key, answer);
      return answer;
    }
  }

  return {
    async get(kind, id) {
      const record = deps.record(kind, id);
      if (!record) return { kind: 'none', reason: `no ${kind} record "${id}"` };
      const url = record.data.mediaUrl;
      if (typeof url !== 'string' || url === '') return { kind: 'none', reason: `${kind} "${id}" has no photo` };
      // The link is part of the key: a record whose photo changed is fetched again.
      const key = `${kind}\n${id}\n${url}`;
      const hit = kept.get(key);
      if (hit && deps.now() - hit.at < (hit.answer.kind === 'image' ? keepMs : failureKeepMs)) {
        kept.delete(key);
        kept.set(key, hit);
        return hit.answer;
      }
      let pending = inFlight.get(key);
      if (!pending) {
        pending = load(key, url, { kind, id }).finally(() => inFlight.delete(key));
        inFlight.set(key, pending);
      }
      return pending;
    },
  };
}
