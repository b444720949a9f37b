// Undo and redo for the editor: the documents before and after each edit. A document is a
// few dozen kilobytes of shared strings, so keeping the last hundred costs little.
import type { DeckDocument } from './deck-source.js';

export interface DeckHistory {
  past: DeckDocument[];
  present: DeckDocument;
  future: DeckDocument[];
}

export const HISTORY_LIMIT = 100;

export function startHistory(doc: DeckDocument): DeckHistory {
  return { past: [], present: doc, future: [] };
}

/** Records `next` as the new present; typing in one field merges into one step when `merge`. */
export function record(history: DeckHistory, next: DeckDocument, merge = false): DeckHistory {
  if (next === history.present) return history;
  const past = merge && history.past.length ? history.past : [...history.past, history.present].slice(-HISTORY_LIMIT);
  return { past, present: next, future: [] };
}

export function undo(history: DeckHistory): DeckHistory {
  const previous = history.past[history.past.length - 1];
  if (!previous) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo(history: DeckHistory): DeckHistory {
  const [next, ...rest] = history.future;
  if (!next) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}
