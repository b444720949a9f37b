// Time at a glance: the clock (24 h), time spent, time left against the deck's planned
// duration, and whether the facilitator is ahead or behind.
import type { PresentationAction } from '../../core/presentation/actions.js';
import type { PresentationState } from '../../core/presentation/state.js';
import { formatElapsed } from '../../core/durations.js';
import { deckElapsedMs, deckRemainingMs, formatClock, isRunning, pacing } from '../../core/presentation/timers.js';
import { useHostNow } from '../presentation-client/PresentationContext.js';

/** The panel keeps its own clock: it re-renders four times a second, the facilitator's screen does not. */
export function TimePanel({ state, clockOffsetMs, send }: { state: PresentationState; clockOffsetMs: number; send: (action: PresentationAction) => void }) {
  const now = useHostNow(clockOffsetMs);
  const elapsed = deckElapsedMs(state, now);
  const remaining = deckRemainingMs(state, now);
  const pace = pacing(state, now);
  const running = isRunning(state.timer);
  return (
    <section className="time-panel" aria-label="Temps">
      <div className="time-panel__item time-panel__clock">
        <span className="time-panel__label">Heure</span>
        <span className="time-panel__value" data-testid="clock">
          {formatClock(now)}
        </span>
      </div>
      <div className="time-panel__item">
        <span className="time-panel__label">Écoulé{running ? '' : ' (en pause)'}</span>
        <span className="time-panel__value" data-testid="elapsed" data-elapsed-ms={Math.round(elapsed)}>
          {formatElapsed(elapsed)}
        </span>
      </div>
      {remaining !== null && (
        <div className="time-panel__item">
          <span className="time-panel__label">{remaining >= 0 ? 'Reste prévu' : 'Dépassé de'}</span>
          <span className="time-panel__value" data-testid="remaining">
            {formatElapsed(remaining)}
          </span>
        </div>
      )}
      {pace && (
        <div className={`time-panel__item time-panel__pace time-panel__pace--${pace.status}`} data-testid="pacing" data-status={pace.status}>
          <span className="time-panel__label">Rythme</span>
          <span className="time-panel__value">{pace.label}</span>
        </div>
      )}
      <button type="button" className="quiet-button" onClick={() => send({ type: running ? 'timerPause' : 'timerStart' })}>
        {running ? 'Pause du chrono' : elapsed > 0 ? 'Reprendre le chrono' : 'Démarrer le chrono'}
      </button>
    </section>
  );
}
