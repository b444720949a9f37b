// The Node services behind the host API, shared by the Electron main process (over IPC)
// and the browser host (over POST /api/call). Arguments are validated before they get here
// (host/dispatch.ts); this only binds each method to its service.
import type { HostApi } from '../core/host-api.js';
import { listDecks, loadDeck } from './deck-store.js';
import { loadGlossary } from './glossary-store.js';
import { createSessionService, type SessionService, type SessionServiceOptions } from './session/service.js';

export interface HostServiceOptions {
  /** The folder of deck files (`slides/`). */
  slidesDir: string;
  /** Where sessions are created and listed (a « CTG Diois » folder in the user's documents). */
  documentsDir: string;
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
  const { slidesDir } = options;
  return {
    ...sessions,
    listDecks: () => listDecks(slidesDir),
    loadDeck: (id) => loadDeck(slidesDir, id),
    getGlossary: () => loadGlossary(slidesDir),
    closeAll: () => sessions.closeAll(),
  };
}
