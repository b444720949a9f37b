// The deck the standalone file carries: JSON in <script id="ctg-deck" type="application/json">,
// written by host/export/standalone-html.ts. Checked loosely: it was made by the app.
import type { Deck } from '../../core/deck/model.js';
import type { Glossary } from '../../core/glossary/model.js';

export const DECK_DATA_ID = 'ctg-deck';

export function readEmbeddedDeck(doc: Document): Deck | null {
  const text = doc.getElementById(DECK_DATA_ID)?.textContent;
  if (!text) return null;
  try {
    const deck = JSON.parse(text) as Deck;
    return deck && typeof deck === 'object' && Array.isArray(deck.slides) && deck.meta ? deck : null;
  } catch {
    return null;
  }
}

import { GLOSSARY_DATA_ID } from '../../core/glossary/deck-sigles.js';

/** The sigles the file carries for its slides, or null (an older file: D says so). */
export function readEmbeddedGlossary(doc: Document): Glossary | null {
  const text = doc.getElementById(GLOSSARY_DATA_ID)?.textContent;
  if (!text) return null;
  try {
    const glossary = JSON.parse(text) as Glossary;
    return glossary && Array.isArray(glossary.entries) ? glossary : null;
  } catch {
    return null;
  }
}
