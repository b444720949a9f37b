// A workshop prompt shown to the room, over the slide: the question, the method, the
// consigne and a countdown large enough to read from the back of the hall.
import type { WorkshopPrompt } from '../../core/deck/model.js';
import type { Countdown } from '../../core/presentation/state.js';
import { formatCountdown } from '../../core/durations.js';
import { countdownRemainingMs, isRunning } from '../../core/presentation/timers.js';
import { useHostNow } from '../presentation-client/PresentationContext.js';

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr-FR') + text.slice(1);
}

/** The overlay keeps its own clock: only it re-renders four times a second, not the room's whole screen. */
export function PromptOverlay({ prompt, countdown, clockOffsetMs }: { prompt: WorkshopPrompt; countdown: Countdown; clockOffsetMs: number }) {
  const now = useHostNow(clockOffsetMs);
  const remaining = countdown.ended ? 0 : countdownRemainingMs(countdown, now);
  const over = countdown.ended || remaining <= 0;
  const paused = !countdown.ended && !isRunning(countdown.clock);
  return (
    <div className="prompt-overlay" role="dialog" aria-label="Consigne d’atelier" data-testid="prompt-overlay" data-paused={paused} data-over={over}>
      <div className="prompt-overlay__card">
        <p className="prompt-overlay__method">{capitalise(prompt.method)}</p>
        <p className="prompt-overlay__question">{prompt.question}</p>
        <p className="prompt-overlay__instruction">{prompt.instruction}</p>
      </div>
      <div className="prompt-overlay__clock" aria-live="off">
        {over ? (
          <p className="prompt-overlay__over" data-testid="countdown">
            Temps écoulé
          </p>
        ) : (
          <p className="prompt-overlay__countdown" data-testid="countdown" data-remaining-ms={Math.round(remaining)}>
            {formatCountdown(remaining)}
          </p>
        )}
        {paused && <p className="prompt-overlay__paused">En pause</p>}
      </div>
    </div>
  );
}
