// The workshop prompts of the current slide, each with « Montrer à la salle », and, while
// one is on the room's screen, its countdown and controls (pause, +1/+5 min, end, remove).
import type { Slide, WorkshopPrompt } from '../../core/deck/model.js';
import type { PresentationAction } from '../../core/presentation/actions.js';
import type { PromptOverlay } from '../../core/presentation/state.js';
import { formatCountdown } from '../../core/durations.js';
import { countdownRemainingMs, isRunning } from '../../core/presentation/timers.js';
import { useHostNow } from '../presentation-client/PresentationContext.js';

const NBSP = '\u00a0';

export interface PromptsPanelProps {
  slide: Slide | undefined;
  slideIndex: number;
  overlay: PromptOverlay | null;
  /** The prompt the overlay shows (it may belong to another slide). */
  overlayPrompt: WorkshopPrompt | undefined;
  /** Host clock minus this machine's: the countdown keeps its own clock (only it ticks). */
  clockOffsetMs: number;
  send: (action: PresentationAction) => void;
}

export function PromptsPanel({ slide, slideIndex, overlay, overlayPrompt, clockOffsetMs, send }: PromptsPanelProps) {
  const prompts = slide?.prompts ?? [];
  return (
    <section className="panel prompts-panel" aria-labelledby="prompts-title">
      <h2 className="panel__title" id="prompts-title">
        Consignes d’atelier
      </h2>
      {overlay && overlayPrompt && <OverlayControls overlay={overlay} prompt={overlayPrompt} clockOffsetMs={clockOffsetMs} send={send} />}
      {prompts.length === 0 ? (
        <p className="panel__empty">Pas de consigne sur cette diapositive.</p>
      ) : (
        <ul className="prompts-panel__list">
          {prompts.map((prompt, i) => {
            const shown = overlay?.slide === slideIndex && overlay.promptIndex === i;
            return (
              <li key={prompt.line} className={`prompt-item${shown ? ' prompt-item--shown' : ''}`}>
                <p className="prompt-item__meta">
                  {prompt.method.charAt(0).toLocaleUpperCase('fr-FR') + prompt.method.slice(1)} · {prompt.durationMinutes}{NBSP}min
                </p>
                <p className="prompt-item__question">{prompt.question}</p>
                {shown ? (
                  <p className="prompt-item__shown">À l’écran de la salle</p>
                ) : (
                  <button type="button" className="action-button" onClick={() => send({ type: 'showPrompt', promptIndex: i, durationMinutes: prompt.durationMinutes })}>
                    Montrer à la salle
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function OverlayControls({ overlay, prompt, clockOffsetMs, send }: { overlay: PromptOverlay; prompt: WorkshopPrompt; clockOffsetMs: number; send: (action: PresentationAction) => void }) {
  const now = useHostNow(clockOffsetMs);
  const { countdown } = overlay;
  const remaining = countdown.ended ? 0 : countdownRemainingMs(countdown, now);
  const running = isRunning(countdown.clock) && !countdown.ended;
  return (
    <div className="overlay-controls" role="group" aria-label="Consigne affichée à la salle" data-testid="overlay-controls">
      <p className="overlay-controls__what">
        À l’écran{NBSP}: <strong>{prompt.question}</strong>
      </p>
      <p className="overlay-controls__countdown" data-testid="facilitator-countdown">
        {countdown.ended || remaining <= 0 ? 'Temps écoulé' : formatCountdown(remaining)}
        {!running && !countdown.ended && remaining > 0 ? ' — en pause' : ''}
      </p>
      <div className="overlay-controls__buttons">
        {running ? (
          <button type="button" onClick={() => send({ type: 'countdownPause' })}>
            Pause
          </button>
        ) : (
          !countdown.ended && (
            <button type="button" onClick={() => send({ type: 'countdownResume' })}>
              Reprendre
            </button>
          )
        )}
        <button type="button" onClick={() => send({ type: 'countdownExtend', minutes: 1 })}>
          +1{NBSP}min
        </button>
        <button type="button" onClick={() => send({ type: 'countdownExtend', minutes: 5 })}>
          +5{NBSP}min
        </button>
        {!countdown.ended && (
          <button type="button" onClick={() => send({ type: 'countdownEnd' })}>
            Terminer
          </button>
        )}
        <button type="button" className="overlay-controls__hide" onClick={() => send({ type: 'hidePrompt' })}>
          Retirer de l’écran
        </button>
      </div>
    </div>
  );
}
