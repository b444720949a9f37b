// What the room sees: black, white, freeze / catch up, the sigles, and the windows
// (Présenter, swap, or in the browser host, opening the projector's page in another window).
import type { PresentationAction } from '../../core/presentation/actions.js';
import type { WindowCommandName } from '../../core/presentation/api.js';
import type { PresentationState } from '../../core/presentation/state.js';

export interface ScreenControlsProps {
  state: PresentationState;
  send: (action: PresentationAction) => void;
  /** Electron: main places the windows; browser host: undefined. */
  windowCommand?: (command: WindowCommandName) => void;
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
          Rattraper <kbd>G</kbd>
        </button>
      ) : (
        <button type="button" onClick={() => send({ type: 'freeze' })}>
          Figer la salle <kbd>G</kbd>
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
