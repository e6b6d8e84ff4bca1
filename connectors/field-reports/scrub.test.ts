import { describe, expect, it } from 'vitest';
import { createScrubber } from './scrub.js';

describe('createScrubber', () => {
  it('masks the secret as written and URL-encoded', () => {
    const scrub = createScrubber('k3y/with+chars');
    expect(scrub('api_key "k3y/with+chars" is wrong; ?api_key=k3y%2Fwith%2Bchars')).toBe('api_key "***" is wrong; ?api_key=***');
  });

  it('leaves text alone without a secret', () => {
    expect(createScrubber(undefined)('nothing to hide')).toBe('nothing to hide');
    expect(createScrubber('')('nothing to hide')).toBe('nothing to hide');
  });
});
