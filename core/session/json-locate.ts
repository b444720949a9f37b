// Finds the line of a value inside a JSON text, given its path (["entries", 3, "text"]),
// so that a message about a damaged session file can say « ligne 42 ». The text is already
// known to be valid JSON; the scanner is iterative so hostile nesting cannot overflow it.

const WS = new Set([' ', '\t', '\n', '\r']);

export function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export function lineOfPath(text: string, path: readonly PropertyKey[]): number {
  let i = 0;
  const n = text.length;
  const ws = (): void => {
    while (i < n && WS.has(text[i]!)) i++;
  };
  const skipString = (): void => {
    i++;
    while (i < n) {
      const c = text[i];
      if (c === '\\') i += 2;
      else if (c === '"') {
        i++;
        return;
      } else i++;
    }
  };
  const skipValue = (): void => {
    ws();
    const c = text[i];
    if (c === '"') return skipString();
    if (c === '{' || c === '[') {
      let depth = 0;
      while (i < n) {
        const d = text[i];
        if (d === '"') {
          skipString();
          continue;
        }
        if (d === '{' || d === '[') depth++;
        else if (d === '}' || d === ']') {
          depth--;
          if (depth === 0) {
            i++;
            return;
          }
        }
        i++;
      }
      return;
    }
    while (i < n && !WS.has(text[i]!) && text[i] !== ',' && text[i] !== '}' && text[i] !== ']') i++;
  };
  const afterValue = (): void => {
    ws();
    if (text[i] === ',') i++;
  };

  for (const key of path) {
    ws();
    const open = text[i];
    if (open === '{' && typeof key === 'string') {
      i++;
      let found = false;
      for (;;) {
        ws();
        if (i >= n || text[i] === '}') break;
        const start = i;
        skipString();
        let name: unknown;
        try {
          name = JSON.parse(text.slice(start, i));
        } catch {
          break;
        }
        ws();
        i++; // the colon
        ws();
        if (name === key) {
          found = true;
          break;
        }
        skipValue();
        afterValue();
      }
      if (!found) break;
    } else if (open === '[' && typeof key === 'number') {
      i++;
      for (let k = 0; k < key && i < n; k++) {
        skipValue();
        afterValue();
      }
      ws();
    } else break;
  }
  return lineAt(text, i);
}
