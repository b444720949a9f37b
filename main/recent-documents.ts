// Sessions opened, created or saved elsewhere join the system's recent documents (the Windows
// jump list, macOS's Open Recent, the Linux desktop's recent files), like any document app.
import type { OpenResult, SaveResult, SessionApi } from '../core/session/api.js';

type SessionMethods = Pick<SessionApi, 'openSession' | 'openSessionBackup' | 'createSession' | 'saveSessionAs'>;

/** `service` whose session calls add the session's file to the recent documents when they succeed. */
export function withRecentDocuments<S extends SessionMethods>(service: S, addRecentDocument: (path: string) => void): S {
  const remember = <R extends OpenResult | SaveResult>(result: R): R => {
    if (result.ok) {
      try {
        addRecentDocument(result.state.path);
      } catch {
        // A desktop without recent documents: nothing to add to.
      }
    }
    return result;
  };
  return {
    ...service,
    openSession: async (path) => remember(await service.openSession(path)),
    openSessionBackup: async (path) => remember(await service.openSessionBackup(path)),
    createSession: async (...args) => remember(await service.createSession(...args)),
    saveSessionAs: async (...args) => remember(await service.saveSessionAs(...args)),
  };
}
