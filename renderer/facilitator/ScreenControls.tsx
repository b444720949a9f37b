// What the room sees: black, white, freeze / catch up, and the windows (Présenter, swap,
// or in the browser host, opening the projector's page in another window).
import type { PresentationAction } from '../../core/presentation/actions.js';
import type { WindowCommand } from '../../core/presentation/keys.js';
import type { PresentationState } from '../../core/presentation/state.js';

export interface ScreenControlsProps {
  state: PresentationState;
  send: (action: PresentationAction) => void;
  /** Electron: main places the windows; browser host: undefined. */
  windowCommand?: (command: WindowCommand) => void;
  openAudienceWindow: () => void;
}

export function ScreenControls({ state, send, windowCommand, openAudienceWindow }: ScreenControlsProps) {
  return (
    <section className="screen-controls" aria-label="Écran de la salle">
      <button type="button" aria-pressed={state.screen === 'black'} onClick={() => send({ type: 'toggleBlack' })}>
        Écran noir <kbd>B</kbd>
      </button>
      <button type="button" aria-pressed={state.screen === 'white'} onClick={() => send({ type: 'toggleWhite' })}>
        Écran blanc <kbd>W</kbd>
      </button>
      {state.frozen ? (
        <button type="button" className="screen-controls__catchup" onClick={() => send({ type: 'catchUp' })}>
          Rattraper <kbd>F</kbd>
        </button>
      ) : (
        <button type="button" onClick={() => send({ type: 'freeze' })}>
          Figer la salle <kbd>F</kbd>
        </button>
      )}
      {windowCommand ? (
        <>
          <button type="button" onClick={() => windowCommand('present')}>
            Présenter <kbd>F5</kbd>
          </button>
          <button type="button" onClick={() => windowCommand('swap')}>
            Échanger les écrans <kbd>E</kbd>
          </button>
        </>
      ) : (
        <button type="button" onClick={openAudienceWindow}>
          Ouvrir l’écran de la salle
        </button>
      )}
    </section>
  );
}
