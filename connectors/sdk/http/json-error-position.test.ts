import { describe, expect, it } from 'vitest';
import { describePosition, jsonErrorPosition } from './json-error-position.js';

describe('jsonErrorPosition', () => {
  it.each([
    ['', 0],
    ['<html><body>502 Bad Gateway</body></html>', 0],
    ['{"a":}', 5],
    ['{"a":1', 6],
    ['[1,2,,3]', 5],
    ['{"a":1}x', 7],
    ['{"a":tru}', 8],
    ['{"a":"b\nc"}', 7],
    ['{"a" 1}', 5],
    ['[1 2]', 3],
    ['{"a":[1,{"b":"\\q"}]}', 14],
    ['{"a":"\\u12G4"}', 6],
    ['{,}', 1],
    ['[01]', 2],
    ['{"a":1,}', 7],
    ['"unterminated', 13],
  ])('finds the first bad character of %j at %i', (text, position) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorPosition(text)).toBe(position);
  });

  it('finds nothing wrong in valid JSON, deeply nested included', () => {
    for (const text of ['{"a":[1,-2.5e3,true,false,null,"\\u00e9\\n",{}],"b":{"c":[]}}', ' 42 ', '"x"', '[[]]']) {
      expect(jsonErrorPosition(text)).toBeUndefined();
    }
    expect(jsonErrorPosition('['.repeat(100_000) + ']'.repeat(100_000))).toBeUndefined();
  });

  it('describes a position by line and column', () => {
    expect(describePosition('{\n  "a": ?\n}', 9)).toBe('position 9 (line 2, column 8)');
    expect(describePosition('?', 0)).toBe('position 0 (line 1, column 1)');
  });
});
