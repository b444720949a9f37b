// What `npm run content:check` and the content tests check the decks against: the OCR text of
// the evaluation (an in-project copy, tests/fixtures/source/), split into its ten pages.
// Plain functions over strings and parsed decks; no file access here.
import type { Deck } from '../core/deck/model.js';
import { stripReviewMarkers } from '../core/deck/review-markers.js';

/** Where the in-project copy of the source lives, relative to the project root. */
export const SOURCE_TEXT_PATH = 'tests/fixtures/source/evaluation-ctg-diois.ocr.txt';

/** The source folder's README, copied beside it: its guide names the places of the Diois. */
export const SOURCE_README_PATH = 'tests/fixtures/source/source-readme.md';

/**
 * The source's ten pages, in order: they are separated by three blank lines or more. With the
 * README, each page also holds the guide's line of place names, which the OCR mangles
 * (« Dle », « La Motte/Remuzat »): labels may spell them in full.
 */
export function sourcePages(source: string, readme = ''): string[] {
  const places = /^Places named:.*$/m.exec(readme)?.[0] ?? '';
  return source
    .split(/\n\s*\n\s*\n\s*\n/)
    .filter((page) => page.trim() !== '')
    .map((page) => (places ? `${page}\n${places}` : page));
}

/** Case, accents, ligatures, punctuation and spacing removed: only letters and digits remain. */
export function normalise(text: string): string {
  return text
    .replace(/ﬁ/g, 'fi')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The words of a text, normalised, three letters or more. */
export function words(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}ﬁ]+/u)
    .map(normalise)
    .filter((w) => w.length >= 3);
}

/** Edit distance, bounded: stops counting past `max` (OCR mangles a letter or two per word). */
function withinDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    if (Math.min(...row) > max) return false;
    prev = row;
  }
  return prev[b.length]! <= max;
}

/** A word the page holds, allowing the OCR one mangled letter per four. */
export function pageHasWord(pageWords: ReadonlySet<string>, word: string): boolean {
  if (pageWords.has(word)) return true;
  const max = Math.floor(word.length / 4);
  if (max === 0) return false;
  for (const w of pageWords) if (withinDistance(word, w, max)) return true;
  return false;
}

export interface DiagramLabel {
  text: string;
  /** A title (centre, axis, role, level, principle, pole), never an ellipsis at its ends. */
  title: boolean;
  /** 1-based line of the diagram block. */
  line: number;
  slide: number;
}

const TITLE_KEYS = new Set(['centre', 'titre', 'nom']);

/** Every text a diagram draws, titles told apart (the `colonnes` headers are the page's own « … »). */
export function diagramLabels(deck: Deck): DiagramLabel[] {
  const out: DiagramLabel[] = [];
  for (const slide of deck.slides) {
    for (const block of slide.blocks) {
      if (block.type !== 'diagram') continue;
      const walk = (value: unknown, key: string) => {
        if (typeof value === 'string') {
          if (key !== 'kind' && key !== 'colonnes') out.push({ text: value, title: TITLE_KEYS.has(key), line: block.line, slide: slide.index });
        } else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
        else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k === 'centre' && typeof v === 'object' ? '' : k);
      };
      walk(block.data, '');
    }
  }
  return out;
}

/** Short words a repair may add (« aux » for the OCR's « a ») without adding meaning. */
const STOP_WORDS = new Set(['aux', 'des', 'les', 'une', 'sur', 'par', 'pour', 'avec', 'dans', 'qui', 'que', 'est', 'son', 'ses', 'leur', 'leurs']);

/** Labels with a word the deck's page of the source does not hold, unless marked `[à vérifier]`. */
export function unsourcedLabels(deck: Deck, page: string, sigles: ReadonlySet<string>): DiagramLabel[] {
  // The OCR also reads a stray apostrophe inside a word (« Dicgnos’ric »): both readings count.
  const pageWords = new Set([...words(page), ...words(page.replace(/['’]/g, ''))]);
  // The OCR glues words (« FUTURCIAS », « COMPTERSUR »): a word found inside the page's run of
  // letters counts too.
  const run = normalise(page);
  const marked = deck.reviewMarkers.map((m) => normalise(stripReviewMarkers(m.context)));
  return diagramLabels(deck).filter((label) => {
    const missing = label.text
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => !sigles.has(w))
      .map(normalise)
      .filter((w) => w.length >= 3 && !STOP_WORDS.has(w) && !pageHasWord(pageWords, w) && !(w.length >= 4 && run.includes(w)));
    if (missing.length === 0) return false;
    const own = normalise(label.text);
    return !marked.some((context) => context.includes(own));
  });
}

/** Titles that show a cut word to the room: an ellipsis at either end. Any label starting with one. */
export function cutLabels(deck: Deck): DiagramLabel[] {
  return diagramLabels(deck).filter((l) => /^\s*(…|\.\.\.)/.test(l.text) || (l.title && /(…|\.\.\.)\s*$/.test(l.text)));
}

/** Numbers written with digits, not glued to letters (CD26 and 2S2C are sigles): « 12 000 » is one number. */
export function digitNumbers(text: string): string[] {
  return [...text.matchAll(/(?<![\p{L}\p{N}])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\d+(?![\p{L}\p{N}])/gu)].map((m) =>
    m[0].replace(/[ \u00a0\u202f]/g, ''),
  );
}

/** Numbers written in words, as a figure would be (« cinq ans », « douze »). */
export const NUMBER_WORDS = [
  'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quinze', 'vingt',
  'trente', 'quarante', 'cinquante', 'soixante', 'cent', 'cents', 'mille', 'million', 'millions', 'milliers', 'centaines', 'dizaines',
] as const;

export function wordNumbers(text: string): string[] {
  const set = new Set<string>(NUMBER_WORDS);
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => set.has(w));
}

/**
 * Numbers of `text` the source does not hold. In a workshop's consigne, a count of the meeting's
 * own things (minutes, gommettes, tables…) is an instruction, not a fact, and is not checked.
 */
export function numbersNotInSource(text: string, source: string, { consigne = false } = {}): string[] {
  const sourceDigits = new Set(digitNumbers(source));
  const sourceWords = new Set(source.toLowerCase().split(/[^\p{L}]+/u));
  const facilitation = /^(?:minutes?|gommettes?|tables?|post-it|priorités|idées|photos?|colonnes|questions)$/;
  const unit = (after: string) => facilitation.test(/^[\s\u00a0]*([\p{L}-]+)/u.exec(after)?.[1]?.toLowerCase() ?? '');
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])(\d[\d \u00a0\u202f]*\d|\d)(?![\p{L}\p{N}])/gu)) {
    const n = m[0].replace(/[ \u00a0\u202f]/g, '');
    if (consigne && unit(text.slice(m.index + m[0].length))) continue;
    if (!sourceDigits.has(n)) out.push(m[0]);
  }
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const w = m[0].toLowerCase();
    if (!(NUMBER_WORDS as readonly string[]).includes(w)) continue;
    if (consigne && unit(text.slice(m.index + m[0].length))) continue;
    if (!sourceWords.has(w)) out.push(m[0]);
  }
  return out;
}
