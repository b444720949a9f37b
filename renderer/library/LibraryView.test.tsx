import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DeckSummary } from '../../core/deck/model.js';
import { deckSummary, parseDeck } from '../../core/deck/parse-deck.js';
import { LibraryView } from './LibraryView.js';

afterEach(cleanup);

const SLIDES = path.resolve(import.meta.dirname, '../../slides');

/** The real decks of slides/, summarised as the host does, plus one broken file. */
function summaries(): DeckSummary[] {
  const files = readdirSync(SLIDES).filter((f) => f.endsWith('.md') && f !== 'README.md');
  const real = files.map((file) => deckSummary(parseDeck(file, readFileSync(path.join(SLIDES, file), 'utf8'))));
  const broken = deckSummary(parseDeck('99-casse.md', '---\nid: casse\ntitre: Cassé\nthematique: Essai\nordre: 1\nduree: vingt\n---\n\n# Titre\n'));
  return [broken, ...real];
}

describe('library', () => {
  it('shows one card per deck with its title, thématique, slide count, duration and prompts', () => {
    const decks = summaries();
    render(<LibraryView decks={decks} onOpen={() => {}} />);
    const ok = decks.filter((d) => d.ok);
    expect(ok.length).toBeGreaterThan(0);
    for (const deck of ok) {
      // The card's name is what it shows: its thématique, then its title (WCAG 2.5.3). Looked
      // for within its list item: naming every button of the library each time is slow.
      const item = document.querySelector(`[data-deck-id="${deck.meta.id}"]`)!.closest('li')!;
      const card = within(item as HTMLElement).getByRole('button', { name: (name) => name.startsWith(deck.meta.thematique) && name.includes(deck.meta.title) });
      const text = card.textContent ?? '';
      expect(text).toContain(deck.meta.thematique);
      expect(text).toContain(`${deck.slideCount}\u00a0diapositives`);
      expect(text).toContain(`${deck.meta.durationMinutes}\u00a0min`);
      expect(text).toMatch(deck.promptCount === 0 ? /aucun atelier/ : new RegExp(`${deck.promptCount}\u00a0atelier`));
    }
  });

  it('lists decks in their order, error cards after them', () => {
    const decks = summaries();
    const { container } = render(<LibraryView decks={decks} onOpen={() => {}} />);
    const items = Array.from(container.querySelector('.deck-grid')!.children);
    expect(items).toHaveLength(decks.length);
    expect(items.at(-1)!.querySelector('.deck-error')).not.toBeNull();
    const orderOf = new Map(decks.flatMap((d) => (d.ok ? [[d.meta.id, d.meta.order] as const] : [])));
    const shown = items.slice(0, -1).map((li) => orderOf.get(li.querySelector('button')!.dataset.deckId!)!);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
  });

  it('shows a broken deck as an error card naming the file, the line and the problem in French, which cannot be opened', () => {
    const onOpen = vi.fn();
    render(<LibraryView decks={summaries()} onOpen={onOpen} />);
    const card = screen.getByRole('article', { name: /99-casse\.md/ });
    expect(card.textContent).toContain('Présentation illisible');
    expect(card.textContent).toContain('99-casse.md');
    expect(card.textContent).toMatch(/ligne 6\u00a0:/);
    expect(card.textContent).toMatch(/duree/);
    expect(within(card).queryByRole('button')).toBeNull();
    fireEvent.click(card);
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('opens a deck by click, and by F5 (first slide) or Shift+F5 (where it was left) on the focused card', () => {
    const onOpen = vi.fn();
    const decks = summaries();
    const first = decks.find((d) => d.ok)!;
    if (!first.ok) throw new Error('unreachable');
    render(<LibraryView decks={decks} resume={{ [first.meta.id]: 4 }} onOpen={onOpen} />);
    const card = screen.getByRole('button', { name: (name) => name.startsWith(first.meta.thematique) && name.includes(first.meta.title) });
    expect(card.textContent).toContain('Arrêtée à la diapositive 5');

    fireEvent.click(card);
    expect(onOpen).toHaveBeenLastCalledWith(first.meta.id, 0);
    card.focus();
    fireEvent.keyDown(card, { key: 'F5' });
    expect(onOpen).toHaveBeenLastCalledWith(first.meta.id, 0);
    fireEvent.keyDown(card, { key: 'F5', shiftKey: true });
    expect(onOpen).toHaveBeenLastCalledWith(first.meta.id, 4);
    expect(onOpen).toHaveBeenCalledTimes(3);
  });

  it('deck cards are native buttons, reachable with Tab and opened with Enter', () => {
    render(<LibraryView decks={summaries()} onOpen={() => {}} />);
    for (const button of screen.getAllByRole('button')) {
      expect(button.tagName).toBe('BUTTON');
      expect(button.getAttribute('type')).toBe('button');
      expect(button.tabIndex).toBe(0);
    }
  });

  it('says so when the folder has no deck', () => {
    render(<LibraryView decks={[]} onOpen={() => {}} />);
    expect(screen.getByText(/dossier des présentations est vide/)).toBeTruthy();
  });
});
