// Reads the deck files of the slides folder and parses them (core/deck/parse-deck.ts).
// Never throws: anything wrong with a file becomes that file's error card in the library.
//
// Parsing a deck costs tens of milliseconds (YAML, zod, diagram validation), so each file's
// text and parse are kept, keyed by its path and what `stat` says about it (mtime, ctime,
// size, inode): a saved edit changes at least one of them and the file is read again.
// `loadDeck` parses only the files that can declare the id it is asked for.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { MAX_DECK_BYTES, deckSummary, parseDeck, tooLargeMessage } from '../core/deck/parse-deck.js';
import type { DeckIssue, DeckLoadResult, DeckSummary } from '../core/deck/model.js';
import { fr } from '../core/deck/text.js';
import { withImages } from './authoring/deck-images.js';

/** One file of the folder: its text, or why it could not be read. */
export type DeckFileText = { ok: true; file: string; text: string } | { ok: false; file: string; errors: DeckIssue[] };

/** What is kept of one file while its stamp stays the same. */
interface CachedFile {
  stamp: string;
  text: DeckFileText;
  parsed?: DeckLoadResult;
}

/** Per slides folder (resolved path), per file name. */
const cache = new Map<string, Map<string, CachedFile>>();

/** Every deck of the folder, sorted for the library: by `ordre`, then file name; error cards last. */
export async function listDecks(slidesDir: string): Promise<DeckSummary[]> {
  const summaries = (await parsedDecks(slidesDir)).map((result) => structuredClone(deckSummary(result)));
  return summaries.sort((a, b) => {
    if (a.ok !== b.ok) return a.ok ? -1 : 1;
    if (a.ok && b.ok && a.meta.order !== b.meta.order) return a.meta.order - b.meta.order;
    return compareFileNames(a.file, b.file);
  });
}

/** The deck whose front matter has this `id` (the first file in name order, if two share it). */
export async function loadDeck(slidesDir: string, id: string): Promise<DeckLoadResult> {
  const names = await deckFileNames(slidesDir).catch(() => [] as string[]);
  for (const file of names) {
    const entry = await cachedFile(slidesDir, file);
    if (!entry?.text.ok) continue;
    // A file whose text never spells the id cannot declare it (barring YAML escapes): not parsed.
    if (!entry.parsed && !entry.text.text.includes(String(id)) && !entry.text.text.includes('\\')) continue;
    const parsed = parsedOf(entry);
    // The first file of an id is never a duplicate: the same answer as the full listing gives.
    if (parsed.ok && parsed.deck.meta.id === id) return { ok: true, deck: await withImages(slidesDir, structuredClone(parsed.deck)) };
  }
  const shown = String(id).slice(0, 80);
  return {
    ok: false,
    file: '',
    errors: [{ file: '', line: 0, message: fr`Aucune présentation n’a l’identifiant « ${shown} » dans le dossier des présentations.` }],
  };
}

/** Every deck file parsed, in file-name order; a repeated id makes the later files error cards. */
export async function loadAllDecks(slidesDir: string): Promise<DeckLoadResult[]> {
  const results = structuredClone(await parsedDecks(slidesDir));
  // Pictures travel as data: URLs (host/authoring/deck-images.ts): exports carry them.
  return Promise.all(results.map(async (r) => (r.ok ? { ok: true as const, deck: await withImages(slidesDir, r.deck) } : r)));
}

/** loadAllDecks without the copy: the results are the cache's own objects, not to be changed. */
async function parsedDecks(slidesDir: string): Promise<DeckLoadResult[]> {
  const files = await readDeckFiles(slidesDir);
  const folder = folderCache(slidesDir);
  const firstFileOfId = new Map<string, string>();
  return files.map((entry) => {
    if (!entry.ok) return entry;
    const cached = folder.get(entry.file);
    const result = cached && cached.text === entry ? parsedOf(cached) : parseDeck(entry.file, entry.text);
    if (!result.ok) return result;
    const { id } = result.deck.meta;
    const first = firstFileOfId.get(id);
    if (first === undefined) {
      firstFileOfId.set(id, entry.file);
      return result;
    }
    return {
      ok: false,
      file: entry.file,
      errors: [{
        file: entry.file,
        line: lineOfField(entry.text, 'id'),
        message: fr`L’identifiant « ${id} » est déjà celui de ${first} : chaque présentation doit avoir un id différent.`,
      }],
    };
  });
}

/** The text of every `*.md` of the folder except README.md, in file-name order. */
export async function readDeckFiles(slidesDir: string): Promise<DeckFileText[]> {
  let names: string[];
  try {
    names = await deckFileNames(slidesDir);
  } catch (error) {
    cache.delete(resolve(slidesDir));
    return [folderError(slidesDir, error)];
  }
  // Files gone from the folder leave the cache.
  const folder = folderCache(slidesDir);
  for (const file of folder.keys()) if (!names.includes(file)) folder.delete(file);
  const entries: DeckFileText[] = [];
  for (const file of names) {
    const entry = await cachedFile(slidesDir, file);
    if (entry) entries.push(entry.text);
  }
  return entries;
}

/** Deck file names of the folder, in file-name order; throws when the folder cannot be read. */
async function deckFileNames(slidesDir: string): Promise<string[]> {
  const names = await readdir(slidesDir);
  return names
    .filter((name) => /\.md$/i.test(name) && name.toLowerCase() !== 'readme.md' && !name.startsWith('.'))
    .sort(compareFileNames);
}

function folderCache(slidesDir: string): Map<string, CachedFile> {
  const key = resolve(slidesDir);
  let folder = cache.get(key);
  if (!folder) cache.set(key, (folder = new Map()));
  return folder;
}

function parsedOf(entry: CachedFile): DeckLoadResult {
  if (!entry.text.ok) return entry.text;
  return (entry.parsed ??= parseDeck(entry.text.file, entry.text.text));
}

/** The file's text (and parse, once made) from the cache while its stamp is unchanged. */
async function cachedFile(slidesDir: string, file: string): Promise<CachedFile | undefined> {
  const path = join(slidesDir, file);
  const folder = folderCache(slidesDir);
  const fail = (message: string, line = 1): CachedFile => ({ stamp: '', text: { ok: false, file, errors: [{ file, line, message }] } });
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      folder.delete(file);
      return undefined; // a folder named *.md is not a deck
    }
    const stamp = `${info.mtimeMs}:${info.ctimeMs}:${info.size}:${info.ino}`;
    const cached = folder.get(file);
    if (cached?.stamp === stamp) return cached;
    const entry: CachedFile = { stamp, text: await readDeckFile(path, file, info.size) };
    folder.set(file, entry);
    return entry;
  } catch (error) {
    folder.delete(file);
    return fail(readErrorMessage(error));
  }
}

/** Throws when the file cannot be read (not cached: it may be a passing lock). */
async function readDeckFile(path: string, file: string, size: number): Promise<DeckFileText> {
  const fail = (message: string, line = 1): DeckFileText => ({ ok: false, file, errors: [{ file, line, message }] });
  // Checked before reading: a huge file is never loaded into memory.
  if (size > MAX_DECK_BYTES) return fail(tooLargeMessage(size));
  const bytes = await readFile(path);
  if (bytes.length > MAX_DECK_BYTES) return fail(tooLargeMessage(bytes.length));
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return fail(decoded.message, decoded.line);
  return { ok: true, file, text: decoded.text };
}

function readErrorMessage(error: unknown): string {
  return fr`Impossible de lire ce fichier (${errorCode(error)}). Vérifiez qu’il n’est pas ouvert ailleurs et que vous avez le droit de le lire.`;
}

/** Strict UTF-8: a file saved in another encoding gets a message naming the line, not mojibake. */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; line: number; message: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      line: 1,
      message: fr`Ce fichier est enregistré en UTF-16 (« Unicode » dans Bloc-notes) : ré-enregistrez-le en choisissant l’encodage UTF-8.`,
    };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    return {
      ok: false,
      line,
      message: fr`Ce fichier n’est pas du texte en UTF-8 (premier caractère illisible à la ligne ${line}). S’il s’agit bien d’une présentation, ré-enregistrez-la en choisissant l’encodage UTF-8.`,
    };
  }
}

/** Offset of the first byte that breaks UTF-8 (bytes.length if none). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    const second = bytes[i + 1] ?? 0;
    // Overlong forms and surrogates are invalid too (as TextDecoder judges them).
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second >= 0xa0) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second >= 0x90)) return i;
    i += length;
  }
  return bytes.length;
}

function folderError(slidesDir: string, error: unknown): DeckFileText & { ok: false } {
  const file = `${basename(slidesDir)}/`;
  return {
    ok: false,
    file,
    errors: [{ file, line: 0, message: fr`Impossible de lire le dossier des présentations « ${slidesDir} » (${errorCode(error)}).` }],
  };
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.message : String(error);
}

function lineOfField(text: string, field: string): number {
  const index = text.split(/\r\n|\r|\n/).findIndex((line) => new RegExp(`^\\s*${field}\\s*:`).test(line));
  return index >= 0 ? index + 1 : 1;
}

function compareFileNames(a: string, b: string): number {
  return a.localeCompare(b, 'fr', { numeric: true });
}
