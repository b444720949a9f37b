import { AUTHORING_METHODS } from './authoring/channels.js';

// Names shared by the Electron preload and main process, kept free of zod so the sandboxed
// preload (parsed for every window) stays small. core/host-api.ts checks at compile time
// that HOST_METHODS lists exactly the methods of the host API.

/** Every method of the host API, in a stable order (the preload exposes exactly these). */
export const HOST_METHODS = [
  // decks and glossary
  'listDecks',
  'loadDeck',
  'getGlossary',
  // what this host can do (core/host-capabilities.ts)
  'getCapabilities',
  // sessions (core/session/api.ts)
  'listSessionTemplates',
  'listSessions',
  'createSession',
  'openSession',
  'openSessionBackup',
  'getSession',
  'saveSession',
  'saveSessionAs',
  'saveSessionCopy',
  'reloadSession',
  'closeSession',
  'recordDraft',
  'addEntry',
  'editEntry',
  'deleteEntry',
  'groupEntries',
  'voteEntry',
  'updateSession',
  'undo',
  'redo',
  'exportMinutes',
  'minutesHtml',
  // session dialogs and minutes PDF (core/session/dialog-api.ts)
  'chooseSessionFile',
  'exportMinutesPdf',
  // deck exports (core/export/api.ts)
  'planPdfExport',
  'exportDeckHtml',
  'saveDeckHtml',
  'exportPdf',
  'exportProgress',
  'cancelExport',
  // the room's phones (core/participation/api.ts)
  'listParticipationAddresses',
  'openParticipation',
  'getParticipation',
  'participationAction',
  'closeParticipation',
  // decks in the user's documents, the editor (core/authoring/api.ts)
  ...AUTHORING_METHODS,
] as const;

/** The single IPC channel the Electron preload uses to call the main process. */
export const HOST_CALL_CHANNEL = 'ctg:host-call';

/** What crosses the wire for one call (IPC in Electron, POST /api/call in the browser host). */
export type HostCallResponse = { ok: true; value: unknown } | { ok: false; message: string };
