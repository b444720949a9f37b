// The room's wall laid out for the screen, pure: contributions in columns by group, most
// voted first, at the largest size that fits, never below a floor read from the back of a
// village hall (24 px at 1920×1080, scaled with the screen); what still does not fit is
// counted, least voted first, so the wall says how many are hidden. Text width is estimated
// (average glyph width), which is why the floor is kept with a margin.
import type { WallNote } from '../presentation/state.js';

export interface WallLayoutOptions {
  width: number;
  height: number;
  /** Whether a title band is drawn above the columns. */
  title?: boolean;
}

export interface WallColumn {
  label: string;
  /** The group's place among all the wall's groups: its colour stays the same on every page. */
  tone: number;
  notes: WallNote[];
  /** Notes of this group that did not fit. */
  hidden: number;
}

export interface WallLayout {
  /** The page shown (0-based, clamped) and how many pages hold every card. */
  page: number;
  pageCount: number;
  /** The card text size, px. */
  fontPx: number;
  titlePx: number;
  columns: WallColumn[];
  /** All the notes not on this page (in columns, or in groups beyond the last column). */
  hidden: number;
  total: number;
}

/** Text size limits at 1920×1080; scaled by the screen's height. */
export const WALL_FONT_MAX = 44;
export const WALL_FONT_FLOOR = 24;
/** More groups than this would make columns too narrow to read. */
export const WALL_MAX_COLUMNS = 6;
const OTHER = 'Autres idées';

// Proportions of a card, in units of its font size (mirrored by the audience CSS).
const LINE = 1.25;
const CARD_PAD = 0.9;
const CARD_GAP = 0.45;
const VOTES_ROW = 1.1;
const HEADER = 1.9;
/** Average glyph width of the sans-serif text, in em (generous: text must not overflow). */
const GLYPH = 0.56;

/** Groups in order of first appearance, ungrouped last; notes most voted first (stable). */
export function wallGroups(notes: readonly WallNote[]): { label: string; notes: WallNote[] }[] {
  const groups = new Map<string, WallNote[]>();
  for (const n of notes) {
    const key = n.group?.trim() ?? '';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(n);
  }
  const named = [...groups].filter(([k]) => k !== '').map(([label, ns]) => ({ label, notes: ns }));
  const loose = groups.get('');
  const all = loose ? [...named, { label: named.length ? OTHER : '', notes: loose }] : named;
  return all.map((g) => ({ label: g.label, notes: [...g.notes].sort((a, b) => b.votes - a.votes) }));
}

function cardHeight(note: WallNote, font: number, columnWidth: number): number {
  const perLine = Math.max(8, Math.floor((columnWidth - 2 * CARD_PAD * font) / (GLYPH * font)));
  // Words do not break: count lines word by word.
  let lines = 1;
  let used = 0;
  for (const word of note.text.split(/\s+/).filter(Boolean)) {
    const len = Math.min(word.length, perLine);
    if (used === 0) used = len;
    else if (used + 1 + len <= perLine) used += 1 + len;
    else {
      lines += 1;
      used = len;
    }
  }
  return lines * LINE * font + 2 * CARD_PAD * font + (note.votes > 0 ? VOTES_ROW * font : 0) + CARD_GAP * font;
}

/**
 * The wall at the largest size that fits; when even the floor does not hold every card, the
 * cards are shared out over pages (most voted first in each group) and `page` picks one.
 */
export function layoutWall(notes: readonly WallNote[], options: WallLayoutOptions, page = 0): WallLayout {
  // Groups keep their order (and colour) on every page.
  const order = wallGroups(notes).map((g) => g.label);
  const first = layoutPage(notes, options, order);
  if (first.hidden === 0) return { ...first, page: 0, pageCount: 1 };
  // Every page at the floor size: the next page holds what the previous ones did not show.
  const pages: WallLayout[] = [first];
  let rest = notes.filter((n) => !first.columns.some((c) => c.notes.includes(n)));
  while (rest.length > 0 && pages.length < 1000) {
    const next = layoutPage(rest, options, order);
    const shown = new Set(next.columns.flatMap((c) => c.notes));
    if (shown.size === 0) break; // a card taller than the screen: counted as hidden
    pages.push(next);
    rest = rest.filter((n) => !shown.has(n));
  }
  const at = Math.max(0, Math.min(page, pages.length - 1));
  const chosen = pages[at]!;
  const onPage = chosen.columns.reduce((n, c) => n + c.notes.length, 0);
  return { ...chosen, page: at, pageCount: pages.length, hidden: notes.length - onPage, total: notes.length };
}

function layoutPage(notes: readonly WallNote[], options: WallLayoutOptions, order: readonly string[]): WallLayout {
  const scale = options.height / 1080;
  const floor = Math.round(WALL_FONT_FLOOR * scale);
  const max = Math.round(WALL_FONT_MAX * scale);
  const titlePx = Math.round(48 * scale);
  const margin = Math.round(32 * scale);
  const groups = wallGroups(notes).sort((a, b) => order.indexOf(a.label) - order.indexOf(b.label));
  const shownGroups = groups.slice(0, WALL_MAX_COLUMNS);
  const beyond = groups.slice(WALL_MAX_COLUMNS).reduce((n, g) => n + g.notes.length, 0);
  const columnGap = Math.round(24 * scale);
  const n = Math.max(1, shownGroups.length);
  const columnWidth = (options.width - 2 * margin - (n - 1) * columnGap) / n;
  const available = options.height - 2 * margin - (options.title ? titlePx * 1.6 : 0);

  const fits = (font: number, group: WallNote[]): number => {
    let height = HEADER * font;
    let count = 0;
    for (const note of group) {
      height += cardHeight(note, font, columnWidth);
      if (height > available) break;
      count += 1;
    }
    return count;
  };
  let font = max;
  for (; font > floor; font -= 1) {
    if (shownGroups.every((g) => fits(font, g.notes) === g.notes.length)) break;
  }
  const columns = shownGroups.map((g) => {
    const kept = fits(font, g.notes);
    return { label: g.label, tone: Math.max(0, order.indexOf(g.label)), notes: g.notes.slice(0, kept), hidden: g.notes.length - kept };
  });
  return { page: 0, pageCount: 1, fontPx: font, titlePx, columns, hidden: beyond + columns.reduce((s, c) => s + c.hidden, 0), total: notes.length };
}
