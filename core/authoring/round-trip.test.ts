// The deck file stays the user's Markdown: an unchanged deck is written back byte for byte,
// and an edit to one slide changes that slide's lines only (every shipped deck, and generated ones).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../deck/parse-deck.js';
import type { Deck } from '../deck/model.js';
import { readDeckDocument, slideStartLines, writeDeckDocument, type DeckDocument } from './deck-source.js';
import { addSlide, deleteSlide, duplicateSlide, editSlide, moveSlide } from './deck-edits.js';
import { parsedIndexBySlide } from './deck-outline.js';
import { readSlideFields } from './slide-fields.js';

const SLIDES_DIR = join(import.meta.dirname, '..', '..', 'slides');
const shipped = readdirSync(SLIDES_DIR)
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .map((file) => ({ file, text: readFileSync(join(SLIDES_DIR, file), 'utf8') }));

function parsed(text: string): Deck {
  const result = parseDeck('deck.md', text);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}: ${e.message}`).join('\n'));
  return result.deck;
}

/** The file's lines outside slide `k`, which an edit of slide k must leave alone. */
function outside(doc: DeckDocument, k: number): { before: string; after: string } {
  const text = writeDeckDocument(doc);
  const lines = text.split('\n');
  const starts = slideStartLines(doc);
  const start = starts[k]! - 1;
  const end = k + 1 < starts.length ? starts[k + 1]! - 2 : lines.length;
  return { before: lines.slice(0, start).join('\n'), after: lines.slice(end).join('\n') };
}

/** Lines after slide k, counted from the end (an edit may change the slide's length). */
function tail(doc: DeckDocument, k: number): string[] {
  const lines = writeDeckDocument(doc).split('\n');
  const starts = slideStartLines(doc);
  const end = k + 1 < starts.length ? starts[k + 1]! - 2 : lines.length;
  return lines.slice(end);
}

function visibleSlides(doc: DeckDocument, deck: Deck): number[] {
  return parsedIndexBySlide(doc, deck)
    .map((parsedIndex, k) => (parsedIndex >= 0 ? k : -1))
    .filter((k) => k >= 0);
}

describe('every shipped deck', () => {
  it('finds the shipped decks', () => {
    expect(shipped.length).toBeGreaterThanOrEqual(10);
  });

  it.each(shipped)('$file is written back byte for byte, with LF, CRLF and without a final line end', ({ text }) => {
    expect(writeDeckDocument(readDeckDocument(text))).toBe(text);
    const crlf = text.replace(/\n/g, '\r\n');
    expect(writeDeckDocument(readDeckDocument(crlf))).toBe(crlf);
    const bom = `\uFEFF${text.replace(/\n+$/, '')}`;
    expect(writeDeckDocument(readDeckDocument(bom))).toBe(bom);
  });

  it.each(shipped)('$file: one slide per parsed slide, with the parser’s titles', ({ text }) => {
    const doc = readDeckDocument(text);
    const deck = parsed(text);
    const visible = visibleSlides(doc, deck);
    expect(visible).toHaveLength(deck.slides.length);
    visible.forEach((k, i) => {
      const fields = readSlideFields(doc.slides[k]!.text);
      // The parser's title has the markers removed and typographic apostrophes.
      expect(fields.title.replace(/\s*\[à vérifier\]/g, '').replace(/'/g, '’')).toBe(deck.slides[i]!.title);
    });
  });

  it.each(shipped)('$file: editing one slide’s title, text and notes changes only that slide', ({ text }) => {
    const doc = readDeckDocument(text);
    const deck = parsed(text);
    for (const k of visibleSlides(doc, deck)) {
      const edited = editSlide(doc, k, { title: `Titre changé ${k}`, notes: `Notes changées ${k}.` });
      const fields = readSlideFields(doc.slides[k]!.text);
      const withText = fields.text ? editSlide(edited, k, { text: `${fields.text}\n\nUne phrase ajoutée ${k}.` }) : edited;
      const before = outside(doc, k);
      const after = outside(withText, k);
      expect(after.before).toBe(before.before);
      expect(tail(withText, k)).toEqual(tail(doc, k));
      const reparsed = parsed(writeDeckDocument(withText));
      const i = parsedIndexBySlide(withText, reparsed)[k]!;
      expect(reparsed.slides[i]!.title).toBe(`Titre changé ${k}`);
      expect(reparsed.slides[i]!.notes.join('\n')).toContain(`Notes changées ${k}.`);
      if (fields.text) expect(JSON.stringify(reparsed.slides[i]!.blocks)).toContain(`Une phrase ajoutée ${k}.`);
      // Every other slide reads exactly as before.
      const others = (d: Deck) => d.slides.filter((_, j) => j !== i).map((s) => ({ ...s, line: 0, index: 0, blocks: s.blocks.map((b) => ({ ...b, line: 0 })), prompts: s.prompts.map((p) => ({ ...p, line: 0 })) }));
      expect(others(reparsed)).toEqual(others(deck));
    }
  }, 30_000);

  it.each(shipped)('$file: reorder, duplicate, delete keep every slide’s text and markers', ({ text }) => {
    const doc = readDeckDocument(text);
    const deck = parsed(text);
    const visible = visibleSlides(doc, deck);
    const first = visible[0]!;
    const last = visible[visible.length - 1]!;
    const moved = moveSlide(doc, first, last);
    const movedDeck = parsed(writeDeckDocument(moved));
    const titles = deck.slides.map((s) => s.title);
    expect(movedDeck.slides.map((s) => s.title)).toEqual([...titles.slice(1, visible.length), titles[0]]);
    expect(movedDeck.reviewMarkers).toHaveLength(deck.reviewMarkers.length);
    // Moving it back restores the file, byte for byte.
    expect(writeDeckDocument(moveSlide(moved, last, first))).toBe(text);

    const duplicated = parsed(writeDeckDocument(duplicateSlide(doc, visible[1]!)));
    expect(duplicated.slides.map((s) => s.title)).toEqual([titles[0], titles[1], titles[1], ...titles.slice(2)]);
    const deleted = parsed(writeDeckDocument(deleteSlide(doc, visible[1]!)));
    expect(deleted.slides.map((s) => s.title)).toEqual([titles[0], ...titles.slice(2)]);
  });
});

describe('slide models', () => {
  it.each(['titre', 'constat', 'texte', 'schema', 'atelier'] as const)('a « %s » slide added at the end parses without error', (model) => {
    const doc = readDeckDocument(shipped[0]!.text);
    const deck = parsed(shipped[0]!.text);
    const added = addSlide(doc, doc.slides.length, model);
    const result = parsed(writeDeckDocument(added));
    expect(result.slides).toHaveLength(deck.slides.length + 1);
    const slide = result.slides[result.slides.length - 1]!;
    expect(slide.title).not.toBe('');
    if (model === 'schema') expect(slide.blocks.find((b) => b.type === 'diagram')).toMatchObject({ kind: 'carte' });
    if (model === 'schema') expect(slide.blocks.find((b) => b.type === 'diagram')).not.toHaveProperty('error');
    if (model === 'atelier') expect(slide.prompts).toHaveLength(1);
  });

  it('an « image » slide holds a picture block with its description', () => {
    const doc = readDeckDocument(shipped[0]!.text);
    const added = addSlide(doc, 1, 'image', { imagePath: 'images/forum-1a2b3c4d.jpg', imageAlt: 'Le forum [2026]' });
    const slide = parsed(writeDeckDocument(added)).slides[1]!;
    expect(slide.blocks.find((b) => b.type === 'image')).toMatchObject({ src: 'images/forum-1a2b3c4d.jpg', alt: 'Le forum 2026' });
  });

  it('workshop prompts are written as fields, quoted when YAML would misread them', () => {
    const doc = readDeckDocument(shipped[0]!.text);
    const at = doc.slides.length;
    const added = addSlide(doc, at, 'atelier');
    const edited = editSlide(added, at, {
      prompts: [
        { question: 'Qui : la CAF ou la commune ?', methode: 'post-it', duree: '20', consigne: '« Une idée » par post-it #1' },
        { question: 'oui', methode: 'débat', duree: '5', consigne: '- un tiret' },
      ],
    });
    const deck = parsed(writeDeckDocument(edited));
    const prompts = deck.slides[deck.slides.length - 1]!.prompts;
    expect(prompts.map((p) => [p.question, p.method, p.durationMinutes, p.instruction])).toEqual([
      ['Qui : la CAF ou la commune ?', 'post-it', 20, '« Une idée » par post-it #1'],
      ['oui', 'débat', 5, '- un tiret'],
    ]);
  });
});

// Generated decks: any mix of what slides/README.md allows, with LF or CRLF line ends.
const word = fc.constantFrom('CTG', 'Diois', 'enfance', 'accès', 'l’offre', 'pôle', 'CAF', 'habitants', 'écoute', 'quai');
const phrase = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const marker = fc.constantFrom('', ' [à vérifier]', ' [A verifier]');
const bodyLine = fc.oneof(
  fc.tuple(phrase, marker).map(([p, m]) => `${p}${m}`),
  phrase.map((p) => `- ${p}`),
  phrase.map((p) => `* **${p}**`),
  phrase.map((p) => `> ${p}`),
  phrase.map((p) => `<!-- ${p} [à vérifier] -->`),
  phrase.map((p) => `### ${p}`),
);
const notesBlock = fc.array(phrase, { minLength: 1, maxLength: 3 }).map((ps) => ['::: notes', ...ps, ':::']);
const atelierBlock = fc.tuple(phrase, phrase).map(([q, c]) => ['::: atelier', `question: ${q}`, 'methode: post-it', 'duree: 10', `consigne: ${c}`, ':::']);
const slideGen = fc.record({
  title: fc.option(fc.tuple(fc.constantFrom('#', '##'), phrase, marker).map(([h, p, m]) => `${h} ${p}${m}`), { nil: undefined }),
  body: fc.array(fc.array(bodyLine, { minLength: 1, maxLength: 3 }), { maxLength: 3 }),
  blocks: fc.array(fc.oneof(notesBlock, atelierBlock), { maxLength: 2 }),
  spacing: fc.constantFrom('', '\n'),
});
const deckGen = fc.record({
  slides: fc.array(slideGen, { minLength: 1, maxLength: 8 }),
  eol: fc.constantFrom('\n', '\r\n'),
  finalEol: fc.boolean(),
  trailingSeparator: fc.boolean(),
});

type Of<A> = A extends fc.Arbitrary<infer T> ? T : never;

function deckText(input: Of<typeof deckGen>): string {
  const header = ['---', 'id: genere', 'titre: Généré', 'thematique: Test', 'ordre: 1', 'duree: 10', '---'];
  const slides = input.slides.map((s) => {
    const lines = [''];
    if (s.title) lines.push(s.title, '');
    for (const paragraph of s.body) lines.push(...paragraph, '');
    for (const block of s.blocks) lines.push(...block, ...(s.spacing ? [''] : []));
    // Every slide shows something: a paragraph when nothing else was drawn.
    if (!s.title && !s.body.length) lines.push('Texte', '');
    return lines;
  });
  const all = [...header, ...slides.flatMap((lines, k) => (k ? ['---', ...lines] : lines)), ...(input.trailingSeparator ? ['---'] : [])];
  const text = all.join(input.eol);
  return input.finalEol ? text + input.eol : text;
}

describe('generated decks', () => {
  const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
  // Printed so that a failure can be replayed with FC_SEED=<seed>.
  console.log(`fast-check seed: ${seed}`);

  it('are written back byte for byte, and an edit stays inside its slide', () => {
    fc.assert(
      fc.property(deckGen, fc.nat(), phrase, (input, pick, newTitle) => {
        const text = deckText(input);
        const doc = readDeckDocument(text);
        expect(writeDeckDocument(doc)).toBe(text);
        const deck = parsed(text);
        const visible = visibleSlides(doc, deck);
        expect(visible).toHaveLength(deck.slides.length);
        const k = visible[pick % visible.length]!;
        const edited = editSlide(doc, k, { title: newTitle, notes: `${newTitle}.` });
        expect(outside(edited, k).before).toBe(outside(doc, k).before);
        expect(tail(edited, k)).toEqual(tail(doc, k));
        const reparsed = parsed(writeDeckDocument(edited));
        const i = parsedIndexBySlide(edited, reparsed)[k]!;
        expect(reparsed.slides[i]!.title).toBe(newTitle.replace(/'/g, '’'));
        expect(reparsed.slides).toHaveLength(deck.slides.length);
        // Markers of the other slides are all still there.
        const markerLines = (d: DeckDocument, m: Deck) => m.reviewMarkers.filter((r) => r.line < slideStartLines(d)[k]!).length;
        expect(markerLines(edited, reparsed)).toBe(markerLines(doc, deck));
      }),
      { seed, numRuns: 300 },
    );
    // Parsing 300 decks takes a second alone; the bound only catches a hang on a busy machine.
  }, 60_000);
});
