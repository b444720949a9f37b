// The editor's operations on a deck: each returns a new document and leaves every other
// slide's text as it was (undo is keeping the previous document: deck-history.ts).
import { newSlideKey, type DeckDocument, type SlideSource } from './deck-source.js';
import { applySlideFields, type SlideFields } from './slide-fields.js';
import { slideModelLines, type SlideModel } from './slide-models.js';

function withSlides(doc: DeckDocument, slides: SlideSource[]): DeckDocument {
  // Every slide but the last is followed by a `---` line: it must end its own last line.
  const fixed = slides.map((slide, k) =>
    k < slides.length - 1 && slide.text !== '' && !/[\r\n]$/.test(slide.text) ? { ...slide, text: slide.text + doc.eol } : slide,
  );
  const separators = [...doc.separators];
  while (separators.length < fixed.length - 1) separators.push(`---${doc.eol}`);
  let head = doc.head;
  if (fixed.length > 0 && head !== '' && !/[\r\n]$/.test(head)) head += doc.eol;
  return { ...doc, head, slides: fixed, separators };
}

function clamp(index: number, length: number): number {
  return Math.max(0, Math.min(length, index));
}

/** Adds a slide made from `model` at position `at` (0 = first). */
export function addSlide(doc: DeckDocument, at: number, model: SlideModel, options?: { imagePath?: string; imageAlt?: string }): DeckDocument {
  const text = slideModelLines(model, options).map((line) => line + doc.eol).join('');
  return insertSlide(doc, at, text);
}

/** Adds a slide with this exact text at position `at`. */
export function insertSlide(doc: DeckDocument, at: number, text: string): DeckDocument {
  const slides = [...doc.slides];
  slides.splice(clamp(at, slides.length), 0, { key: newSlideKey(), text });
  return withSlides(doc, slides);
}

export function duplicateSlide(doc: DeckDocument, index: number): DeckDocument {
  const slide = doc.slides[index];
  if (!slide) return doc;
  const text = /[\r\n]$/.test(slide.text) || slide.text === '' ? slide.text : slide.text + doc.eol;
  return insertSlide(doc, index + 1, text);
}

export function deleteSlide(doc: DeckDocument, index: number): DeckDocument {
  if (!doc.slides[index]) return doc;
  const slides = doc.slides.filter((_, k) => k !== index);
  // The separators are positional: one fewer slide, one fewer separator (the last one).
  const separators = doc.separators.slice(0, Math.max(0, slides.length - 1));
  return withSlides({ ...doc, separators }, slides);
}

/** Moves slide `from` to position `to` (its index after the move). */
export function moveSlide(doc: DeckDocument, from: number, to: number): DeckDocument {
  if (!doc.slides[from]) return doc;
  const target = clamp(to, doc.slides.length - 1);
  if (target === from) return doc;
  const slides = [...doc.slides];
  const [moved] = slides.splice(from, 1);
  slides.splice(target, 0, moved!);
  return withSlides(doc, slides);
}

/** Writes the form's fields into one slide; the others are untouched. */
export function editSlide(doc: DeckDocument, index: number, patch: Partial<SlideFields>): DeckDocument {
  const slide = doc.slides[index];
  if (!slide) return doc;
  const text = applySlideFields(slide.text, patch, doc.eol);
  if (text === slide.text) return doc;
  return replaceSlideText(doc, index, text);
}

/** Replaces one slide's text as typed (the « Markdown » field). */
export function replaceSlideText(doc: DeckDocument, index: number, text: string): DeckDocument {
  const slide = doc.slides[index];
  if (!slide || slide.text === text) return doc;
  const slides = doc.slides.map((s, k) => (k === index ? { ...s, text } : s));
  return withSlides(doc, slides);
}
