// The one interface between the renderer and its host (Electron main, or the browser
// host on 127.0.0.1). The renderer calls it; each host implements it with the same
// Node services (host/) and validates every argument at run time with these schemas.
// Each feature declares its part (decks here, sessions in core/session/api.ts, exports in
// core/export/api.ts); this
// file assembles them, so there is one list of methods and one validation path.
import { z } from 'zod';
import type { DeckLoadResult, DeckSummary } from './deck/model.js';
import type { Glossary } from './glossary/model.js';
import type { CapabilitiesApi } from './host-capabilities.js';
import { exportArgs, type ExportApi } from './export/api.js';
import { participationArgs, type ParticipationApi } from './participation/api.js';
import { authoringArgs, type AuthoringApi } from './authoring/api.js';
import { sessionArgs, type SessionApi } from './session/api.js';
import { sessionDialogArgs, type SessionDialogApi } from './session/dialog-api.js';
import { HOST_METHODS } from './host-channels.js';
import { deckIdSchema as deckId } from './id-schemas.js';

export { HOST_CALL_CHANNEL, HOST_METHODS, type HostCallResponse } from './host-channels.js';

/** Argument schemas of the deck part. */
export const deckArgs = {
  listDecks: z.tuple([]),
  loadDeck: z.tuple([deckId]),
  getGlossary: z.tuple([]),
  getCapabilities: z.tuple([]),
} as const;

/** Argument schemas, one per method: the hosts reject anything else. */
export const hostArgs = { ...deckArgs, ...sessionArgs, ...sessionDialogArgs, ...exportArgs, ...participationArgs, ...authoringArgs } as const;

export type HostMethod = keyof typeof hostArgs;

export type GlossaryResult = { ok: true; glossary: Glossary } | { ok: false; message: string };

export interface DeckApi {
  /** Every deck file of the slides folder: a summary, or an error card for a broken one. */
  listDecks(): Promise<DeckSummary[]>;
  /** One deck, by its id. */
  loadDeck(id: string): Promise<DeckLoadResult>;
  /** The sigles of slides/glossaire.yaml, or why they could not be read. */
  getGlossary(): Promise<GlossaryResult>;
}

export interface HostApi extends DeckApi, CapabilitiesApi, SessionApi, SessionDialogApi, ExportApi, ParticipationApi, AuthoringApi {}

// Compile-time check: the zod-free method list names exactly the methods of HostApi.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const methodListMatches: Same<(typeof HOST_METHODS)[number], HostMethod> = true;
const apiMatches: Same<keyof HostApi, HostMethod> = true;
void methodListMatches;
void apiMatches;

/** Parses the arguments of a call, or returns a French error message. */
export function checkHostArgs(
  method: string,
  args: unknown,
): { ok: true; method: HostMethod; args: unknown[] } | { ok: false; message: string } {
  if (!Object.hasOwn(hostArgs, method)) {
    return { ok: false, message: `Opération inconnue\u00a0: ${String(method).slice(0, 80)}` };
  }
  const schema = hostArgs[method as HostMethod];
  const parsed = schema.safeParse(args);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, message: `Arguments invalides pour ${method}\u00a0: ${first?.message ?? 'format inattendu'}` };
  }
  return { ok: true, method: method as HostMethod, args: parsed.data as unknown[] };
}
