// Where the session's file stands, always in view, in plain French; after a conflict, the
// two ways out (« Enregistrer une copie », « Recharger »).
import type { HostApi } from '../../core/host-api.js';
import type { SessionState } from '../../core/session/api.js';
import { ask } from '../dialog/dialog-store.js';
import { putSessionState, type SessionHandle } from './session-store.js';
import { storageText } from './session-format.js';

export interface StorageBarProps {
  state: SessionState;
  run: SessionHandle['run'];
  compact?: boolean;
}

export function StorageBar({ state, run, compact = false }: StorageBarProps) {
  const text = storageText(state.storage);
  const handle = state.handle;
  const copy = () => run((h: HostApi) => h.saveSessionCopy(handle));
  const reload = async () => {
    // What was typed here since the other change is lost: the user confirms first.
    const choice = await ask({
      title: 'Recharger le fichier\u00A0?',
      message: 'Ce qui a été saisi ici depuis la modification faite ailleurs sera perdu. Pour le garder, enregistrez d’abord une copie.',
      choices: [
        { id: 'reload', label: 'Recharger le fichier' },
        { id: 'copy', label: 'Enregistrer une copie d’abord', primary: true },
        { id: 'cancel', label: 'Annuler' },
      ],
      defaultId: 'copy',
      cancelId: 'cancel',
    });
    if (choice === 'reload') {
      const r = await run((h: HostApi) => h.reloadSession(handle));
      // The file's version may carry a lower revision than the one shown: take it as it is.
      if (r.ok && 'state' in r && r.state) putSessionState(r.state);
    }
    else if (choice === 'copy') void copy();
  };
  return (
    <div className={`storage-bar storage-bar--${text.tone}${compact ? ' storage-bar--compact' : ''}`} role="status" aria-live="polite" data-storage={state.storage.state}>
      <span className="storage-bar__headline">{text.headline}</span>
      {text.detail && !compact && <span className="storage-bar__detail">{text.detail}</span>}
      {state.storage.state === 'conflit' && (
        <span className="storage-bar__actions">
          <button type="button" onClick={() => void copy()}>
            Enregistrer une copie
          </button>
          <button type="button" onClick={() => void reload()}>
            Recharger
          </button>
        </span>
      )}
    </div>
  );
}
