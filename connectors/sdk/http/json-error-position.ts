const whitespace = new Set([' ', '\t', '\n', '\r']);
const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const hexPattern = /^[0-9a-fA-F]{4}$/;

/**
 * Offset of the first character that breaks the JSON grammar, or undefined when the text is valid.
 * V8's JSON.parse names the position for only some errors ("Unexpected token '<', "<html>"… is not
 * valid JSON" has none), and a portal answering with an HTML error page needs it most. Iterative, so
 * deep nesting cannot overflow the stack.
 */
export function jsonErrorPosition(text: string): number | undefined {
  let i = 0;
  const stack: ('[' | '{')[] = [];
  const skip = () => {
    while (i < text.length && whitespace.has(text[i]!)) i++;
  };
  const string = (): boolean => {
    i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return true;
      }
      if (c < ' ') return false;
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!hexPattern.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return false;
      } else i++;
    }
    return false;
  };
  const literal = (word: string): boolean => {
    for (const c of word) {
      if (text[i] !== c) return false;
      i++;
    }
    return true;
  };
  // An object member starts with a key and a colon; after them comes a value like any other.
  const key = (): boolean => {
    skip();
    if (text[i] !== '"' || !string()) return false;
    skip();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };

  for (;;) {
    // A value.
    skip();
    const c = text[i];
    if (c === '{' || c === '[') {
      i++;
      skip();
      if (text[i] === (c === '{' ? '}' : ']')) i++;
      else {
        stack.push(c);
        if (c === '{' && !key()) return i;
        continue;
      }
    } else if (c === '"') {
      if (!string()) return i;
    } else if (c === 't' || c === 'f' || c === 'n') {
      if (!literal(c === 't' ? 'true' : c === 'f' ? 'false' : 'null')) return i;
    } else {
      numberPattern.lastIndex = i;
      const match = numberPattern.exec(text);
      if (!match) return i;
      i += match[0].length;
    }
    // After a value: close containers, or a comma and the next value.
    for (;;) {
      skip();
      const open = stack.at(-1);
      if (open === undefined) return i < text.length ? i : undefined;
      if (text[i] === (open === '{' ? '}' : ']')) {
        stack.pop();
        i++;
        continue;
      }
      if (text[i] !== ',') return i;
      i++;
      if (open === '{' && !key()) return i;
      break;
    }
  }
}

/** "position 12 (line 2, column 5)" for an error message. */
export function describePosition(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `position ${position} (line ${line}, column ${column})`;
}
