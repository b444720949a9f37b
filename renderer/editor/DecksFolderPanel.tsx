// On the library: where the decks are (« Ouvrir le dossier » in the desktop app, the path in
// the browser version), the shipped decks a newer version of the app changed (offered, never
// written over), and « Nouvelle présentation » from a model.
import { useEffect, useState } from 'react';
import type { DeckFolderInfo, ShippedUpdate } from '../../core/authoring/api.js';
import { DECK_MODELS, DECK_MODEL_LABELS, type DeckModel } from '../../core/authoring/deck-model-names.js';
import type { SessionSummary } from '../../core/session/model.js';
import { useHost } from '../host-client/HostContext.js';
import { DECKS_CHANGED_EVENT } from './decks-changed.js';
import { editorUrl } from './editor-url.js';
import './library-entry.css';

type OkSession = Extract<SessionSummary, { ok: true }>;

export function DecksFolderPanel() {
  const host = useHost();
  const [folder, setFolder] = useState<DeckFolderInfo>();
  const [updates, setUpdates] = useState<ShippedUpdate[]>([]);
  const [message, setMessage] = useState('');
  const [creating, setCreating] = useState(false);

  const refresh = () => {
    host.deckFolder().then(setFolder, () => undefined);
    host.shippedUpdates().then(setUpdates, () => undefined);
  };
  useEffect(refresh, [host]); // eslint-disable-line react-hooks/exhaustive-deps

  const decide = async (file: string, restore: boolean) => {
    const result = restore ? await host.restoreShippedDeck(file) : await host.keepMyDeck(file);
    setMessage(result.ok ? (restore ? 'Version livrée rétablie (votre version est gardée dans le fichier .bak).' : 'Votre version est gardée.') : result.message);
    refresh();
    window.dispatchEvent(new Event(DECKS_CHANGED_EVENT));
  };

  return (
    <section className="decks-folder" aria-labelledby="decks-folder-title">
      <h2 id="decks-folder-title" className="decks-folder__title">
        Vos présentations
      </h2>
      {folder && (
        <p className="decks-folder__path">
          Elles sont enregistrées dans le dossier <code>{folder.path}</code>
          {folder.canOpen ? (
            <button type="button" onClick={() => void host.openDeckFolder().then((r) => setMessage(r.ok ? '' : r.message))}>
              Ouvrir le dossier
            </button>
          ) : (
            <span> (ouvrez-le dans l’explorateur de fichiers pour y copier ou y déposer une présentation)</span>
          )}
        </p>
      )}
      {updates.map((update) => (
        <div key={update.file} className="decks-folder__update" role="region" aria-label={`Nouvelle version livrée de «\u00a0${update.title}\u00a0»`}>
          <p>
            <strong>Nouvelle version livrée</strong> de «&nbsp;{update.title}&nbsp;» ({update.file}). Votre version n’a pas été modifiée. Ce qui change&nbsp;:
          </p>
          <ul>
            {update.changes.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
          <button type="button" onClick={() => void decide(update.file, true)}>
            Rétablir la version livrée
          </button>
          <button type="button" onClick={() => void decide(update.file, false)}>
            Garder ma version
          </button>
        </div>
      ))}
      {creating ? <NewDeckForm onCancel={() => setCreating(false)} onError={setMessage} /> : (
        <button type="button" className="decks-folder__new" onClick={() => setCreating(true)}>
          Nouvelle présentation
        </button>
      )}
      <p role="status" className="decks-folder__message">
        {message}
      </p>
    </section>
  );
}

function NewDeckForm({ onCancel, onError }: { onCancel: () => void; onError: (message: string) => void }) {
  const host = useHost();
  const [model, setModel] = useState<DeckModel>('thematique');
  const [title, setTitle] = useState('');
  const [sessions, setSessions] = useState<OkSession[]>([]);
  const [sessionPath, setSessionPath] = useState('');
  useEffect(() => {
    if (model !== 'copil') return;
    host.listSessions().then((r) => r.ok && setSessions(r.sessions.filter((s): s is OkSession => s.ok)), () => undefined);
  }, [host, model]);

  const create = async () => {
    if (!title.trim()) return onError('Donnez un titre à la présentation.');
    let agenda: string[] | undefined;
    if (model === 'copil' && sessionPath) {
      const opened = await host.openSession(sessionPath);
      if (!opened.ok) return onError(opened.message);
      agenda = opened.state.session.agenda.map((item) => item.title);
      await host.closeSession(opened.state.handle);
    }
    const created = await host.createDeck({ model, title: title.trim(), ...(agenda ? { agenda } : {}) });
    if (!created.ok) return onError(created.message);
    window.location.assign(editorUrl(created.id));
  };

  return (
    <form className="decks-folder__form" onSubmit={(event) => (event.preventDefault(), void create())} aria-label="Nouvelle présentation">
      <label htmlFor="new-deck-title">Titre</label>
      <input id="new-deck-title" type="text" value={title} onChange={(event) => setTitle(event.target.value)} />
      <label htmlFor="new-deck-model">Modèle</label>
      <select id="new-deck-model" value={model} onChange={(event) => setModel(event.target.value as DeckModel)}>
        {DECK_MODELS.map((m) => (
          <option key={m} value={m}>
            {DECK_MODEL_LABELS[m]}
          </option>
        ))}
      </select>
      {model === 'copil' && (
        <>
          <label htmlFor="new-deck-session">Ordre du jour de la séance</label>
          <select id="new-deck-session" value={sessionPath} onChange={(event) => setSessionPath(event.target.value)}>
            <option value="">(aucune&nbsp;: un ordre du jour à compléter)</option>
            {sessions.map((s) => (
              <option key={s.path} value={s.path}>
                {s.title} ({s.date})
              </option>
            ))}
          </select>
        </>
      )}
      <button type="submit">Créer et modifier</button>
      <button type="button" onClick={onCancel}>
        Annuler
      </button>
    </form>
  );
}
