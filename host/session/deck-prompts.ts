// The workshop prompts of the deck a template builds on (the forum's logement deck, a
// workshop's theme), read from the deck store: the renderer sends only titles and durations
// (the library's summaries carry no prompts), so the host adds them before the template runs.
import type { DeckLoadResult } from '../../core/deck/model.js';
import type { CreateSessionOptions } from '../../core/session/api.js';
import { LIMITS } from '../../core/session/schema.js';
import { promptDeckOf } from '../../core/session/templates.js';

type LoadDeck = (id: string) => Promise<DeckLoadResult>;

/** `options` with the prompts of its template's deck; unchanged when the deck cannot be read. */
export async function withDeckPrompts(options: CreateSessionOptions, loadDeck: LoadDeck): Promise<CreateSessionOptions> {
  const id = promptDeckOf(options.template, options.deckId);
  if (id === undefined) return options;
  const given = options.decks?.find((d) => d.id === id);
  if (given?.prompts?.length) return options;
  let loaded: DeckLoadResult;
  try {
    loaded = await loadDeck(id);
  } catch {
    return options; // the template's own questions are used
  }
  if (!loaded.ok) return options;
  // Kept within the session format's limits, so the new session always validates.
  const prompts = loaded.deck.slides
    .flatMap((s) => s.prompts.map((p) => p.question.slice(0, LIMITS.text)))
    .filter((q) => q.trim() !== '')
    .slice(0, LIMITS.prompts);
  if (prompts.length === 0) return options;
  const deck = given
    ? { ...given, prompts }
    : {
        id,
        title: loaded.deck.meta.title.slice(0, LIMITS.shortText),
        durationMinutes: Math.max(0, Math.min(LIMITS.durationMinutes, Math.round(loaded.deck.meta.durationMinutes))),
        prompts,
      };
  const others = (options.decks ?? []).filter((d) => d.id !== id);
  return { ...options, decks: [...others, deck] };
}
