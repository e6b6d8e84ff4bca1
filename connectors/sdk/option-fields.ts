import { z } from 'zod';

/**
 * Option fields every connector's schema asks for, with the messages the console shows after the
 * field's path ("apiKey: must not be empty"), so all connectors word them alike.
 */

/** Text that must hold something and not run away: names, codes, keys. */
export function boundedText(max: number) {
  return z.string().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
}

/** An http(s) address of a source system. */
export function httpAddress() {
  return z.url({ protocol: /^https?$/, error: 'must be an http(s) address' });
}
