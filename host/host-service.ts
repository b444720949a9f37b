// The Node services behind the host API, shared by the Electron main process (over IPC)
// and the browser host (over POST /api/call): each host is assembled here, in one place.
// Electron's main passes the desktop-only services (native dialogs, the PDF printer); the
// browser host does not, and its host answers `unavailable` for them and says so in
// getCapabilities(). Arguments are validated before they get here (host/dispatch.ts); this
// only binds each method to its service.
// First: zod's messages in French before any schema is used.
import './zod-locale.js';
import type { ExportApi } from '../core/export/api.js';
import type { HostApi } from '../core/host-api.js';
import type { HostCapabilities } from '../core/host-capabilities.js';
import type { SessionDialogApi } from '../core/session/dialog-api.js';
import { listDecks, loadDeck } from './deck-store.js';
import { loadGlossary } from './glossary-store.js';
import { createExportService, type ExportService } from './export/service.js';
import { DIALOGS_UNAVAILABLE } from '../core/session/dialog-api.js';
import { withDeckPrompts } from './session/deck-prompts.js';
import { createAuthoringService, type AuthoringServiceOptions } from './authoring/service.js';
import { createSessionService, type SessionService, type SessionServiceOptions } from './session/service.js';
import { createParticipationService, type ParticipationService } from './participation/service.js';
import path from 'node:path';

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
  /** Electron only: what the desktop adds (main/main.ts passes it; the browser host does not). */
  desktop?: DesktopServices;
  /** `--participation-address`: where the room's phones reach the participant server. */
  participationAddress?: string;
  /** Test seam: the participant server's port (0: any free one). */
  participationPort?: number;
}

/** The desktop-only services, built on the host's own services (one of each per host). */
export interface DesktopServices {
  /** Deck exports saved through native dialogs and printed to PDF in a hidden window. */
  deckExports(exports: ExportService): ExportApi;
  /** Native « Ouvrir… » / « Enregistrer sous… » and the minutes printed to PDF. */
  sessionDialogs(sessions: SessionService): SessionDialogApi;
  /** The host places the room's and the facilitator's windows on the displays. */
  displays: boolean;
}

export interface HostService extends HostApi {
  /** Saves and closes every open session (application quit, server stop). */
  closeAll(): Promise<void>;
  /** The room's phones (issue 14): follows the presentation hub once the host has one. */
  participation: ParticipationService;
  /** Each session's state after its changes: the live meeting follows it (host/meeting). */
  onChange: SessionService['onChange'];
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
  const { desktop } = options;
  const capabilities: HostCapabilities = Object.freeze({ nativeDialogs: !!desktop, pdfPrinter: !!desktop, displays: desktop?.displays === true });
  const participation = createParticipationService({
    // The phone page is built beside the standalone player (dist/phone).
    phoneDir: path.join(path.dirname(path.resolve(options.standaloneDir)), 'phone'),
    loadDeck: (id) => loadDeck(slidesDir, id),
    sessions,
    ...(options.participationAddress ? { address: options.participationAddress } : {}),
    ...(options.participationPort !== undefined ? { port: options.participationPort } : {}),
  });
  return {
    ...sessions,
    ...participation,
    participation,
    // The sessions' change feed (the live meeting follows it), not the participation room's.
    onChange: sessions.onChange,
    ...(desktop ? desktop.deckExports(exports) : browserExportApi(exports)),
    ...(desktop ? desktop.sessionDialogs(sessions) : browserSessionDialogs),
    getCapabilities: async () => capabilities,
    ...authoring,
    // The library sends titles and durations; the template's workshop prompts come from the deck files.
    createSession: async (opts) => sessions.createSession(await withDeckPrompts(opts, (id) => loadDeck(slidesDir, id))),
    listDecks: () => listDecks(slidesDir),
    loadDeck: (id) => loadDeck(slidesDir, id),
    getGlossary: () => loadGlossary(options.slidesDir),
    closeAll: async () => {
      await participation.closeParticipation();
      await sessions.closeAll();
    },
  };
}

/** No native dialog nor hidden print window: the UI keeps its path field and printable page. */
const browserSessionDialogs: SessionDialogApi = {
  chooseSessionFile: async () => ({ ok: false, unavailable: true }),
  exportMinutesPdf: async () => ({ ok: false, unavailable: true, message: DIALOGS_UNAVAILABLE }),
};

/**
 * The export methods where there is no native dialog or hidden window (the browser host):
 * the renderer prints the print page itself and downloads HTML decks, so the methods that
 * need Electron answer with a French failure.
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
