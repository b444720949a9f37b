// « Garder les deux »: the name a new file takes beside one it must not replace, the way file
// managers do it: « copil.ctg-seance.json » → « copil (2).ctg-seance.json », (3)…

/** `path` with « (n) » before its extension (`extension` when given, else the last dot's). */
export function keepBothPath(path: string, n: number, extension?: string): string {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const folder = path.slice(0, slash + 1);
  const name = path.slice(slash + 1);
  const ext = extension && name.toLowerCase().endsWith(extension.toLowerCase()) ? name.slice(name.length - extension.length) : name.includes('.', 1) ? name.slice(name.lastIndexOf('.')) : '';
  const stem = name.slice(0, name.length - ext.length).replace(/ \(\d+\)$/, '');
  return `${folder}${stem} (${n})${ext}`;
}

/**
 * Tries `write` at « name (2) », « name (3) »… until one is free (`write` answers 'exists'
 * for a taken name); gives up after `max` tries and answers undefined.
 */
export async function writeBeside<R>(path: string, write: (candidate: string) => Promise<R | 'exists'>, extension?: string, max = 99): Promise<R | undefined> {
  for (let n = 2; n <= max; n++) {
    const result = await write(keepBothPath(path, n, extension));
    if (result !== 'exists') return result;
  }
  return undefined;
}
