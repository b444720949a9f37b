// The workshops of the deck a template builds on (the COPIL's conclusion, the forum's logement
// deck, a workshop's theme), with their methods and minutes, read from the deck store: the renderer sends only titles and durations
// (the library's summaries carry no prompts), so the host adds them before the template runs.
import type { DeckLoadResult } from '../../core/deck/model.js';
import type { CreateSessionOptions } from '../../core/session/api.js';
import { LIMITS } from '../../core/session/schema.js';
import { promptDeckOf } from '../../core/session/templates.js';
import { deckTiming } from '../../core/deck/timing.js';

type LoadDeck = (id: string) => Promise<DeckLoadResult>;

/** `options` with the prompts and workshops of its template's deck; unchanged when the deck cannot be read. */
export async function withDeckPrompts(options: CreateSessionOptions, loadDeck: LoadDeck): Promise<CreateSessionOptions> {
  const id = promptDeckOf(options.template, options.deckId);
  const given = options.decks?.find((d) => d.id === id);
  if (given?.workshops?.length) return options;
  let loaded: DeckLoadResult;
  try {
    loaded = await loadDeck(id);
  } catch {
    return options; // the template's own questions are used
  }
  if (!loaded.ok) return options;
  // Kept within the session format's limits, so the new session always validates.
  const workshops = deckTiming(loaded.deck)
    .workshops.map((w) => ({
      question: w.question.slice(0, LIMITS.text),
      method: w.method,
      durationMinutes: Math.max(0, Math.min(LIMITS.durationMinutes, Math.round(w.durationMinutes))),
    }))
    .filter((w) => w.question.trim() !== '')
    .slice(0, LIMITS.prompts);
  if (workshops.length === 0) return options;
  const prompts = workshops.map((w) => w.question);
  const deck = given
    ? { ...given, prompts, workshops }
    : {
        id,
        title: loaded.deck.meta.title.slice(0, LIMITS.shortText),
        durationMinutes: Math.max(0, Math.min(LIMITS.durationMinutes, Math.round(loaded.deck.meta.durationMinutes))),
        prompts,
        workshops,
      };
  const others = (options.decks ?? []).filter((d) => d.id !== id);
  return { ...options, decks: [...others, deck] };
}
