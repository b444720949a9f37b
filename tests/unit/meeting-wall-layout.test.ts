// The wall's layout for 1 to 200 cards: columns by group, most voted first, a legible floor,
// every card accounted for (shown or counted as hidden), and no column taller than the screen.
import { describe, expect, it } from 'vitest';
import { layoutWall, WALL_FONT_FLOOR, wallGroups } from '../../core/meeting/wall-layout.js';
import type { WallNote } from '../../core/presentation/state.js';

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
const WORDS = ['un', 'lieu', 'd’accueil', 'pour', 'les', 'jeunes', 'transport', 'à', 'la', 'demande', 'dans', 'chaque', 'bassin', 'de', 'vie', 'permanence', 'numérique', 'crèche', 'associative'];

function cards(count: number, seed: number, groups = 4): WallNote[] {
  const rnd = seeded(seed);
  return Array.from({ length: count }, (_, i) => ({
    id: `c${i}`,
    text: Array.from({ length: 3 + Math.floor(rnd() * 14) }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join(' '),
    votes: Math.floor(rnd() * 12),
    group: `Thème ${1 + (i % groups)}`,
  }));
}

describe('wall layout', () => {
  it('a few cards: the largest size, nothing hidden, groups as columns', () => {
    const layout = layoutWall(cards(6, 1, 3), { width: 1920, height: 1080, title: true });
    expect(layout.hidden).toBe(0);
    expect(layout.columns.map((c) => c.label)).toEqual(['Thème 1', 'Thème 2', 'Thème 3']);
    expect(layout.fontPx).toBe(44);
  });

  it.each([60, 120, 200])('%i cards (seed 7): every card counted, most voted first, never below the floor', (count) => {
    const seed = 7;
    const notes = cards(count, seed);
    const layout = layoutWall(notes, { width: 1920, height: 1080, title: true });
    console.log(`seed ${seed}, ${count} cards: ${layout.fontPx} px, ${layout.hidden} hidden`);
    expect(layout.fontPx).toBeGreaterThanOrEqual(WALL_FONT_FLOOR);
    const shown = layout.columns.reduce((n, c) => n + c.notes.length, 0);
    expect(shown + layout.hidden).toBe(count);
    expect(layout.total).toBe(count);
    for (const column of layout.columns) {
      const votes = column.notes.map((n) => n.votes);
      expect(votes).toEqual([...votes].sort((a, b) => b - a));
      // What is hidden is the least voted of the group.
      const group = wallGroups(notes).find((g) => g.label === column.label)!;
      if (column.hidden > 0) expect(Math.min(...votes)).toBeGreaterThanOrEqual(group.notes.at(-1)!.votes);
    }
    if (count >= 120) expect(layout.hidden).toBeGreaterThan(0);
  });

  it.each([60, 200])('%i cards (seed 11) are shared out over pages: each card on exactly one page, most voted first', (count) => {
    const seed = 11;
    const notes = cards(count, seed);
    const first = layoutWall(notes, { width: 1920, height: 1080, title: true }, 0);
    console.log(`seed ${seed}, ${count} cards: ${first.pageCount} pages at ${first.fontPx} px`);
    expect(first.pageCount).toBeGreaterThan(1);
    const seen: string[] = [];
    for (let page = 0; page < first.pageCount; page++) {
      const layout = layoutWall(notes, { width: 1920, height: 1080, title: true }, page);
      expect(layout.page).toBe(page);
      expect(layout.fontPx).toBeGreaterThanOrEqual(WALL_FONT_FLOOR);
      // Groups keep their order and colour from page to page.
      const order = wallGroups(notes).map((g) => g.label);
      expect(layout.columns.map((c) => c.tone)).toEqual(layout.columns.map((c) => order.indexOf(c.label)));
      expect(layout.columns.map((c) => c.tone)).toEqual(layout.columns.map((c) => c.tone).toSorted((a, b) => a - b));
      const ids = layout.columns.flatMap((c) => c.notes.map((n) => n.id));
      expect(ids.length + layout.hidden).toBe(count);
      seen.push(...ids);
    }
    expect(seen.toSorted()).toEqual(notes.map((n) => n.id).toSorted());
    // A page past the last shows the last.
    expect(layoutWall(notes, { width: 1920, height: 1080, title: true }, 999).page).toBe(first.pageCount - 1);
    // The first page holds the most voted card of each group.
    for (const group of wallGroups(notes)) {
      const column = first.columns.find((c) => c.label === group.label);
      if (column) expect(column.notes[0]!.votes).toBe(group.notes[0]!.votes);
    }
  });

  it('scales the floor with the screen and keeps groups beyond six columns as hidden', () => {
    const layout = layoutWall(cards(200, 3, 8), { width: 1280, height: 720 });
    expect(layout.fontPx).toBeGreaterThanOrEqual(16);
    expect(layout.columns).toHaveLength(6);
    expect(layout.columns.reduce((n, c) => n + c.notes.length, 0) + layout.hidden).toBe(200);
  });
});
