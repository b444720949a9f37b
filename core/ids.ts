// Identifiers and global names shared by every layer (core, host, main, renderer), in one
// place and free of zod, so the renderer and the sandboxed preload can import them without
// loading the hosts' validation. The zod schemas built on them are in core/id-schemas.ts.

/** A deck's id: its file name without the `NN-` prefix and `.md` (« petite-enfance »). */
export const DECK_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const DECK_ID_MESSAGE = 'identifiant de présentation invalide';

export function isDeckId(value: unknown): value is string {
  return typeof value === 'string' && DECK_ID_PATTERN.test(value);
}

/** The handle of a session open on the host (a random UUID the host hands out). */
export const SESSION_HANDLE_PATTERN = /^[a-f0-9-]{8,64}$/;
export const SESSION_HANDLE_MESSAGE = 'séance inconnue';

export function isSessionHandle(value: unknown): value is string {
  return typeof value === 'string' && SESSION_HANDLE_PATTERN.test(value);
}

/** The global name under which the Electron preload exposes the host API to the renderer. */
export const HOST_GLOBAL = 'ctgHost';

/** The global name of the preload's presentation bridge (facilitator mode, Electron). */
export const PRESENTATION_GLOBAL = 'ctgPresentation';
