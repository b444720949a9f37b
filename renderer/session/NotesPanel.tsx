// The notes of a meeting where it stands: note, contribution, décision, action (quoi, qui,
// échéance, partenaires) and question. The host files each entry under its own current
// point and slide (host/meeting); this panel shows them where the meeting is. What is typed
// is kept as a draft on disk within a second (use-draft-sender.ts) and stays on screen
// whatever the host answers: only a recorded entry clears the field.
import { FRENCH_TEXT } from './french-text.js';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { DraftInput } from '../../core/session/api.js';
import { parseFrenchDate, frenchDeadline } from '../../core/session/french.js';
import type { Entry, EntryKind } from '../../core/session/model.js';
import { shownContributions, wallFor } from '../../core/meeting/rules.js';
import { layoutWall } from '../../core/meeting/wall-layout.js';
import { useHost } from '../host-client/HostContext.js';
import { useMeeting } from '../meeting/use-meeting.js';
import { EntryList } from './EntryList.js';
import { KIND_LABELS, KINDS } from './labels.js';
import { agendaProgress, entriesAt } from './session-format.js';
import { StorageBar } from './StorageBar.js';
import { useSession } from './session-store.js';
import { useDraftSender } from './use-draft-sender.js';
import './session.css';

export { DRAFT_INTERVAL_MS } from './draft-cadence.js';

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
  partenaires: string;
  /** The entry being edited, or undefined for a new one. */
  editing?: string;
}
const EMPTY: Form = { kind: 'note', text: '', qui: '', echeance: '', partenaires: '' };
/** After these, the next entry is a plain note again (a decision is rarely followed by another). */
const ONE_OFF: ReadonlySet<EntryKind> = new Set(['décision', 'action', 'question']);

const isField = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function NotesPanel({ handle, deckId, slideIndex, agendaItemId }: NotesPanelProps) {
  const host = useHost();
  const { snapshot, run } = useSession(host, handle);
  const meeting = useMeeting();
  const session = snapshot.status === 'ready' ? snapshot.state.session : undefined;
  const agendaId = agendaItemId ?? session?.current?.agendaItemId;
  const [form, setForm] = useState<Form>(EMPTY);
  const [notice, setNotice] = useState<string>();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const ids = useId();
  const { serial, queueDraft, dropDraft, problem: draftProblem } = useDraftSender(host, handle);

  const anchor = useMemo(() => {
    const a: { agendaItemId?: string; deckId?: string; slideIndex?: number } = {};
    if (agendaId !== undefined) a.agendaItemId = agendaId;
    if (deckId !== undefined) a.deckId = deckId;
    if (slideIndex !== undefined) a.slideIndex = slideIndex;
    return a;
  }, [agendaId, deckId, slideIndex]);

  // Another point: the kind is a note again and the last message no longer applies.
  useEffect(() => {
    setForm((f) => (f.text === '' && !f.editing ? { ...f, kind: 'note' } : f));
    setNotice(undefined);
  }, [agendaId]);
  useEffect(() => setNotice(undefined), [slideIndex]);

  const change = (patch: Partial<Form>) => {
    const next = { ...form, ...patch };
    setForm(next);
    setNotice(undefined);
    if (next.text === '' && next.qui === '' && next.echeance === '' && next.partenaires === '' && !next.editing) {
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
    setForm({ kind: d.kind, text: d.text, qui: d.qui ?? '', echeance: d.echeance ?? '', partenaires: '', ...(d.entryId ? { editing: d.entryId } : {}) });
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
    const echeance = f.echeance.trim();
    const fields = {
      kind: f.kind,
      text: f.text.trim(),
      // A date however typed is kept as a date (the minutes write it one way); other text as typed.
      ...(f.kind === 'action' ? { qui: f.qui.trim(), echeance: parseFrenchDate(echeance) ?? echeance, partenaires: f.partenaires.trim() } : {}),
      // Typed by the facilitator from the room's post-its: it goes on the wall.
      ...(f.kind === 'contribution' && !f.editing ? { shown: true } : {}),
    };
    const result = await serial(() => run((h) => (f.editing ? h.editEntry(handle, f.editing, fields) : h.addEntry(handle, { ...fields, ...anchor }))));
    // Recorded, even if only in memory (the storage bar says so): the field is freed.
    // Refused or unreachable: the text stays where it is.
    if (result.ok || ('state' in result && result.state)) {
      setForm((now) => (now === f ? { ...EMPTY, kind: ONE_OFF.has(f.kind) ? 'note' : f.kind } : now));
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

  // Undo what the button says, as the host names it: refused if the host has moved on.
  const undoLabel = snapshot.status === 'ready' ? snapshot.state.undoLabel : undefined;
  const undo = useCallback(() => {
    setNotice(undefined);
    void serial(() => run((h) => h.undo(handle, undoLabel)));
  }, [serial, run, handle, undoLabel]);
  const redo = useCallback(() => {
    setNotice(undefined);
    void serial(() => run((h) => h.redo(handle)));
  }, [serial, run, handle]);
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

  const edit = (entry: Entry) => {
    setForm({
      kind: entry.kind,
      text: entry.text,
      qui: entry.kind === 'action' ? entry.qui : '',
      echeance: entry.kind === 'action' ? frenchDeadline(entry.echeance) : '',
      partenaires: entry.kind === 'action' ? (entry.partenaires ?? '') : '',
      editing: entry.id,
    });
    setNotice(undefined);
    textRef.current?.focus();
  };
  const cancelEdit = () => {
    setForm(EMPTY);
    setNotice(undefined);
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
  const wallTitle = state.session.agenda.find((a) => a.id === agendaId)?.title;
  const where = slideIndex !== undefined ? `Diapositive ${slideIndex + 1}` : (wallTitle ?? 'Séance');
  const live = meeting.view?.live?.handle === handle ? meeting.view : null;
  const onWall = shownContributions(state.session);
  // The room's pages, as its 16:9 screen lays them out (the facilitator's preview does the same).
  const wallLayout = live?.wallShown ? layoutWall(wallFor(state.session, state.session.current?.agendaItemId).notes, { width: 1920, height: 1080, title: true }, live.wallPage) : null;
  const wallPages = wallLayout?.pageCount ?? 1;
  const wallPage = wallLayout?.page ?? 0;
  const parsedDate = form.kind === 'action' && form.echeance.trim() ? parseFrenchDate(form.echeance) : null;
  const participants = state.session.participants;
  const message = draftProblem ?? snapshot.message ?? notice;

  return (
    <aside className="notes-panel" aria-label="Notes de séance" data-testid="notes-panel">
      <header className="notes-panel__head">
        <h2 className="notes-panel__title">Notes · {where}</h2>
        <StorageBar state={state} run={run} compact />
      </header>
      <AgendaLine session={state.session} />

      <div className="notes-panel__kinds" role="radiogroup" aria-label="Sorte d’entrée">
        {KINDS.map((k) => (
          <button key={k} type="button" role="radio" aria-checked={form.kind === k} className={`kind-chip kind-chip--${k === 'décision' ? 'decision' : k}`} onClick={() => change({ kind: k })}>
            {KIND_LABELS[k]}
          </button>
        ))}
      </div>

      <label className="notes-panel__label" htmlFor={`${ids}-text`}>
        {form.kind === 'action' ? 'Quoi (l’action)' : form.editing ? `Modifier (${KIND_LABELS[form.kind].toLowerCase()})` : 'Texte'}
      </label>
      <textarea id={`${ids}-text`} ref={textRef} className="notes-panel__text" rows={2} {...FRENCH_TEXT} value={form.text} onChange={(e) => change({ text: e.target.value })} onKeyDown={onFieldKey} data-testid="notes-text" />
      {form.kind === 'action' && (
        <div className="notes-panel__action-fields">
          <label>
            Qui (responsable)
            <input value={form.qui} list={`${ids}-people`} onChange={(e) => change({ qui: e.target.value })} onKeyDown={onFieldKey} data-testid="notes-qui" />
            <datalist id={`${ids}-people`}>
              {participants.map((p) => (
                <option key={p.id} value={p.organisation ? `${p.name} (${p.organisation})` : p.name} />
              ))}
            </datalist>
          </label>
          <label>
            Échéance
            <input value={form.echeance} onChange={(e) => change({ echeance: e.target.value })} onKeyDown={onFieldKey} placeholder="ex. 31/03/2027 ou fin juin" data-testid="notes-echeance" aria-describedby={`${ids}-date`} />
            <span id={`${ids}-date`} className="notes-panel__hint" data-testid="notes-echeance-date">
              {form.echeance.trim() === '' ? '' : parsedDate ? `le ${frenchDeadline(parsedDate)}` : 'gardé tel quel'}
            </span>
          </label>
          <label>
            Partenaires
            <input {...FRENCH_TEXT} value={form.partenaires} onChange={(e) => change({ partenaires: e.target.value })} onKeyDown={onFieldKey} data-testid="notes-partenaires" />
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
      <p className="notes-panel__notice" role={draftProblem || snapshot.message ? 'alert' : 'status'} data-testid="notes-notice">
        {message ?? ''}
      </p>

      <div className="notes-panel__undo">
        {state.undoLabel && (
          <button type="button" className="button" onClick={undo} title="Ctrl+Z" data-testid="undo">
            {state.undoLabel}
          </button>
        )}
        {state.redoLabel && (
          <button type="button" className="button" onClick={redo} title="Ctrl+Maj+Z">
            {state.redoLabel}
          </button>
        )}
        {live && (live.wallShown || onWall > 0) && (
          <button
            type="button"
            className={`button${live.wallShown ? ' button--on' : ''}`}
            aria-pressed={live.wallShown}
            data-testid="wall-toggle"
            onClick={() => void meeting.send({ type: live.wallShown ? 'hideWall' : 'showWall' }).then((r) => !r.ok && setNotice(r.message))}
          >
            {live.wallShown ? 'Masquer le mur' : `Montrer le mur (${onWall})`}
          </button>
        )}
        {live?.wallShown && wallPages > 1 && (
          <span className="notes-panel__wall-pages" role="group" aria-label="Pages du mur">
            <button type="button" className="button" disabled={wallPage <= 0} onClick={() => void meeting.send({ type: 'wallPage', page: wallPage - 1 })}>
              ← Page précédente du mur
            </button>
            <span data-testid="wall-page">
              Page {wallPage + 1} sur {wallPages}
            </span>
            <button type="button" className="button" disabled={wallPage >= wallPages - 1} onClick={() => void meeting.send({ type: 'wallPage', page: wallPage + 1 })}>
              Page suivante du mur →
            </button>
          </span>
        )}
      </div>

      <EntryList entries={here} session={state.session} handle={handle} run={run} serial={serial} onEdit={edit} onNotice={setNotice} />
    </aside>
  );
}

/** Where the meeting is in its agenda, for the facilitator (« Point 3 sur 16 : … »). */
function AgendaLine({ session }: { session: import('../../core/session/model.js').Session }) {
  const p = agendaProgress(session);
  return (
    <p className="notes-panel__agenda" data-testid="notes-agenda">
      {p ? `Point ${p.index} sur ${p.count}\u00A0: ${p.item.title}` : 'Ordre du jour\u00A0: la séance n’a pas commencé.'}
    </p>
  );
}
