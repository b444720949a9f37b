// French spell-check of everything the decks say: audience text, speaker notes, workshop prompts,
// diagram labels, and the glossary. Dictionary: dictionary-fr (Hunspell, Grammalecte) read by
// nspell; names, local terms and accepted borrowings are in spelling-allow.txt, sigles come
// from the glossary (their own test checks it is complete).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nspell from 'nspell';
import { beforeAll, describe, expect, it } from 'vitest';
import { promptTexts, slideAudienceText, slideNotesText } from '../../core/deck/plain-text.js';
import { parseGlossary } from '../../core/glossary/parse-glossary.js';
import { ROOT, diagramStrings, loadDecks } from './content-load.js';

// The package only exports its loader; its .aff/.dic files are read directly.
const dictionaryDir = join(ROOT, 'node_modules', 'dictionary-fr');

/** The allow-list: one word per line, `#` starts a comment. */
function readAllowList(): Set<string> {
  const text = readFileSync(join(ROOT, 'tests', 'unit', 'spelling-allow.txt'), 'utf8');
  return new Set(
    text
      .split('\n')
      .map((line) => line.replace(/#.*/, '').trim())
      .filter((line) => line.length > 0),
  );
}

/** Words as Hunspell sees them: letters with inner apostrophes and hyphens; numbers left out. */
function words(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).filter(
    (word) => !/\p{N}/u.test(word) && word.length > 1,
  );
}

const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’]/i;

interface Checker {
  known(word: string): boolean;
}

type Spell = ReturnType<typeof nspell>;

function loadFrench(): Spell {
  return nspell(readFileSync(join(dictionaryDir, 'index.aff')), readFileSync(join(dictionaryDir, 'index.dic')));
}

function makeChecker(spell: Spell, allowed: Set<string>, sigles: Set<string>): Checker {
  // An allowed word may also start a sentence ("Co-construction" for "co-construction").
  const isAllowed = (word: string) => allowed.has(word) || allowed.has(word.charAt(0).toLowerCase() + word.slice(1));
  const single = (word: string): boolean =>
    isAllowed(word) || sigles.has(word) || spell.correct(word) || (ELISION.test(word) && single(word.replace(ELISION, '')));
  return {
    // A compound the dictionary lacks ("petite-enfance") is fine when each part is a word.
    known: (word) => single(word) || (word.includes('-') && word.split('-').every((part) => part.length <= 1 || single(part))),
  };
}

const decks = loadDecks();
const glossaryText = readFileSync(join(ROOT, 'slides', 'glossaire.yaml'), 'utf8');
const glossary = parseGlossary(glossaryText);
const allowed = readAllowList();

/** Every text of a deck with where it comes from, for a readable failure. */
function deckTexts(): Array<{ where: string; text: string }> {
  const out: Array<{ where: string; text: string }> = [];
  for (const deck of decks) {
    out.push({ where: `${deck.file} (en-tête)`, text: [deck.meta.title, deck.meta.thematique, deck.meta.subtitle ?? ''].join(' ') });
    for (const slide of deck.slides) {
      const where = `${deck.file}, ligne ${slide.line}`;
      for (const text of slideAudienceText(slide)) out.push({ where, text });
      for (const text of slideNotesText(slide)) out.push({ where: `${where} (notes)`, text });
      for (const prompt of slide.prompts) for (const text of promptTexts(prompt)) out.push({ where: `${where} (atelier)`, text });
      for (const block of slide.blocks) {
        if (block.type === 'diagram') for (const text of diagramStrings(block.data)) out.push({ where: `${where} (schéma)`, text });
      }
    }
  }
  return out;
}

describe('French spelling of the decks and the glossary', () => {
  let spell: Spell;
  let checker: Checker;

  beforeAll(() => {
    if (!glossary.ok) throw new Error(glossary.errors.join('\n'));
    // Loading the French dictionary takes a while on a busy machine.
    spell = loadFrench();
    checker = makeChecker(spell, allowed, new Set(glossary.glossary.entries.map((entry) => entry.sigle)));
  }, 180_000);

  it('knows every word of the decks (audience, notes, prompts, diagrams)', () => {
    const unknown = new Map<string, string>();
    for (const { where, text } of deckTexts()) {
      for (const word of words(text)) if (!checker.known(word) && !unknown.has(word)) unknown.set(word, where);
    }
    expect([...unknown].map(([word, where]) => `${word} — ${where}`)).toEqual([]);
  });

  it('knows every word of the glossary', () => {
    if (!glossary.ok) throw new Error('glossaire illisible');
    const unknown = new Set<string>();
    for (const entry of glossary.glossary.entries) {
      for (const word of words(`${entry.forme} ${entry.explication}`)) if (!checker.known(word)) unknown.add(word);
    }
    expect([...unknown]).toEqual([]);
  });

  it('catches a misspelt word (the checker is really on)', () => {
    expect(checker.known('parentalité')).toBe(true);
    expect(checker.known('parentalitée')).toBe(false);
    expect(checker.known('acceuil')).toBe(false);
  });

  it('has no allow-list entry the dictionary already knows or no text uses', () => {
    const used = new Set(deckTexts().flatMap(({ text }) => words(text)));
    if (glossary.ok) for (const e of glossary.glossary.entries) for (const w of words(`${e.forme} ${e.explication}`)) used.add(w);
    const bare = makeChecker(spell, new Set(), new Set());
    const needless = [...allowed].filter((word) => bare.known(word) || !used.has(word));
    expect(needless).toEqual([]);
  });
});
