// « Toute la séance » : every entry by point and slide, filters by kind, a search field, and
// « Aller à cette diapositive » to take the meeting (and the room, when it shows the deck) there.
import { useMemo, useState } from 'react';
import type { DeckSummary } from '../../core/deck/model.js';
import { sessionOverview } from '../../core/meeting/overview.js';
import { frenchDeadline } from '../../core/session/french.js';
import type { EntryKind, Session } from '../../core/session/model.js';
import type { MeetingHandle } from '../meeting/use-meeting.js';
import { KIND_LABELS, KINDS } from './labels.js';

type OkDeck = Extract<DeckSummary, { ok: true }>;

export function SessionOverview({ session, decks, meeting, handle }: { session: Session; decks: OkDeck[]; meeting: MeetingHandle; handle: string }) {
  const [kinds, setKinds] = useState<ReadonlySet<EntryKind>>(() => new Set(KINDS));
  const [query, setQuery] = useState('');
  const points = useMemo(() => sessionOverview(session, { kinds, query }), [session, kinds, query]);
  const total = points.reduce((n, p) => n + p.count, 0);
  const toggle = (k: EntryKind) => {
    const next = new Set(kinds);
    if (next.has(k)) next.delete(k);
    else next.add(k);
    setKinds(next);
  };
  const jump = async (pointId: string, slide: number) => {
    if (session.current?.agendaItemId !== pointId || meeting.view?.live?.handle !== handle) {
      const r = await meeting.send({ type: 'goToPoint', handle, agendaItemId: pointId });
      if (!r.ok) return;
    }
    await meeting.send({ type: 'goToSlide', slide });
  };
  const slideTitle = (deckId: string | undefined, index: number) => {
    const d = decks.find((x) => x.meta.id === deckId);
    return d ? `Diapositive ${index + 1} sur ${d.slideCount}` : `Diapositive ${index + 1}`;
  };
  return (
    <section className="session-section overview" aria-labelledby="overview-title" data-testid="session-overview">
      <h2 id="overview-title" className="session-section__title">
        Toute la séance <span className="session-section__count">{total === 0 ? 'aucune entrée' : `${total} entrée${total > 1 ? 's' : ''}`}</span>
      </h2>
      <div className="overview__filters">
        <fieldset className="overview__kinds">
          <legend>Sortes</legend>
          {KINDS.map((k) => (
            <label key={k} className="overview__kind">
              <input type="checkbox" checked={kinds.has(k)} onChange={() => toggle(k)} /> {KIND_LABELS[k]}
            </label>
          ))}
        </fieldset>
        <label className="field field--wide">
          Rechercher
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="un mot, un nom…" data-testid="overview-search" />
        </label>
      </div>
      {points.length === 0 && <p>{session.entries.length === 0 ? 'Rien n’a encore été noté.' : 'Aucune entrée ne correspond.'}</p>}
      {points.map((p) => (
        <article key={p.id ?? 'hors'} className="overview__point" data-point-id={p.id ?? ''}>
          <h3 className="overview__point-title">{p.index > 0 ? `${p.index}. ${p.title}` : p.title}</h3>
          {p.slides.map((sl) => (
            <div key={`${sl.deckId ?? ''}#${sl.slideIndex ?? ''}`} className="overview__slide">
              {sl.slideIndex !== undefined && (
                <p className="overview__slide-title">
                  {slideTitle(sl.deckId, sl.slideIndex)}
                  {p.id && (
                    <button type="button" className="button button--small" onClick={() => void jump(p.id!, sl.slideIndex!)}>
                      Aller à cette diapositive
                    </button>
                  )}
                </p>
              )}
              <ul className="overview__entries">
                {sl.entries.map((e) => (
                  <li key={e.id} className="overview__entry" data-kind={e.kind}>
                    <span className="entry__kind">{KIND_LABELS[e.kind]}</span> {e.text}
                    {e.kind === 'action' && (e.qui || e.echeance) ? ` — ${[e.qui, e.echeance && frenchDeadline(e.echeance)].filter(Boolean).join(', ')}` : ''}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </article>
      ))}
    </section>
  );
}
