// Notes on the point under way: on a deck point, on the slide the meeting stands on (the
// room's when it shows that deck: what the facilitator moves, this screen follows).
import type { DeckSummary } from '../../core/deck/model.js';
import type { SessionState } from '../../core/session/api.js';
import type { MeetingHandle } from '../meeting/use-meeting.js';
import { NotesPanel } from './NotesPanel.js';
import { agendaProgress } from './session-format.js';
import type { SessionPatch } from './session-patch.js';

type OkDeck = Extract<DeckSummary, { ok: true }>;

export function NotesArea({ state, decks, meeting, onChange }: { state: SessionState; decks: OkDeck[]; meeting: MeetingHandle; onChange: (p: SessionPatch) => void }) {
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
  const live = meeting.view?.live?.handle === state.handle ? meeting.view : null;
  const slideCount = item.kind === 'deck' ? (decks.find((d) => d.meta.id === item.deckId)?.slideCount ?? 1) : 0;
  const hostSlide = live?.anchor.slideIndex ?? s.current?.slideIndex ?? (item.kind === 'deck' ? (item.slides?.from ?? 0) : 0);
  const slide = item.kind === 'deck' ? Math.min(hostSlide, Math.max(0, slideCount - 1)) : undefined;
  const goSlide = (n: number) => {
    const target = Math.max(0, Math.min(slideCount - 1, n));
    if (live) void meeting.send({ type: 'goToSlide', slide: target });
    else onChange({ current: { agendaItemId: item.id, slideIndex: target } });
  };
  return (
    <section className="session-section" aria-label="Notes">
      <h2 className="session-section__title">Point en cours&nbsp;: {item.title}</h2>
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
