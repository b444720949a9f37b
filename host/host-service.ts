// The Node services behind the host API, shared by the Electron main process (over IPC)
// and the browser host (over POST /api/call). Arguments are validated before they get here
// (host/dispatch.ts); this only binds each method to its service.
import type { HostApi } from '../core/host-api.js';
import { listDecks, loadDeck } from './deck-store.js';

export interface HostServiceOptions {
  /** The folder of deck files (`slides/`). */
  slidesDir: string;
}

export function createHostService({ slidesDir }: HostServiceOptions): HostApi {
  return {
    listDecks: () => listDecks(slidesDir),
    loadDeck: (id) => loadDeck(slidesDir, id),
  };
}
