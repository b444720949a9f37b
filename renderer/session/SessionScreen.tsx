// One session (séance): its header, participants and agenda, editable; where the meeting is;
// the notes on the slides; the minutes. The file's storage status is always in view.
import { useEffect, useRef, useState } from 'react';
import type { DeckSummary } from '../../core/deck/model.js';
import type { HostApi } from '../../core/host-api.js';
import type { SaveResult, SessionState, WriteChoice } from '../../core/session/api.js';
import type { AgendaItem, Participant, Session, SessionType } from '../../core/session/model.js';
import { claim, type MenuRequest } from '../app-menu/app-commands.js';
import { askToReplace } from '../dialog/ask-to-replace.js';
import { ask } from '../dialog/dialog-store.js';
import { useHost } from '../host-client/HostContext.js';
import { useHostCall } from '../host-client/useHostCall.js';
import { useHostCapabilities } from '../host-client/capabilities.js';
import { TYPE_LABELS, TYPES } from './labels.js';
import { FRENCH_TEXT } from './french-text.js';
import { MinutesExport } from './MinutesExport.js';
import { NotesPanel } from './NotesPanel.js';
import { formatMinutes } from '../../core/durations.js';
import { agendaProgress, folderOf, sessionPathFor } from './session-format.js';
import { StorageBar } from './StorageBar.js';
import { useSession, type SessionHandle } from './session-store.js';
import './session.css';

export interface SessionScreenProps {
  handle: string;
  onClose: () => void;
  /** The desktop menu's latest command (Enregistrer sous…, Exporter…). */
  menu?: MenuRequest | undefined;
}

type Patch = Parameters<HostApi['updateSession']>[1];

const newId = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export function SessionScreen({ handle, onClose, menu }: SessionScreenProps) {
  const host = useHost();
  const session = useSession(host, handle);
  const decks = useHostCall(() => host.listDecks(), [host]);
  const { snapshot, run } = session;
  const loaded = snapshot.status === 'ready';
  // Fichier › Exporter… on a session: its minutes (the first choice, focused).
  useEffect(() => {
    if (!loaded || !claim(menu, ['export'])) return;
    const section = document.getElementById('minutes-title')?.closest('section');
    section?.scrollIntoView({ block: 'start' });
    section?.querySelector<HTMLElement>('input, button')?.focus();
  }, [menu, loaded]);

  if (snapshot.status === 'loading') return <p className="library__status">Ouverture de la séance…</p>;
  if (snapshot.status === 'failed') {
    return (
      <div className="app-shell">
        <main className="app-main">
          <p role="alert" className="library__status library__status--error">
            {snapshot.message}
          </p>
          <button type="button" className="button" onClick={onClose}>
            Retour à l’accueil
          </button>
        </main>
      </div>
    );
  }
  const { state } = snapshot;
  const s = state.session;
  const update = (patch: Patch) => void run((h) => h.updateSession(handle, patch));
  // Home lists the session files as they are on disk: write the whole file first (the
  // journal of the last keystrokes is folded in), then go. A failure stays on screen.
  const leave = async () => {
    const r = await run((h) => h.saveSession(handle));
    if (r.ok) return onClose();
    const choice = await ask({
      title: 'La séance n’a pas pu être enregistrée en entier',
      message: 'Elle reste ouverte dans l’application et ce qui a été saisi est gardé. Revenir quand même à l’accueil\u00A0?',
      choices: [
        { id: 'leave', label: 'Revenir à l’accueil' },
        { id: 'stay', label: 'Rester sur la séance', primary: true },
      ],
      defaultId: 'stay',
      cancelId: 'stay',
    });
    if (choice === 'leave') onClose();
  };
  const deckList = decks.status === 'done' ? decks.value.filter((d): d is Extract<DeckSummary, { ok: true }> => d.ok) : [];

  return (
    <div className="app-shell session-screen" data-testid="session-screen">
      <header className="session-top">
        {/* The page's title for screen readers; sighted users read it in the Titre field. */}
        <h1 className="visually-hidden">Séance&nbsp;: {s.title}</h1>
        <button type="button" className="button" onClick={() => void leave()}>
          ← Accueil
        </button>
        <span className="session-top__file" title={state.path}>
          {state.fileName}
        </span>
        <StorageBar state={state} run={run} />
      </header>
      {snapshot.notice && (
        <p className="session-notice" role="status">
          {snapshot.notice}
        </p>
      )}
      {snapshot.message && (
        <p className="session-notice session-notice--error" role="alert">
          {snapshot.message}
        </p>
      )}
      <main className="app-main session-main">
        <HeaderForm key={`h-${s.revision}`} session={s} onChange={update} />
        <div className="session-columns">
          <div className="session-col">
            <Participants session={s} onChange={update} />
            <Agenda session={s} decks={deckList} onChange={update} />
          </div>
          <div className="session-col">
            <NotesArea state={state} decks={deckList} onChange={update} />
            <MinutesExport state={state} />
            <SaveAs state={state} run={run} menu={menu} />
          </div>
        </div>
      </main>
    </div>
  );
}

function HeaderForm({ session, onChange }: { session: Session; onChange: (p: Patch) => void }) {
  const [title, setTitle] = useState(session.title);
  const [place, setPlace] = useState(session.place);
  const commit = (field: 'title' | 'place', value: string) => {
    if (value === session[field] || (field === 'title' && value.trim() === '')) return;
    onChange({ [field]: value });
  };
  return (
    <section className="session-header" aria-label="En-tête de la séance">
      <label className="field">
        Type
        <select value={session.type} onChange={(e) => onChange({ type: e.target.value as SessionType })}>
          {TYPES.map((t) => (
            <option key={t} value={t}>
              {TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      <label className="field field--wide">
        Titre
        <input className="session-header__title" {...FRENCH_TEXT} value={title} onChange={(e) => setTitle(e.target.value)} onBlur={() => commit('title', title)} onKeyDown={(e) => e.key === 'Enter' && commit('title', title)} />
      </label>
      <label className="field">
        Date
        <input type="date" value={session.date} onChange={(e) => e.target.value && onChange({ date: e.target.value })} />
      </label>
      <label className="field">
        Heure
        <input type="time" value={session.startTime ?? ''} onChange={(e) => onChange({ startTime: e.target.value || null })} />
      </label>
      <label className="field field--wide">
        Lieu
        <input {...FRENCH_TEXT} value={place} onChange={(e) => setPlace(e.target.value)} onBlur={() => commit('place', place)} onKeyDown={(e) => e.key === 'Enter' && commit('place', place)} />
      </label>
    </section>
  );
}

function Participants({ session, onChange }: { session: Session; onChange: (p: Patch) => void }) {
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [status, setStatus] = useState<Participant['status']>('présent');
  const list = session.participants;
  const set = (participants: Participant[]) => onChange({ participants });
  const present = list.filter((p) => p.status === 'présent').length;
  return (
    <section className="session-section" aria-labelledby="participants-title">
      <h2 id="participants-title" className="session-section__title">
        Participants <span className="session-section__count">{present} présent{present > 1 ? 's' : ''}, {list.length - present} excusé{list.length - present > 1 ? 's' : ''}</span>
      </h2>
      <table className="participants">
        <thead>
          <tr>
            <th>Nom</th>
            <th>Organisation</th>
            <th>Présence</th>
            <th>
              <span className="visually-hidden">Retirer</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.map((p, i) => (
            <tr key={p.id}>
              <td>{p.name}</td>
              <td>{p.organisation}</td>
              <td>
                <select aria-label={`Présence de ${p.name}`} value={p.status} onChange={(e) => set(list.with(i, { ...p, status: e.target.value as Participant['status'] }))}>
                  <option value="présent">présent</option>
                  <option value="excusé">excusé</option>
                </select>
              </td>
              <td>
                <button type="button" className="button button--small" aria-label={`Retirer ${p.name}`} onClick={() => set(list.toSpliced(i, 1))}>
                  Retirer
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="participants__add"
        aria-label="Ajouter un participant"
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          set([...list, { id: newId('pers'), name: name.trim(), organisation: organisation.trim(), status }]);
          setName('');
          setOrganisation('');
        }}
      >
        <label className="field">
          Nom
          <input value={name} onChange={(e) => setName(e.target.value)} data-testid="participant-name" />
        </label>
        <label className="field">
          Organisation
          <input value={organisation} onChange={(e) => setOrganisation(e.target.value)} data-testid="participant-organisation" />
        </label>
        <label className="field">
          Présence
          <select value={status} onChange={(e) => setStatus(e.target.value as Participant['status'])} data-testid="participant-status">
            <option value="présent">présent</option>
            <option value="excusé">excusé</option>
          </select>
        </label>
        <button type="submit" className="button">
          Ajouter
        </button>
      </form>
    </section>
  );
}

function Agenda({ session, decks, onChange }: { session: Session; decks: Extract<DeckSummary, { ok: true }>[]; onChange: (p: Patch) => void }) {
  const agenda = session.agenda;
  const [freeTitle, setFreeTitle] = useState('');
  const [deckId, setDeckId] = useState('');
  const set = (items: AgendaItem[]) => onChange({ agenda: items });
  const move = (i: number, by: number) => {
    const j = i + by;
    if (j < 0 || j >= agenda.length) return;
    const next = [...agenda];
    [next[i], next[j]] = [next[j]!, next[i]!];
    set(next);
  };
  const total = agenda.reduce((n, a) => n + a.durationMinutes, 0);
  const progress = agendaProgress(session);
  return (
    <section className="session-section" aria-labelledby="agenda-title">
      <h2 id="agenda-title" className="session-section__title">
        Ordre du jour <span className="session-section__count">{formatMinutes(total)} prévues</span>
      </h2>
      <p className="agenda__progress" data-testid="agenda-progress">
        {progress ? `Point ${progress.index} sur ${progress.count}\u00A0: ${progress.item.title}` : 'La séance n’a pas commencé.'}
      </p>
      <ol className="agenda">
        {agenda.map((item, i) => {
          const current = item.id === session.current?.agendaItemId;
          return (
            <li key={item.id} className={`agenda__item${current ? ' agenda__item--current' : ''}`} aria-current={current ? 'step' : undefined}>
              <input
                aria-label={`Titre du point ${i + 1}`}
                {...FRENCH_TEXT}
                className="agenda__title"
                defaultValue={item.title}
                key={`${item.id}-${item.title}`}
                onBlur={(e) => e.target.value.trim() && e.target.value !== item.title && set(agenda.with(i, { ...item, title: e.target.value.trim() }))}
              />
              <label className="agenda__duration">
                <input
                  type="number"
                  min={0}
                  max={1440}
                  aria-label={`Durée du point ${i + 1} en minutes`}
                  defaultValue={item.durationMinutes}
                  key={`${item.id}-${item.durationMinutes}`}
                  onBlur={(e) => {
                    const v = Math.max(0, Math.min(1440, Math.round(Number(e.target.value) || 0)));
                    if (v !== item.durationMinutes) set(agenda.with(i, { ...item, durationMinutes: v }));
                  }}
                />
                &nbsp;min
              </label>
              <span className="agenda__kind">{item.kind === 'deck' ? 'présentation' : 'point libre'}</span>
              <span className="agenda__buttons">
                <button type="button" className="button button--small" aria-label={`Monter le point ${i + 1}`} onClick={() => move(i, -1)} disabled={i === 0}>
                  ↑
                </button>
                <button type="button" className="button button--small" aria-label={`Descendre le point ${i + 1}`} onClick={() => move(i, 1)} disabled={i === agenda.length - 1}>
                  ↓
                </button>
                <button type="button" className="button button--small" aria-label={`Supprimer le point ${i + 1}`} onClick={() => set(agenda.toSpliced(i, 1))}>
                  ✕
                </button>
                <button
                  type="button"
                  className={`button button--small${current ? ' button--on' : ''}`}
                  aria-pressed={current}
                  onClick={() => onChange({ current: { agendaItemId: item.id } })}
                >
                  {current ? 'En cours' : 'Commencer ce point'}
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <div className="agenda__add">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!freeTitle.trim()) return;
            set([...agenda, { id: newId('p'), kind: 'libre', title: freeTitle.trim(), durationMinutes: 10 }]);
            setFreeTitle('');
          }}
        >
          <label className="field">
            Point libre
            <input value={freeTitle} onChange={(e) => setFreeTitle(e.target.value)} placeholder="ex. Calendrier" />
          </label>
          <button type="submit" className="button">
            Ajouter
          </button>
        </form>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const d = decks.find((x) => x.meta.id === deckId);
            if (!d) return;
            set([...agenda, { id: newId('p'), kind: 'deck', deckId: d.meta.id, title: d.meta.title.slice(0, 300), durationMinutes: Math.min(1440, Math.round(d.meta.durationMinutes)) }]);
          }}
        >
          <label className="field">
            Présentation
            <select value={deckId} onChange={(e) => setDeckId(e.target.value)}>
              <option value="">(choisir)</option>
              {decks.map((d) => (
                <option key={d.meta.id} value={d.meta.id}>
                  {d.meta.title}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="button" disabled={!deckId}>
            Ajouter
          </button>
        </form>
      </div>
    </section>
  );
}

/** Notes on the item under way; on a deck item, on the slide chosen here. */
function NotesArea({ state, decks, onChange }: { state: SessionState; decks: Extract<DeckSummary, { ok: true }>[]; onChange: (p: Patch) => void }) {
  const s = state.session;
  const progress = agendaProgress(s);
  if (!progress) {
    return (
      <section className="session-section" aria-label="Notes">
        <h2 className="session-section__title">Notes</h2>
        <p>Choisissez le point en cours dans l’ordre du jour («&nbsp;Commencer ce point&nbsp;») pour y prendre des notes.</p>
      </section>
    );
  }
  const item = progress.item;
  const slideCount = item.kind === 'deck' ? (decks.find((d) => d.meta.id === item.deckId)?.slideCount ?? 1) : 0;
  const slide = item.kind === 'deck' ? Math.min(s.current?.slideIndex ?? item.slides?.from ?? 0, Math.max(0, slideCount - 1)) : undefined;
  const goSlide = (n: number) => onChange({ current: { agendaItemId: item.id, slideIndex: Math.max(0, Math.min(slideCount - 1, n)) } });
  return (
    <section className="session-section" aria-label="Notes">
      <h2 className="session-section__title">
        Point en cours&nbsp;: {item.title}
      </h2>
      {item.kind === 'deck' && (
        <p className="present-links">
          <a className="button button--primary" href={`/facilitator?deck=${encodeURIComponent(item.deckId)}&seance=${encodeURIComponent(state.handle)}`} target="_blank" rel="noopener">
            Présenter ce point (vue animateur)
          </a>
          <a className="button" href="/audience" target="_blank" rel="noopener">
            Ouvrir l’écran de la salle
          </a>
        </p>
      )}
      {item.kind === 'deck' && slide !== undefined && (
        <div className="slide-picker" role="group" aria-label="Diapositive">
          <button type="button" className="button button--small" onClick={() => goSlide(slide - 1)} disabled={slide === 0} aria-label="Diapositive précédente">
            ←
          </button>
          <span data-testid="slide-number">
            Diapositive {slide + 1} sur {slideCount}
          </span>
          <button type="button" className="button button--small" onClick={() => goSlide(slide + 1)} disabled={slide >= slideCount - 1} aria-label="Diapositive suivante">
            →
          </button>
        </div>
      )}
      <NotesPanel handle={state.handle} agendaItemId={item.id} {...(item.kind === 'deck' ? { deckId: item.deckId, slideIndex: slide } : {})} />
    </section>
  );
}

function SaveAs({ state, run, menu }: { state: SessionState; run: SessionHandle['run']; menu?: MenuRequest | undefined }) {
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
