// Shared by the content tests: the real deck files of slides/, parsed by the app's own parser.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parseDeck } from '../../core/deck/parse-deck.js';
import type { Deck } from '../../core/deck/model.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SLIDES_DIR = join(ROOT, 'slides');
/** The in-project copy of the evaluation's OCR text (see tests/fixtures/source/README.md). */
export const SOURCE_DIR = join(ROOT, 'tests', 'fixtures', 'source');
export const SOURCE_FILE = join(SOURCE_DIR, 'evaluation-ctg-diois.ocr.txt');
/** The source folder's README (pages and sigles table), copied beside the OCR text. */
export const SOURCE_README = join(SOURCE_DIR, 'source-readme.md');
/** Where the copies come from, in the development workspace only (absent from a user's clone). */
export const SHARED_SOURCE_DIR = join(ROOT, '..', 'shared', 'source');

/** Deck files are `NN-id.md`; README.md documents the format and is not a deck. */
export function deckFiles(): string[] {
  return readdirSync(SLIDES_DIR)
    .filter((name) => /^\d\d-[a-z0-9-]+\.md$/.test(name))
    .sort();
}

export function loadDecks(): Deck[] {
  return deckFiles().map((file) => {
    const result = parseDeck(file, readFileSync(join(SLIDES_DIR, file), 'utf8'));
    if (!result.ok) throw new Error(`${file}: ${result.errors.map((e) => `ligne ${e.line}: ${e.message}`).join('; ')}`);
    return result.deck;
  });
}

/** The seven thématiques have findings and prompts; the general and conclusion decks do not. */
export function isThematique(deck: Deck): boolean {
  return deck.meta.order >= 3 && deck.meta.order <= 9;
}

/** Every string a diagram block would draw (its YAML values), for spelling and sigle checks. */
export function diagramStrings(data: unknown): string[] {
  if (typeof data === 'string') return [data];
  if (Array.isArray(data)) return data.flatMap(diagramStrings);
  if (data && typeof data === 'object') return Object.values(data).flatMap(diagramStrings);
  return [];
}
