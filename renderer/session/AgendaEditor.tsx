// The agenda: full titles, durations, reorder by drag or by keyboard (the handle, then ↑ ↓),
// deleting asks first (its undo names the point), and « Commencer ce point » moves the live
// meeting (renderer/meeting) for every view.
import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { DeckSummary } from '../../core/deck/model.js';
import type { AgendaItem, Session } from '../../core/session/model.js';
import { askConfirm } from '../meeting/ask-confirm.js';
import type { MeetingHandle } from '../meeting/use-meeting.js';
import { formatMinutes } from '../../core/durations.js';
import { FRENCH_TEXT } from './french-text.js';
import { agendaProgress } from './session-format.js';
import { newId, type SessionPatch } from './session-patch.js';

type OkDeck = Extract<DeckSummary, { ok: true }>;

export interface AgendaEditorProps {
  handle: string;
  session: Session;
  decks: OkDeck[];
  meeting: MeetingHandle;
  onChange: (p: SessionPatch) => void;
}

export function AgendaEditor({ handle, session, decks, meeting, onChange }: AgendaEditorProps) {
  const agenda = session.agenda;
  const [freeTitle, setFreeTitle] = useState('');
  const [deckId, setDeckId] = useState('');
  const [dragging, setDragging] = useState<number | null>(null);
  const [message, setMessage] = useState<string>();
  const focusAfter = useRef<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const set = (items: AgendaItem[]) => onChange({ agenda: items });
  const moveTo = (from: number, to: number) => {
    if (to < 0 || to >= agenda.length || from === to) return;
    const item = agenda[from]!;
    focusAfter.current = item.id;
    set(agenda.toSpliced(from, 1).toSpliced(to, 0, item));
    setMessage(`«\u00A0${item.title}\u00A0» est maintenant le point ${to + 1}.`);
  };
  // Keyboard reordering keeps the focus on the point that moved.
  useEffect(() => {
    const id = focusAfter.current;
    if (!id) return;
    const handleEl = list.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"] .agenda__handle`);
    if (handleEl && document.activeElement?.classList.contains('agenda__handle')) handleEl.focus();
    focusAfter.current = null;
  }, [agenda]);

  const remove = async (i: number) => {
    const item = agenda[i]!;
    const ok = await askConfirm('Supprimer ce point\u00A0?', `Le point «\u00A0${item.title}\u00A0» sera retiré de l’ordre du jour (les notes prises restent dans la séance, et «\u00A0Annuler\u00A0» le remet).`, 'Supprimer le point');
    if (ok) set(agenda.toSpliced(i, 1));
  };
  const start = (item: AgendaItem) => void meeting.send({ type: 'goToPoint', handle, agendaItemId: item.id }).then((r) => setMessage(r.ok ? undefined : r.message));

  const onHandleKey = (e: KeyboardEvent, i: number) => {
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      moveTo(i, i + (e.key === 'ArrowUp' ? -1 : 1));
    }
  };
  const onDrop = (e: DragEvent, to: number) => {
    e.preventDefault();
    if (dragging !== null) moveTo(dragging, to);
    setDragging(null);
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
      <ol className="agenda" ref={list}>
        {agenda.map((item, i) => {
          const current = item.id === session.current?.agendaItemId;
          return (
            <li
              key={item.id}
              data-item-id={item.id}
              className={`agenda__item${current ? ' agenda__item--current' : ''}${dragging === i ? ' agenda__item--dragging' : ''}`}
              aria-current={current ? 'step' : undefined}
              onDragOver={(e) => dragging !== null && e.preventDefault()}
              onDrop={(e) => onDrop(e, i)}
            >
              <button
                type="button"
                className="agenda__handle"
                draggable
                onDragStart={(e) => {
                  e.dataTransfer.effectAllowed = 'move';
                  e.dataTransfer.setData('text/plain', item.id);
                  setDragging(i);
                }}
                onDragEnd={() => setDragging(null)}
                onKeyDown={(e) => onHandleKey(e, i)}
                aria-label={`Déplacer le point ${i + 1} (${item.title})\u00A0: flèches haut et bas, ou glisser`}
                title="Glisser, ou flèches haut et bas"
              >
                ⠿
              </button>
              <textarea
                {...FRENCH_TEXT}
                aria-label={`Titre du point ${i + 1}`}
                className="agenda__title"
                rows={1}
                defaultValue={item.title}
                key={`${item.id}-${item.title}`}
                onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), (e.target as HTMLTextAreaElement).blur())}
                onBlur={(e) => {
                  const v = e.target.value.replace(/\s+/g, ' ').trim();
                  if (v && v !== item.title) set(agenda.with(i, { ...item, title: v }));
                }}
              />
              <span className="agenda__controls">
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
                <button type="button" className="button button--small" aria-label={`Monter le point ${i + 1}`} onClick={() => moveTo(i, i - 1)} disabled={i === 0}>
                  ↑
                </button>
                <button type="button" className="button button--small" aria-label={`Descendre le point ${i + 1}`} onClick={() => moveTo(i, i + 1)} disabled={i === agenda.length - 1}>
                  ↓
                </button>
                <button type="button" className="button button--small" aria-label={`Supprimer le point ${i + 1}`} onClick={() => void remove(i)}>
                  ✕
                </button>
                <button type="button" className={`button button--small${current ? ' button--on' : ''}`} aria-pressed={current} onClick={() => start(item)}>
                  {current ? 'En cours' : 'Commencer ce point'}
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" role="status" aria-live="polite">
        {message ?? ''}
      </p>
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
            <input {...FRENCH_TEXT} value={freeTitle} onChange={(e) => setFreeTitle(e.target.value)} placeholder="ex. Calendrier" />
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
