// « Enregistrer sous… »: a native dialog in the desktop app, a path field in the browser host.
import { useState } from 'react';
import type { SaveResult, SessionState } from '../../core/session/api.js';
import { useHost } from '../host-client/HostContext.js';
import { askConfirm } from '../meeting/ask-confirm.js';
import { hasNativeDialogs } from './desktop.js';
import { folderOf, sessionPathFor } from './session-format.js';
import type { SessionHandle } from './session-store.js';

export function SaveAsSection({ state, run }: { state: SessionState; run: SessionHandle['run'] }) {
  const host = useHost();
  const [target, setTarget] = useState(state.path);
  const [message, setMessage] = useState<string>();
  // The path field, where there is no native dialog (browser host).
  const [pathField, setPathField] = useState(() => !hasNativeDialogs());
  const saveTo = async (path: string, overwrite: boolean, confirmed: boolean) => {
    const r = (await run((h) => h.saveSessionAs(state.handle, path, overwrite ? { overwrite: true } : undefined))) as SaveResult | { ok: false; message: string };
    if (r.ok) {
      setMessage(`Séance enregistrée dans ${r.state.path}. La suite de la séance s’y enregistre.`);
      setTarget(r.state.path);
    } else if ('kind' in r && r.kind === 'existe' && !confirmed) {
      if (await askConfirm('Remplacer ce fichier\u00A0?', r.message, 'Remplacer le fichier')) await saveTo(path, true, true);
    } else setMessage(r.message);
  };
  const save = () => saveTo(sessionPathFor(target, folderOf(state.path)), false, false);
  const chooseAndSave = async () => {
    setMessage(undefined);
    try {
      const chosen = await host.chooseSessionFile({ mode: 'save', suggestedName: state.fileName });
      // The native dialog has already asked before replacing a file.
      if (chosen.ok) await saveTo(chosen.path, true, true);
      else if ('unavailable' in chosen) setPathField(true);
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <section className="session-section" aria-label="Enregistrer sous">
      <h2 className="session-section__title">Enregistrer sous…</h2>
      {pathField ? (
        <form
          className="save-as"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label className="field field--wide">
            Chemin du fichier (une clé USB, un autre dossier)
            <input value={target} onChange={(e) => setTarget(e.target.value)} data-testid="save-as-path" />
          </label>
          <button type="submit" className="button">
            Enregistrer sous…
          </button>
        </form>
      ) : (
        <div className="save-as">
          <p className="save-as__current">Fichier actuel&nbsp;: {state.path}</p>
          <button type="button" className="button" onClick={() => void chooseAndSave()}>
            Enregistrer sous…
          </button>
        </div>
      )}
      {message && <p role="status">{message}</p>}
    </section>
  );
}
