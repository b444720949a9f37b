// A deck file as the editor holds it: the exact text of its header and of each slide, cut
// where the parser cuts (core/deck/split-deck.ts). Serializing concatenates those texts, so an
// unchanged deck is written back byte for byte, and an edit touches only its slide's text.
import { splitDeck } from '../deck/split-deck.js';
import { stripReviewMarkers } from '../deck/review-markers.js';

export interface SlideSource {
  /** Stable while the editor is open (React keys, selection); never written to the file. */
  key: string;
  /** The slide's exact text, from the line after its `---` to the end of its last line. */
  text: string;
}

export interface DeckDocument {
  /** Everything before the first slide: BOM, header and its closing `---` line. */
  head: string;
  /** The separator lines (`---` and their line end), positional: `separators[k]` precedes slide k+1. */
  separators: string[];
  slides: SlideSource[];
  /** The file's own line ending, used for new lines. */
  eol: '\n' | '\r\n' | '\r';
}

/** Lines with their own line ending kept (the last one may have none). */
export function linesWithEnds(text: string): string[] {
  const lines = text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
  return lines;
}

/** The line without its ending. */
export function bare(line: string): string {
  return line.replace(/(?:\r\n|\r|\n)$/, '');
}

export function dominantEol(text: string): DeckDocument['eol'] {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  if (crlf > lf && crlf >= cr) return '\r\n';
  if (cr > lf && cr > crlf) return '\r';
  return '\n';
}

let nextKey = 0;
export function newSlideKey(): string {
  nextKey += 1;
  return `s${nextKey}`;
}

/** Cuts a deck's text into its head and slides, by the parser's own rules. */
export function readDeckDocument(text: string): DeckDocument {
  const lines = linesWithEnds(text);
  // The parser sees the text without BOM and markers; line numbers are what matter here.
  const plain = lines.map((line, i) => stripReviewMarkers(bare(i === 0 ? line.replace(/^\uFEFF/, '') : line)));
  const split = splitDeck(plain);
  // `split.slides[k].line` is the 1-based line of its first line; slide k > 0 follows its separator.
  const starts = split.slides.map((slide) => slide.line - 1);
  const head = lines.slice(0, starts[0] ?? lines.length).join('');
  const separators: string[] = [];
  const slides: SlideSource[] = [];
  starts.forEach((start, k) => {
    const end = k + 1 < starts.length ? starts[k + 1]! - 1 : lines.length;
    if (k > 0) separators.push(lines[start - 1] ?? '');
    slides.push({ key: newSlideKey(), text: lines.slice(start, end).join('') });
  });
  return { head, separators, slides, eol: dominantEol(text) };
}

export function writeDeckDocument(doc: DeckDocument): string {
  let out = doc.head;
  doc.slides.forEach((slide, k) => {
    if (k > 0) out += doc.separators[k - 1] ?? `---${doc.eol}`;
    out += slide.text;
  });
  return out;
}

/** 1-based line of each slide's first line in the written file. */
export function slideStartLines(doc: DeckDocument): number[] {
  const count = (text: string) => linesWithEnds(text).length;
  const starts: number[] = [];
  let line = count(doc.head) + 1;
  doc.slides.forEach((slide, k) => {
    if (k > 0) line += 1;
    starts.push(line);
    line += count(slide.text);
  });
  return starts;
}
