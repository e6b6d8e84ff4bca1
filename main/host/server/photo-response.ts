import type { PhotoAnswer } from './record-photos.js';
import type { HttpAnswer } from './snapshot-response.js';

const plain = (status: number, body: string): HttpAnswer => ({ status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }, body });

/**
 * The HTTP answer for a record's photo. A picture may be kept by the browser as long as the host keeps it
 * (`private`: it sits behind a credential); opened on its own it runs nothing (sandbox) and is never sniffed
 * as another type.
 */
export function photoResponse(answer: PhotoAnswer): HttpAnswer {
  if (answer.kind === 'none') return plain(404, answer.reason);
  if (answer.kind === 'failed') return plain(answer.status, `the photo could not be fetched: ${answer.reason}`);
  return {
    status: 200,
    headers: {
      'content-type': answer.type,
      'content-length': answer.body.length,
      'cache-control': 'private, max-age=600',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
    },
    body: answer.body,
  };
}
