// Where things go on the A4 pages of the notes and handout variants, in millimetres from the
// page's top-left corner. Pure maths, so the layout is the same in Electron, in the browser
// and in the tests.
//
// Handouts: THREE slides per page, each with ruled lines beside it to write on (a forum or a
// COPIL hands paper out so people can note their reactions; six slides per page would leave
// no room and make the slides' text too small to read at 57 mm wide).
import { A4_PORTRAIT, slideHeightMm, type PageSize } from './variants.js';

export interface RectMm {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const HANDOUT_SLIDES_PER_PAGE = 3;

export interface HandoutCell {
  slide: RectMm;
  /** The area of the writing lines, beside the slide. */
  lines: RectMm;
  /** The y of each ruled line, from the page top. */
  lineYs: number[];
}

export interface HandoutLayout {
  page: PageSize;
  /** The band at the top for the deck's title. */
  header: RectMm;
  /** The band at the bottom for the page number. */
  footer: RectMm;
  cells: HandoutCell[];
}

export interface HandoutOptions {
  page?: PageSize;
  marginMm?: number;
  headerMm?: number;
  footerMm?: number;
  perPage?: number;
  /** Share of the content width given to the slide; the rest is for writing. */
  slideShare?: number;
  gutterMm?: number;
  lineSpacingMm?: number;
}

export function handoutLayout(options: HandoutOptions = {}): HandoutLayout {
  const page = options.page ?? A4_PORTRAIT;
  const margin = options.marginMm ?? 12;
  const headerH = options.headerMm ?? 10;
  const footerH = options.footerMm ?? 8;
  const perPage = options.perPage ?? HANDOUT_SLIDES_PER_PAGE;
  const share = options.slideShare ?? 0.58;
  const gutter = options.gutterMm ?? 8;
  const spacing = options.lineSpacingMm ?? 8;

  const contentW = page.widthMm - 2 * margin;
  const top = margin + headerH;
  const bottom = page.heightMm - margin - footerH;
  const rowH = (bottom - top - gutter * (perPage - 1)) / perPage;
  // The slide keeps 16:9 and never overflows its row.
  const slideW = Math.min(contentW * share, (rowH * 16) / 9);
  const slideH = slideHeightMm(slideW);
  const linesX = margin + slideW + gutter;
  const linesW = page.widthMm - margin - linesX;

  const cells: HandoutCell[] = [];
  for (let i = 0; i < perPage; i++) {
    const y = top + i * (rowH + gutter);
    const lines: RectMm = { x: linesX, y, width: linesW, height: rowH };
    const lineYs: number[] = [];
    for (let ly = y + spacing; ly <= y + rowH + 1e-9; ly += spacing) lineYs.push(round(ly));
    cells.push({ slide: { x: margin, y: round(y), width: round(slideW), height: round(slideH) }, lines: roundRect(lines), lineYs });
  }
  return {
    page,
    header: roundRect({ x: margin, y: margin, width: contentW, height: headerH }),
    footer: roundRect({ x: margin, y: page.heightMm - margin - footerH, width: contentW, height: footerH }),
    cells,
  };
}

export interface NotesLayout {
  page: PageSize;
  slide: RectMm;
  /** Speaker notes (and prompts) below the slide. */
  notes: RectMm;
  footer: RectMm;
}

/** Notes pages: the slide across the top of an A4 page, the notes below. */
export function notesLayout(options: { page?: PageSize; marginMm?: number; gapMm?: number; footerMm?: number } = {}): NotesLayout {
  const page = options.page ?? A4_PORTRAIT;
  const margin = options.marginMm ?? 15;
  const gap = options.gapMm ?? 8;
  const footerH = options.footerMm ?? 8;
  const width = page.widthMm - 2 * margin;
  const slide: RectMm = { x: margin, y: margin, width, height: slideHeightMm(width) };
  const notesY = slide.y + slide.height + gap;
  return {
    page,
    slide: roundRect(slide),
    notes: roundRect({ x: margin, y: notesY, width, height: page.heightMm - margin - footerH - notesY }),
    footer: roundRect({ x: margin, y: page.heightMm - margin - footerH, width, height: footerH }),
  };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
function roundRect(r: RectMm): RectMm {
  return { x: round(r.x), y: round(r.y), width: round(r.width), height: round(r.height) };
}
