// The Node services behind the host API, shared by the Electron main process (over IPC)
// and the browser host (over POST /api/call). Arguments are validated before they get here
// (host/dispatch.ts); this only binds each method to its service.
import type { ExportApi } from '../core/export/api.js';
import type { HostApi } from '../core/host-api.js';
import { listDecks, loadDeck } from './deck-store.js';
import { loadGlossary } from './glossary-store.js';
import { createExportService } from './export/service.js';
import { DIALOGS_UNAVAILABLE } from '../core/session/dialog-api.js';
import { withDeckPrompts } from './session/deck-prompts.js';
import { createAuthoringService, type AuthoringServiceOptions } from './authoring/service.js';
import { createSessionService, type SessionService, type SessionServiceOptions } from './session/service.js';

export interface HostServiceOptions {
  /** The folder of deck files (`slides/`). */
  slidesDir: string;
  /** Where sessions are created and listed (a « CTG Diois » folder in the user's documents). */
  documentsDir: string;
  /** The standalone player build (`dist/standalone`), pasted into exported HTML decks. */
  standaloneDir: string;
  /** The desktop app's « Ouvrir le dossier » (host/authoring). */
  openFolder?: AuthoringServiceOptions['openFolder'];
  /** Test seam: the file-system layer of session storage. */
  sessionFs?: SessionServiceOptions['fs'];
}

export interface HostService extends HostApi {
  /** Saves and closes every open session (application quit, server stop). */
  closeAll(): Promise<void>;
}

export function createHostService(options: HostServiceOptions): HostService {
  const sessions: SessionService = createSessionService({
    documentsDir: options.documentsDir,
    ...(options.sessionFs ? { fs: options.sessionFs } : {}),
  });
  // The decks are read and saved in the user's documents, seeded from the shipped ones (host/authoring).
  const authoring = createAuthoringService({ shippedDir: options.slidesDir, documentsDir: options.documentsDir, ...(options.openFolder ? { openFolder: options.openFolder } : {}) });
  const slidesDir = authoring.decksDir;
  const exports = createExportService({ slidesDir, standaloneDir: options.standaloneDir });
  return {
    ...sessions,
    ...browserExportApi(exports),
    ...authoring,
    // The library sends titles and durations; the template's workshop prompts come from the deck files.
    createSession: async (opts) => sessions.createSession(await withDeckPrompts(opts, (id) => loadDeck(slidesDir, id))),
    // No native dialog nor hidden print window here: the UI keeps its path field and printable
    // page. Electron's main process replaces both (main/session-dialogs.ts).
    chooseSessionFile: async () => ({ ok: false, unavailable: true }),
    exportMinutesPdf: async () => ({ ok: false, unavailable: true, message: DIALOGS_UNAVAILABLE }),
    listDecks: () => listDecks(slidesDir),
    loadDeck: (id) => loadDeck(slidesDir, id),
    getGlossary: () => loadGlossary(options.slidesDir),
    closeAll: () => sessions.closeAll(),
  };
}

/**
 * The export methods where there is no native dialog or hidden window (the browser host):
 * the renderer prints the print page itself and downloads HTML decks, so the methods that
 * need Electron answer with a French failure. Electron's main process replaces them.
 */
function browserExportApi(exports: ReturnType<typeof createExportService>): ExportApi {
  const unavailable = { ok: false as const, message: 'Cette opération n’existe que dans l’application de bureau\u00a0: utilisez l’impression du navigateur ou le téléchargement.' };
  return {
    planPdfExport: (ids, variant, options) => exports.planPdfExport(ids, variant, options),
    exportDeckHtml: (id, options) => exports.exportDeckHtml(id, options),
    saveDeckHtml: async () => unavailable,
    exportPdf: async () => unavailable,
    exportProgress: async () => ({ running: false, done: 0, total: 0 }),
    cancelExport: async () => undefined,
  };
}
