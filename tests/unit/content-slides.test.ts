// What the decks must offer the person presenting and the room: readable slides (no more than
// about 50 words), notes on every slide, workshop prompts where the meetings need them, and no
// review marker or raw OCR left on the audience's screen.
import { describe, expect, it } from 'vitest';
import { promptTexts, slideAudienceText, slideNotesText } from '../../core/deck/plain-text.js';
import { isThematique, loadDecks } from './content-load.js';

const MAX_WORDS = 50;
const decks = loadDecks();

function wordCount(texts: readonly string[]): number {
  return texts.join(' ').match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/**
 * A slide that shows one sentence of the source and nothing else may run over: a conclusion is
 * split at sentence ends, never mid-sentence, so a long sentence keeps its slide whole.
 */
function singleSentence(texts: readonly string[]): boolean {
  return texts.length === 1 && !/[.!?…]\s+\S/.test(texts[0]!.trim());
}

describe('the deck files', () => {
  it('are the ten pages of the source, in order', () => {
    expect(decks.map((d) => d.meta.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(decks.map((d) => d.meta.id)).size).toBe(decks.length);
  });

  it('each open on a title slide and close on one', () => {
    for (const deck of decks) {
      expect(deck.slides[0]?.layout, deck.file).toBe('titre');
      expect(deck.slides.at(-1)?.layout, deck.file).toBe('titre');
    }
  });
});

describe('audience slides', () => {
  it.each(decks.map((d) => [d.file, d] as const))(`%s: no slide shows more than ${MAX_WORDS} words`, (_file, deck) => {
    const crowded = deck.slides
      .map((slide) => ({ slide, words: wordCount([...slideAudienceText(slide), ...slide.prompts.flatMap(promptTexts)]) }))
      .filter(({ slide, words }) => words > MAX_WORDS && !(slide.prompts.length === 0 && singleSentence(slideAudienceText(slide).filter((t) => t !== slide.title))))
      .map(({ slide, words }) => `ligne ${slide.line} « ${slide.title} » : ${words} mots`);
    expect(crowded).toEqual([]);
  });

  it('never show a review marker, raw OCR ligature or straight double quote', () => {
    for (const deck of decks) {
      for (const slide of deck.slides) {
        const shown = [...slideAudienceText(slide), ...slide.prompts.flatMap(promptTexts)].join('\n');
        expect(shown, `${deck.file} ligne ${slide.line}`).not.toMatch(/v[ée]rifier\]|[ﬁﬂ]|ceuvre|"/i);
      }
    }
  });

  it('use French typography: a no-break space before : ; ? ! and inside « »', () => {
    for (const deck of decks) {
      for (const slide of deck.slides) {
        const texts = [...slideAudienceText(slide), ...slideNotesText(slide), ...slide.prompts.flatMap(promptTexts)];
        for (const text of texts) {
          expect(text, `${deck.file} ligne ${slide.line}`).not.toMatch(/ [:;?!]|«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»/);
        }
      }
    }
  });
});

describe('speaker notes and workshop prompts', () => {
  it('every slide of every deck has speaker notes', () => {
    const bare = decks.flatMap((deck) =>
      deck.slides.filter((slide) => slideNotesText(slide).join('').trim() === '').map((s) => `${deck.file} ligne ${s.line}`),
    );
    expect(bare).toEqual([]);
  });

  it('every slide but the last announces what comes next', () => {
    for (const deck of decks) {
      for (const slide of deck.slides.slice(0, -1)) {
        expect(slideNotesText(slide).join(' '), `${deck.file} ligne ${slide.line}`).toMatch(/Transition\u00a0:/);
      }
    }
  });

  it.each(decks.filter(isThematique).map((d) => [d.file, d] as const))('%s has 2 to 4 workshop prompts', (_file, deck) => {
    const count = deck.slides.reduce((n, s) => n + s.prompts.length, 0);
    expect(count).toBeGreaterThanOrEqual(2);
    expect(count).toBeLessThanOrEqual(4);
  });

  it('the general and conclusion decks carry prompts on the whole CTG; the priorities question is asked once, to the signatories', () => {
    const general = decks.filter((d) => !isThematique(d));
    for (const deck of general) expect(deck.slides.some((s) => s.prompts.length > 0), deck.file).toBe(true);
    const questions = decks.flatMap((d) => d.slides.flatMap((s) => s.prompts.map((p) => p.question)));
    const priorities = questions.filter((q) => /priorités/.test(q));
    expect(priorities).toHaveLength(1);
    expect(priorities[0]).toMatch(/signataires/);
  });

  it('asks the questions the issue names for logement and jeunesse', () => {
    const questions = (id: string) => decks.find((d) => d.meta.id === id)!.slides.flatMap((s) => s.prompts.map((p) => p.question));
    expect(questions('logement').some((q) => /instance/.test(q) && /acteurs du logement/.test(q))).toBe(true);
    expect(questions('jeunesse').some((q) => /11-14/.test(q) && /14-17/.test(q))).toBe(true);
  });

  it('every prompt has a consigne and a duration a meeting can hold', () => {
    for (const deck of decks) {
      for (const prompt of deck.slides.flatMap((s) => s.prompts)) {
        expect(prompt.instruction.length, `${deck.file} ligne ${prompt.line}`).toBeGreaterThan(20);
        expect(prompt.durationMinutes).toBeGreaterThanOrEqual(5);
        expect(prompt.durationMinutes).toBeLessThanOrEqual(45);
      }
    }
  });
});
