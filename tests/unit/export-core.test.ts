// The pure side of exports: which pages, where things go on them, file names, the print
// route's address, and what of a deck leaves the app.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../core/deck/parse-deck.js';
import type { Deck } from '../../core/deck/model.js';
import { exportableDeck } from '../../core/export/exportable-deck.js';
import { asciiFileName, htmlFileName, pdfFileName, sanitizeFileName, shortDeckName } from '../../core/export/file-names.js';
import { handoutLayout, notesLayout, type RectMm } from '../../core/export/layout.js';
import { pagesOfDeck, printPageCount } from '../../core/export/pages.js';
import { parsePrintQuery, printQuery } from '../../core/export/print-query.js';
import { A4_PORTRAIT, pageSizeOf, SLIDE_PAGE, slideScale } from '../../core/export/variants.js';

const SLIDES = path.resolve(import.meta.dirname, '../../slides');

async function realDeck(file: string): Promise<Deck> {
  const result = parseDeck(file, await readFile(path.join(SLIDES, file), 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.deck;
}

const inside = (r: RectMm, w: number, h: number) => r.x >= 0 && r.y >= 0 && r.x + r.width <= w + 1e-6 && r.y + r.height <= h + 1e-6;
const overlap = (a: RectMm, b: RectMm) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('pages', () => {
  it('prints one page per slide, or one per three slides for handouts, each deck on fresh pages', () => {
    expect(printPageCount([12], 'slides')).toBe(12);
    expect(printPageCount([12], 'notes')).toBe(12);
    expect(printPageCount([12], 'handout')).toBe(4);
    expect(printPageCount([7, 5], 'handout')).toBe(3 + 2);
    expect(pagesOfDeck('x', 7, 'handout').pages).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(pagesOfDeck('x', 0, 'slides').pages).toEqual([]);
  });

  it('uses a 16:9 page for slides and A4 portrait for notes and handouts', () => {
    expect(SLIDE_PAGE.widthMm / SLIDE_PAGE.heightMm).toBeCloseTo(16 / 9, 6);
    expect(pageSizeOf('notes')).toEqual(A4_PORTRAIT);
    expect(pageSizeOf('handout')).toEqual(A4_PORTRAIT);
    // 297 mm is 1122.5 CSS px: the 1920 px slide is scaled down to fit exactly.
    expect(slideScale(297) * 1920).toBeCloseTo((297 / 25.4) * 96, 6);
  });
});

describe('handout and notes layouts', () => {
  it('puts three 16:9 slides per A4 page, each with ruled lines beside it, nothing overlapping or off the page', () => {
    const layout = handoutLayout();
    expect(layout.cells).toHaveLength(3);
    const rects = [layout.header, layout.footer, ...layout.cells.flatMap((c) => [c.slide, c.lines])];
    for (const r of rects) expect(inside(r, 210, 297)).toBe(true);
    for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) expect(overlap(rects[i]!, rects[j]!)).toBe(false);
    for (const cell of layout.cells) {
      expect(cell.slide.width / cell.slide.height).toBeCloseTo(16 / 9, 2);
      // Room to write: at least 50 mm wide and eight lines.
      expect(cell.lines.width).toBeGreaterThanOrEqual(50);
      expect(cell.lineYs.length).toBeGreaterThanOrEqual(8);
      for (const y of cell.lineYs) expect(y).toBeGreaterThan(cell.lines.y);
      for (const y of cell.lineYs) expect(y).toBeLessThanOrEqual(cell.lines.y + cell.lines.height);
    }
  });

  it('keeps the slide inside its row even when asked for a wide slide', () => {
    const layout = handoutLayout({ slideShare: 1, perPage: 3 });
    for (const cell of layout.cells) expect(cell.slide.height).toBeLessThanOrEqual(cell.lines.height + 1e-6);
  });

  it('puts the slide across the top of a notes page and the notes below it', () => {
    const layout = notesLayout();
    expect(layout.slide.width / layout.slide.height).toBeCloseTo(16 / 9, 3);
    expect(layout.notes.y).toBeGreaterThan(layout.slide.y + layout.slide.height);
    expect(layout.notes.height).toBeGreaterThan(100);
    expect(inside(layout.notes, 210, 297) && inside(layout.footer, 210, 297)).toBe(true);
    expect(overlap(layout.notes, layout.footer)).toBe(false);
  });
});

describe('file names', () => {
  it('names a PDF after the theme and the variant', () => {
    expect(pdfFileName([{ title: 'Thématique petite enfance' }], 'slides')).toBe('CTG Diois - Petite enfance - diapositives.pdf');
    expect(pdfFileName([{ title: 'Thématique logement' }], 'notes')).toBe('CTG Diois - Logement - diapositives avec notes.pdf');
    expect(pdfFileName([{ title: 'Lecture générale' }, { title: 'Thématique jeunesse' }, { title: 'x' }], 'handout')).toBe(
      'CTG Diois - Lecture générale et 2 autres - documents à distribuer.pdf',
    );
    expect(pdfFileName([{ title: 'a' }, { title: 'b' }], 'slides', 'COPIL du 12/05')).toBe('CTG Diois - COPIL du 12 05 - diapositives.pdf');
    expect(htmlFileName({ title: 'Thématique parentalité' }, false)).toBe('CTG Diois - Parentalité - présentation.html');
    expect(htmlFileName({ title: 'Thématique parentalité' }, true)).toBe('CTG Diois - Parentalité - présentation avec notes.html');
  });

  it('removes what Windows refuses and never ends with a dot', () => {
    expect(sanitizeFileName('a<b>c:d"e/f\\g|h?i*j\u0001k. ')).toBe('a b c d e f g h i j k');
    expect(sanitizeFileName('x'.repeat(400)).length).toBeLessThanOrEqual(150);
    expect(shortDeckName({ title: 'En guise de conclusion' })).toBe('En guise de conclusion');
    expect(asciiFileName('CTG Diois - Accès - présentation.html')).toBe('CTG Diois - Acces - presentation.html');
  });
});

describe('print route address', () => {
  it('reads back what it writes', () => {
    const query = printQuery({ deckIds: ['petite-enfance', 'logement'], variant: 'notes', withPrompts: true, toolbar: false });
    expect(query).toBe('/print?decks=petite-enfance,logement&variant=notes&prompts=1&toolbar=0');
    const parsed = parsePrintQuery(query.slice('/print'.length));
    expect(parsed).toEqual({ ok: true, request: { deckIds: ['petite-enfance', 'logement'], variant: 'notes', withPrompts: true, toolbar: false } });
    expect(parsePrintQuery('?decks=logement')).toEqual({
      ok: true,
      request: { deckIds: ['logement'], variant: 'slides', withPrompts: false, toolbar: true },
    });
  });

  it('refuses, in French, what is not a print request', () => {
    expect(parsePrintQuery('')).toEqual({ ok: false, message: 'Aucune présentation à imprimer.' });
    expect(parsePrintQuery('?decks=../etc')).toMatchObject({ ok: false, message: expect.stringContaining('invalide') });
    expect(parsePrintQuery('?decks=a&variant=poster')).toMatchObject({ ok: false, message: expect.stringContaining('inconnu') });
    expect(parsePrintQuery('?decks=%E0')).toMatchObject({ ok: false });
  });
});

describe('what of a deck leaves the app', () => {
  it('drops notes, consignes and review markers unless asked, keeps every slide and each workshop question', async () => {
    const deck = await realDeck('03-petite-enfance.md');
    expect(deck.slides.some((s) => s.notes.length > 0)).toBe(true);
    expect(deck.slides.some((s) => s.prompts.length > 0)).toBe(true);
    const plain = exportableDeck(deck);
    expect(plain.deck.slides).toHaveLength(deck.slides.length);
    expect(plain.deck.slides.every((s) => s.notes.length === 0 && s.prompts.every((p) => p.instruction === ''))).toBe(true);
    // A workshop slide still prints its question (it would otherwise be a bare title).
    expect(plain.deck.slides.flatMap((s) => s.prompts.map((p) => p.question))).toEqual(deck.slides.flatMap((s) => s.prompts.map((p) => p.question)));
    expect(plain.deck.reviewMarkers).toEqual([]);
    expect(plain.skipped).toEqual([]);
    const full = exportableDeck(deck, { withNotes: true, withPrompts: true });
    expect(full.deck.slides.map((s) => s.notes)).toEqual(deck.slides.map((s) => s.notes));
    expect(full.deck.slides.map((s) => s.prompts)).toEqual(deck.slides.map((s) => s.prompts));
    // Diagrams that can be drawn stay.
    const diagrams = (d: Deck) => d.slides.flatMap((s) => s.blocks).filter((b) => b.type === 'diagram').length;
    expect(diagrams(plain.deck)).toBe(diagrams(deck));
  });

  it('leaves out a diagram that cannot be drawn, keeps the rest, and says what was skipped', async () => {
    const deck = await realDeck('03-petite-enfance.md');
    const broken = structuredClone(deck);
    const slide = broken.slides[1]!;
    slide.blocks.push({ type: 'diagram', kind: 'couches', data: { niveaux: 'pas une liste' }, line: 999 });
    const result = exportableDeck(broken);
    expect(result.deck.slides).toHaveLength(deck.slides.length);
    expect(result.deck.slides[1]!.blocks).toHaveLength(slide.blocks.length - 1);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0]).toMatch(/^schéma non exporté\u00a0: .*diapositive 2.*ligne 999/);
  });
});
