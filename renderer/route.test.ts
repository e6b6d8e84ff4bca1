import { describe, expect, it } from 'vitest';
import { parseRoute } from './route.js';

describe('parseRoute', () => {
  it('defaults to the console in Vietnamese', () => {
    expect(parseRoute('')).toEqual({ view: 'console', lang: 'vi' });
  });

  it('reads a wall display, language and token', () => {
    expect(parseRoute('?view=wall&wall=main&display=r1c2&lang=en&token=abc')).toEqual({
      view: 'wall',
      wallId: 'main',
      row: 1,
      col: 2,
      lang: 'en',
      token: 'abc',
    });
  });

  it('reports a malformed display instead of guessing', () => {
    expect(parseRoute('?view=wall&wall=main&display=left')).toMatchObject({ view: 'bad-wall', reason: 'display' });
    expect(parseRoute('?view=wall&display=r0c0')).toMatchObject({ view: 'bad-wall', reason: 'wall' });
  });
});
