// « Enregistrer sous… »: a native dialog in the desktop app, a path field in the browser host.
// An existing file is never replaced unasked: the host refuses, the app asks, then calls again.
import { useEffect, useRef, useState } from 'react';
import type { SaveResult, SessionState, WriteChoice } from '../../core/session/api.js';
import { claim, type MenuRequest } from '../app-menu/app-commands.js';
import { askToReplace } from '../dialog/ask-to-replace.js';
import { useHost } from '../host-client/HostContext.js';
import { useHostCapabilities } from '../host-client/capabilities.js';
import { folderOf, sessionPathFor } from './session-format.js';
import type { SessionHandle } from './session-store.js';

export function SaveAsSection({ state, run, menu }: { state: SessionState; run: SessionHandle['run']; menu?: MenuRequest | undefined }) {
  const host = useHost();
  const [target, setTarget] = useState(state.path);
  const [message, setMessage] = useState<string>();
  // The path field, where there is no native dialog (browser host).
  const nativeDialogs = useHostCapabilities()?.nativeDialogs;
  const [dialogRefused, setDialogRefused] = useState(false);
  const pathField = nativeDialogs === false || dialogRefused;
  const saveTo = async (path: string, choice?: WriteChoice) => {
    const r = (await run((h) =>
      // No third argument unless the user chose: over HTTP an `undefined` argument becomes null.
      choice ? h.saveSessionAs(state.handle, path, choice) : h.saveSessionAs(state.handle, path),
    )) as SaveResult | { ok: false; message: string };
    if (r.ok) {
      setMessage(`Séance enregistrée dans ${r.state.path}. La suite de la séance s’y enregistre.`);
      setTarget(r.state.path);
    } else if ('kind' in r && r.kind === 'existe' && !choice) {
      // Nothing was written: ask, then call again with the user's choice.
      const answer = await askToReplace(r.path);
      if (answer === 'cancel') setMessage('Enregistrement annulé\u00A0: le fichier existant est gardé tel quel.');
      else await saveTo(path, answer === 'replace' ? { overwrite: true } : { keepBoth: true });
    } else setMessage(r.message);
  };
  const save = () => saveTo(sessionPathFor(target, folderOf(state.path)));
  const chooseAndSave = async () => {
    setMessage(undefined);
    try {
      const chosen = await host.chooseSessionFile({ mode: 'save', suggestedName: state.fileName });
      // The native dialog has already asked before replacing a file.
      if (chosen.ok) await saveTo(chosen.path, { overwrite: true });
      else if ('unavailable' in chosen) setDialogRefused(true);
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };
  // Fichier › Enregistrer sous…: the native dialog, or the path field where there is none.
  const pathInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!claim(menu, ['save-session-as'])) return;
    if (pathField) {
      pathInput.current?.scrollIntoView({ block: 'center' });
      pathInput.current?.focus();
    } else void chooseAndSave();
  }, [menu]); // eslint-disable-line react-hooks/exhaustive-deps
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
            <input ref={pathInput} value={target} onChange={(e) => setTarget(e.target.value)} data-testid="save-as-path" />
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
