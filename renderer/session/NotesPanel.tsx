// The notes of a meeting, on the slide being shown: note, contribution, décision, action
// (quoi, qui, échéance) and question, recorded against the slide and the agenda item.
// Self-contained (the facilitator view mounts it with a handle and where the deck is).
// What is typed is sent as a draft at most every ~300 ms, so it is on disk within a second,
// and it stays on screen whatever the host answers: only a recorded entry clears the field.
import { FRENCH_TEXT } from './french-text.js';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { DraftInput } from '../../core/session/api.js';
import type { Entry, EntryKind, Session } from '../../core/session/model.js';
import { useHost } from '../host-client/HostContext.js';
import { DRAFT_INTERVAL_MS } from './draft-cadence.js';
import { KIND_LABELS, KINDS } from './labels.js';
import { sendPresentationAction } from './presentation-send.js';
import { agendaProgress, entriesAt, votesText, wallOf } from './session-format.js';
import { StorageBar } from './StorageBar.js';
import { useSession } from './session-store.js';
import './session.css';

export interface NotesPanelProps {
  handle: string;
  deckId?: string;
  slideIndex?: number;
  agendaItemId?: string;
}

interface Form {
  kind: EntryKind;
  text: string;
  qui: string;
  echeance: string;
  /** The entry being edited, or undefined for a new one. */
  editing?: string;
}
const EMPTY: Form = { kind: 'note', text: '', qui: '', echeance: '' };

const isField = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function NotesPanel({ handle, deckId, slideIndex, agendaItemId }: NotesPanelProps) {
  const host = useHost();
  const { snapshot, run } = useSession(host, handle);
  const session = snapshot.status === 'ready' ? snapshot.state.session : undefined;
  const agendaId = agendaItemId ?? session?.current?.agendaItemId;
  const [form, setForm] = useState<Form>(EMPTY);
  const [notice, setNotice] = useState<string>();
  const [draftProblem, setDraftProblem] = useState<string>();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const ids = useId();

  // Every call of this panel goes through one queue, so a late draft never lands after the
  // entry it belongs to (which would bring the draft back).
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const serial = useCallback(<T,>(fn: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(fn, fn);
    queue.current = next.catch(() => undefined);
    return next;
  }, []);

  // --- drafts: throttled, latest value wins -------------------------------------------
  const pending = useRef<{ timer?: ReturnType<typeof setTimeout>; lastSent: number; value?: DraftInput }>({ lastSent: 0 });
  const sendDraftNow = useCallback(() => {
    const p = pending.current;
    if (p.timer) clearTimeout(p.timer);
    p.timer = undefined;
    if (p.value === undefined) return;
    const value = p.value;
    p.value = undefined;
    p.lastSent = Date.now();
    void serial(async () => {
      try {
        const r = await host.recordDraft(handle, value);
        setDraftProblem(r.ok ? undefined : r.message);
      } catch (e) {
        setDraftProblem(e instanceof Error ? e.message : String(e));
      }
    });
  }, [host, handle, serial]);
  const queueDraft = useCallback(
    (value: DraftInput) => {
      const p = pending.current;
      p.value = value;
      if (p.timer) return;
      p.timer = setTimeout(sendDraftNow, Math.max(0, DRAFT_INTERVAL_MS - (Date.now() - p.lastSent)));
    },
    [sendDraftNow],
  );
  const dropDraft = useCallback(() => {
    const p = pending.current;
    if (p.timer) clearTimeout(p.timer);
    p.timer = undefined;
    p.value = undefined;
  }, []);
  // Leaving the slide (or the panel) sends what is pending at once.
  useEffect(() => () => sendDraftNow(), [sendDraftNow]);

  const anchor = useMemo(() => {
    const a: { agendaItemId?: string; deckId?: string; slideIndex?: number } = {};
    if (agendaId !== undefined) a.agendaItemId = agendaId;
    if (deckId !== undefined) a.deckId = deckId;
    if (slideIndex !== undefined) a.slideIndex = slideIndex;
    return a;
  }, [agendaId, deckId, slideIndex]);

  const change = (patch: Partial<Form>) => {
    const next = { ...form, ...patch };
    setForm(next);
    if (next.text === '' && next.qui === '' && next.echeance === '' && !next.editing) {
      queueDraft(null);
      return;
    }
    const draft: NonNullable<DraftInput> = { kind: next.kind, text: next.text, ...anchor };
    if (next.editing) draft.entryId = next.editing;
    if (next.kind === 'action') {
      draft.qui = next.qui;
      draft.echeance = next.echeance;
    }
    queueDraft(draft);
  };

  // A draft left by a crash (or by another window) comes back into the fields, once.
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current || !session) return;
    restored.current = true;
    const d = session.draft;
    if (!d || d.text === '') return;
    setForm({ kind: d.kind, text: d.text, qui: d.qui ?? '', echeance: d.echeance ?? '', ...(d.entryId ? { editing: d.entryId } : {}) });
    setNotice('Texte en cours de saisie retrouvé.');
  }, [session]);

  const record = async () => {
    if (!session) return;
    const f = form;
    if (f.text.trim() === '') {
      setNotice('Écrivez d’abord le texte de l’entrée.');
      return;
    }
    dropDraft();
    const fields = { kind: f.kind, text: f.text.trim(), ...(f.kind === 'action' ? { qui: f.qui.trim(), echeance: f.echeance.trim() } : {}) };
    const result = await serial(() =>
      run((h) => (f.editing ? h.editEntry(handle, f.editing, fields) : h.addEntry(handle, { ...fields, ...anchor }))),
    );
    // Recorded, even if only in memory (the storage bar says so): the field is freed.
    // Refused or unreachable: the text stays where it is.
    if (result.ok || ('state' in result && result.state)) {
      setForm((now) => (now === f ? { ...EMPTY, kind: f.kind } : now));
      setNotice(`${KIND_LABELS[f.kind]} ${f.editing ? 'modifiée' : 'enregistrée'}.`);
      textRef.current?.focus();
    } else {
      setNotice(result.message);
    }
  };

  const onFieldKey = (e: ReactKeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void record();
    }
  };

  // Ctrl+Z outside the fields undoes the last change of entries (in a field it undoes typing).
  const undo = useCallback(() => void serial(() => run((h) => h.undo(handle))), [serial, run, handle]);
  const redo = useCallback(() => void serial(() => run((h) => h.redo(handle))), [serial, run, handle]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isField(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        undo();
      } else if ((key === 'z' && e.shiftKey) || key === 'y') {
        e.preventDefault();
        redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  const wallTitle = session?.agenda.find((a) => a.id === agendaId)?.title;
  const refreshWall = async (after: Session | undefined, mode: 'show' | 'update') => {
    if (!after) return;
    const wall = wallOf(after, wallTitle);
    if (wall.notes.length === 0) await sendPresentationAction({ type: 'hideWall' });
    else await sendPresentationAction(mode === 'show' ? { type: 'showWall', wall } : { type: 'updateWall', wall });
  };
  const stateOf = (r: { ok: boolean; state?: { session: Session } }) => r.state?.session;

  const toggleShown = async (entry: Extract<Entry, { kind: 'contribution' }>) => {
    const r = await serial(() => run((h) => h.editEntry(handle, entry.id, { shown: !entry.shown })));
    await refreshWall(stateOf(r as { ok: boolean; state?: { session: Session } }), 'show');
  };
  const vote = async (entry: Extract<Entry, { kind: 'contribution' }>, delta: number) => {
    const r = await serial(() => run((h) => h.voteEntry(handle, entry.id, delta)));
    if (entry.shown) await refreshWall(stateOf(r as { ok: boolean; state?: { session: Session } }), 'update');
  };
  const group = async (entry: Extract<Entry, { kind: 'contribution' }>, label: string) => {
    const r = await serial(() => run((h) => h.groupEntries(handle, [entry.id], label)));
    if (entry.shown) await refreshWall(stateOf(r as { ok: boolean; state?: { session: Session } }), 'update');
  };
  const remove = (entry: Entry) => void serial(() => run((h) => h.deleteEntry(handle, entry.id)));
  const edit = (entry: Entry) => {
    setForm({
      kind: entry.kind,
      text: entry.text,
      qui: entry.kind === 'action' ? entry.qui : '',
      echeance: entry.kind === 'action' ? entry.echeance : '',
      editing: entry.id,
    });
    setNotice(undefined);
    textRef.current?.focus();
  };
  const cancelEdit = () => {
    setForm(EMPTY);
    queueDraft(null);
  };

  if (snapshot.status === 'loading') return <aside className="notes-panel" aria-busy="true">Chargement de la séance…</aside>;
  if (snapshot.status === 'failed') {
    return (
      <aside className="notes-panel">
        <p role="alert" className="notes-panel__error">
          La séance n’est pas disponible&nbsp;: {snapshot.message}
        </p>
      </aside>
    );
  }
  const { state } = snapshot;
  const here = entriesAt(state.session, { ...anchor });
  const groups = [...new Set(state.session.entries.flatMap((e) => (e.kind === 'contribution' && e.group ? [e.group] : [])))];
  const shownCount = state.session.entries.filter((e) => e.kind === 'contribution' && e.shown).length;
  const where = slideIndex !== undefined ? `Diapositive ${slideIndex + 1}` : (wallTitle ?? 'Séance');

  return (
    <aside className="notes-panel" aria-label="Notes de séance" data-testid="notes-panel">
      <header className="notes-panel__head">
        <h2 className="notes-panel__title">Notes · {where}</h2>
        <StorageBar state={state} run={run} compact />
      </header>
      <AgendaLine session={state.session} />

      <div className="notes-panel__kinds" role="radiogroup" aria-label="Sorte d’entrée">
        {KINDS.map((k) => (
          <button
            key={k}
            type="button"
            role="radio"
            aria-checked={form.kind === k}
            className={`kind-chip kind-chip--${k === 'décision' ? 'decision' : k}`}
            onClick={() => change({ kind: k })}
          >
            {KIND_LABELS[k]}
          </button>
        ))}
      </div>

      <label className="notes-panel__label" htmlFor={`${ids}-text`}>
        {form.kind === 'action' ? 'Quoi (l’action)' : form.editing ? `Modifier (${KIND_LABELS[form.kind].toLowerCase()})` : 'Texte'}
      </label>
      <textarea
        id={`${ids}-text`}
        ref={textRef}
        className="notes-panel__text"
        rows={3}
        {...FRENCH_TEXT}
        value={form.text}
        onChange={(e) => change({ text: e.target.value })}
        onKeyDown={onFieldKey}
        data-testid="notes-text"
      />
      {form.kind === 'action' && (
        <div className="notes-panel__action-fields">
          <label>
            Qui (responsable)
            <input {...FRENCH_TEXT} value={form.qui} onChange={(e) => change({ qui: e.target.value })} onKeyDown={onFieldKey} data-testid="notes-qui" />
          </label>
          <label>
            Échéance
            <input {...FRENCH_TEXT} value={form.echeance} onChange={(e) => change({ echeance: e.target.value })} onKeyDown={onFieldKey} placeholder="ex. fin juin 2026" data-testid="notes-echeance" />
          </label>
        </div>
      )}
      <div className="notes-panel__buttons">
        <button type="button" className="button button--primary" onClick={() => void record()}>
          {form.editing ? 'Enregistrer la modification' : 'Enregistrer'} <kbd>Ctrl</kbd>+<kbd>Entrée</kbd>
        </button>
        {form.editing && (
          <button type="button" className="button" onClick={cancelEdit}>
            Abandonner la modification
          </button>
        )}
      </div>
      {(notice || draftProblem || state.storage.state !== 'enregistré' || snapshot.message) && (
        <p className="notes-panel__notice" role={draftProblem || snapshot.message ? 'alert' : 'status'}>
          {draftProblem ?? snapshot.message ?? notice ?? ''}
        </p>
      )}

      <div className="notes-panel__undo">
        {state.undoLabel && (
          <button type="button" className="button" onClick={undo} title="Ctrl+Z">
            {state.undoLabel}
          </button>
        )}
        {state.redoLabel && (
          <button type="button" className="button" onClick={redo} title="Ctrl+Maj+Z">
            {state.redoLabel}
          </button>
        )}
        {shownCount > 0 && (
          <>
            <button type="button" className="button" onClick={() => void refreshWall(state.session, 'show')}>
              Montrer le mur ({shownCount})
            </button>
            <button type="button" className="button" onClick={() => void sendPresentationAction({ type: 'hideWall' })}>
              Masquer le mur
            </button>
          </>
        )}
      </div>

      <h3 className="notes-panel__subtitle">{here.length === 0 ? 'Rien de noté ici pour l’instant.' : `Noté ici (${here.length})`}</h3>
      <ol className="entry-list" data-testid="entry-list">
        {here.map((entry) => (
          <li key={entry.id} className={`entry entry--${entry.kind === 'décision' ? 'decision' : entry.kind}`} data-entry-id={entry.id} data-kind={entry.kind}>
            <span className="entry__kind">{KIND_LABELS[entry.kind]}</span>
            <p className="entry__text">{entry.text}</p>
            {entry.kind === 'action' && (
              <p className="entry__meta">
                Qui&nbsp;: {entry.qui || '—'} · Échéance&nbsp;: {entry.echeance || '—'}
              </p>
            )}
            {entry.kind === 'contribution' && (
              <ContributionControls entry={entry} groups={groups} onToggle={toggleShown} onVote={vote} onGroup={group} />
            )}
            <span className="entry__buttons">
              <button type="button" className="button button--small" onClick={() => edit(entry)}>
                Modifier
              </button>
              <button type="button" className="button button--small" onClick={() => remove(entry)}>
                Supprimer
              </button>
            </span>
          </li>
        ))}
      </ol>
    </aside>
  );
}

type Contribution = Extract<Entry, { kind: 'contribution' }>;

function ContributionControls(props: {
  entry: Contribution;
  groups: string[];
  onToggle: (e: Contribution) => Promise<void>;
  onVote: (e: Contribution, delta: number) => Promise<void>;
  onGroup: (e: Contribution, label: string) => Promise<void>;
}) {
  const { entry } = props;
  const [label, setLabel] = useState(entry.group ?? '');
  useEffect(() => setLabel(entry.group ?? ''), [entry.group]);
  const listId = useId();
  return (
    <div className="entry__contribution">
      <button type="button" className={`button button--small${entry.shown ? ' button--on' : ''}`} aria-pressed={entry.shown} onClick={() => void props.onToggle(entry)}>
        {entry.shown ? 'Retirer du mur' : 'Montrer à la salle'}
      </button>
      <span className="entry__votes" aria-label={votesText(entry.votes)}>
        <button type="button" className="button button--small" aria-label="Retirer un vote" onClick={() => void props.onVote(entry, -1)} disabled={entry.votes === 0}>
          −
        </button>
        <span className="entry__dots" data-testid="votes">
          {entry.votes}
        </span>
        <button type="button" className="button button--small" aria-label="Ajouter un vote" onClick={() => void props.onVote(entry, 1)}>
          +
        </button>
      </span>
      <form
        className="entry__group"
        onSubmit={(e) => {
          e.preventDefault();
          void props.onGroup(entry, label);
        }}
      >
        <input aria-label="Groupe" placeholder="Groupe (thème)" list={listId} value={label} onChange={(e) => setLabel(e.target.value)} />
        <datalist id={listId}>
          {props.groups.map((g) => (
            <option key={g} value={g} />
          ))}
        </datalist>
        <button type="submit" className="button button--small">
          Grouper
        </button>
      </form>
    </div>
  );
}

/** Where the meeting is in its agenda, for the facilitator (« Point 3 sur 16 : … »). */
function AgendaLine({ session }: { session: Session }) {
  const p = agendaProgress(session);
  return (
    <p className="notes-panel__agenda" data-testid="notes-agenda">
      {p ? `Point ${p.index} sur ${p.count}\u00A0: ${p.item.title}` : 'Ordre du jour\u00A0: la séance n’a pas commencé.'}
    </p>
  );
}
