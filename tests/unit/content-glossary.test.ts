// The glossary of sigles: it reads, it covers every sigle the decks use, every entry is a sigle
// of the source, and siglesIn finds what a slide shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nspell from 'nspell';
import { beforeAll, describe, expect, it } from 'vitest';
import { promptTexts, slideAudienceText, slideNotesText } from '../../core/deck/plain-text.js';
import type { Glossary } from '../../core/glossary/model.js';
import { parseGlossary } from '../../core/glossary/parse-glossary.js';
import { sigleCandidates, siglesIn } from '../../core/glossary/sigles-in.js';
import { ROOT, SOURCE_FILE, SOURCE_README, diagramStrings, loadDecks } from './content-load.js';

const glossaryResult = parseGlossary(readFileSync(join(ROOT, 'slides', 'glossaire.yaml'), 'utf8'));
const decks = loadDecks();

function glossary(): Glossary {
  if (!glossaryResult.ok) throw new Error(glossaryResult.errors.join('\n'));
  return glossaryResult.glossary;
}

/** Every text of every slide: audience, notes, prompts and diagram labels. */
function allTexts(): Array<{ where: string; text: string }> {
  return decks.flatMap((deck) =>
    deck.slides.flatMap((slide) =>
      [
        ...slideAudienceText(slide),
        ...slideNotesText(slide),
        ...slide.prompts.flatMap(promptTexts),
        ...slide.blocks.flatMap((block) => (block.type === 'diagram' ? diagramStrings(block.data) : [])),
      ].map((text) => ({ where: `${deck.file}, ligne ${slide.line}`, text })),
    ),
  );
}

describe('slides/glossaire.yaml', () => {
  it('reads without error', () => {
    expect(glossaryResult.ok ? [] : glossaryResult.errors).toEqual([]);
  });

  it('reads with typographic apostrophes, as the slides are shown (Caisse d’Allocations Familiales)', () => {
    const caf = glossary().entries.find((e) => e.sigle === 'CAF');
    expect(caf?.forme).toBe('Caisse d’Allocations Familiales');
    expect(glossary().entries.filter((e) => /\p{L}'\p{L}/u.test(e.forme + e.explication))).toEqual([]);
  });

  it('defines every sigle of the source README table', () => {
    const readme = readFileSync(SOURCE_README, 'utf8');
    const table = readme.slice(readme.indexOf('| sigle | meaning |'));
    // Rows look like "| PEDT / PM | Projet … |": the first cell may hold two sigles.
    const expected = [...table.matchAll(/^\| ([A-Z0-9][A-Z0-9 /]*?) \|/gm)].flatMap((m) => m[1]!.split(' / '));
    expect(expected.length).toBeGreaterThan(15);
    expect(glossary().entries.map((e) => e.sigle).sort()).toEqual(expected.sort());
  });

  it('only defines sigles that the source uses (2S2C is read "252C" by the OCR)', () => {
    const source = readFileSync(SOURCE_FILE, 'utf8').replace(/252C/g, '2S2C').replace(/FUTURCIAS/g, 'FUTUR CIAS').toUpperCase();
    const missing = glossary().entries.filter((e) => !new RegExp(`(?<![A-Z0-9])${e.sigle}(?![A-Z0-9])`).test(source));
    expect(missing.map((e) => e.sigle)).toEqual([]);
  });
});

describe('sigles used in the decks', () => {
  let isFrenchWord: (word: string) => boolean;

  beforeAll(() => {
    const dir = join(ROOT, 'node_modules', 'dictionary-fr');
    const spell = nspell(readFileSync(join(dir, 'index.aff')), readFileSync(join(dir, 'index.dic')));
    isFrenchWord = (word) => spell.correct(word.toLowerCase());
  }, 180_000);

  it('are all in the glossary (capitals that are not French words count as sigles)', () => {
    const known = new Set(glossary().entries.map((e) => e.sigle));
    const undefinedSigles = new Map<string, string>();
    for (const { where, text } of allTexts()) {
      for (const token of sigleCandidates(text)) {
        // Diagram labels are written in capitals: INTÉRÊT, GÉNÉRAL are words, not sigles.
        if (!known.has(token) && !isFrenchWord(token) && !undefinedSigles.has(token)) undefinedSigles.set(token, where);
      }
    }
    expect([...undefinedSigles].map(([sigle, where]) => `${sigle} — ${where}`)).toEqual([]);
  });

  it('use every glossary entry somewhere (the glossary is not padded)', () => {
    const used = siglesIn(allTexts().map((t) => t.text), glossary()).map((e) => e.sigle);
    expect(used.length).toBe(glossary().entries.length);
  });
});

describe('siglesIn', () => {
  const g: Glossary = {
    entries: [
      { sigle: 'CAF', forme: "Caisse d'Allocations Familiales", explication: 'x' },
      { sigle: 'PEDT', forme: 'Projet Éducatif Territorial', explication: 'x' },
      { sigle: 'PM', forme: 'Plan Mercredi', explication: 'x' },
      { sigle: 'CD26', forme: 'Conseil départemental de la Drôme', explication: 'x' },
      { sigle: '2S2C', forme: 'Sport-Santé-Culture-Civisme', explication: 'x' },
    ],
  };

  it('finds sigles glued by a slash, with digits, in order of first appearance, each once', () => {
    const found = siglesIn(['Le CD26 et le PEDT/PM.', 'La CAF, le 2S2C, encore la CAF et le CD26'], g);
    expect(found.map((e) => e.sigle)).toEqual(['CD26', 'PEDT', 'PM', 'CAF', '2S2C']);
  });

  it('ignores sigles inside words or in lower case', () => {
    expect(siglesIn(['CAFÉ, PMI, la caf, une RPM, PEDTS'], g)).toEqual([]);
  });

  it('returns nothing for texts without sigles', () => {
    expect(siglesIn([], g)).toEqual([]);
    expect(siglesIn(['Thématique petite enfance'], g)).toEqual([]);
  });
});

describe('parseGlossary', () => {
  it('refuses a sigle defined twice, in French', () => {
    const text = 'sigles:\n  - sigle: CAF\n    forme: a\n    explication: b\n  - sigle: CAF\n    forme: c\n    explication: d\n';
    const result = parseGlossary(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join(' ')).toMatch(/CAF est défini deux fois/);
  });

  it('refuses a sigle in lower case and a missing explanation, saying which entry', () => {
    const result = parseGlossary('sigles:\n  - sigle: caf\n    forme: Caisse\n');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.some((e) => e.includes('entrée 1') && e.includes('capitales'))).toBe(true);
      expect(result.errors.some((e) => e.includes('explication'))).toBe(true);
    }
  });

  it('reports unreadable YAML instead of throwing', () => {
    const result = parseGlossary('sigles: [\n');
    expect(result.ok).toBe(false);
  });
});
