// The one interface between the renderer and its host (Electron main, or the browser
// host on 127.0.0.1). The renderer calls it; each host implements it with the same
// Node services (host/) and validates every argument at run time with these schemas.
import { z } from 'zod';
import type { DeckLoadResult, DeckSummary } from './deck/model.js';

/** Argument schemas, one per method: the hosts reject anything else. */
export const hostArgs = {
  listDecks: z.tuple([]),
  loadDeck: z.tuple([z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'identifiant de présentation invalide')]),
} as const;

export type HostMethod = keyof typeof hostArgs;

export interface HostApi {
  /** Every deck file of the slides folder: a summary, or an error card for a broken one. */
  listDecks(): Promise<DeckSummary[]>;
  /** One deck, by its id. */
  loadDeck(id: string): Promise<DeckLoadResult>;
}

/** Parses the arguments of a call, or returns a French error message. */
export function checkHostArgs(
  method: string,
  args: unknown,
): { ok: true; method: HostMethod; args: unknown[] } | { ok: false; message: string } {
  if (!Object.hasOwn(hostArgs, method)) {
    return { ok: false, message: `Opération inconnue : ${String(method).slice(0, 80)}` };
  }
  const schema = hostArgs[method as HostMethod];
  const parsed = schema.safeParse(args);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, message: `Arguments invalides pour ${method} : ${first?.message ?? 'format inattendu'}` };
  }
  return { ok: true, method: method as HostMethod, args: parsed.data as unknown[] };
}

/** The method names, in a stable order (the preload exposes exactly these). */
export const HOST_METHODS = Object.keys(hostArgs) as HostMethod[];

/** The single IPC channel the Electron preload uses to call the main process. */
export const HOST_CALL_CHANNEL = 'ctg:host-call';

/** The global name under which the Electron preload exposes the host API to the renderer. */
export const HOST_GLOBAL = 'ctgHost';

/** What crosses the wire for one call (IPC in Electron, POST /api/call in the browser host). */
export type HostCallResponse = { ok: true; value: unknown } | { ok: false; message: string };
