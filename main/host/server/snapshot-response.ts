import { SNAPSHOT_HEADERS } from '../../../common/index.js';
import { redactText } from '../camera/redact-text.js';
import type { SnapshotAnswer } from '../camera/snapshots.js';

export interface HttpAnswer {
  status: number;
  headers: Record<string, string | number>;
  body: Buffer | string;
}

/** Header values are ASCII on one line: ffmpeg's messages are, but may carry a URL's odd bytes or a newline. */
function headerText(text: string): string {
  return text.replace(/[^\x20-\x7e]+/g, ' ').slice(0, 300);
}

/** Reasons come redacted from where they were made; any URL with credentials left is cut here again. */
const redacted = (reason: string) => redactText(reason, '');

const plain = (status: number, body: string, extra: Record<string, string | number> = {}): HttpAnswer => ({
  status,
  headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...extra },
  body,
});

/**
 * The HTTP answer for a camera's snapshot. Browsers may keep a picture until the host would take
 * another (`private`: it sits behind a credential); the time it was taken rides in a header, so a
 * console says how old an offline camera's last picture is.
 */
export function snapshotResponse(cameraId: string, answer: SnapshotAnswer, now: number): HttpAnswer {
  if (answer.kind === 'unknown-camera') return plain(404, `unknown camera "${cameraId}"`);
  if (answer.kind === 'unavailable') {
    const retry = Math.max(1, Math.ceil((answer.retryAt - now) / 1000));
    return plain(503, `no snapshot of camera "${cameraId}": ${redacted(answer.reason)}`, { 'retry-after': retry });
  }
  return {
    status: 200,
    headers: {
      'content-type': 'image/jpeg',
      'content-length': answer.jpeg.length,
      'cache-control': `private, max-age=${Math.max(0, Math.floor((answer.freshUntil - now) / 1000))}`,
      'last-modified': new Date(answer.takenAt).toUTCString(),
      [SNAPSHOT_HEADERS.takenAt]: new Date(answer.takenAt).toISOString(),
      [SNAPSHOT_HEADERS.origin]: answer.origin,
      ...(answer.error !== undefined ? { [SNAPSHOT_HEADERS.error]: headerText(redacted(answer.error)) } : {}),
      'x-content-type-options': 'nosniff',
    },
    body: answer.jpeg,
  };
}
