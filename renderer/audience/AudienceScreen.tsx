// The projector: the step the hub says the room sees (frozen position included), a black
// or white screen, the workshop prompt overlay with its countdown, the sigles of the slide (D). No controls, no notes;
// keys still drive the hub (a clicker plugged into the projector's machine works).
import { useCallback } from 'react';
import { audienceView } from '../../core/presentation/state.js';
import { usePresentationClient, usePresentationState } from '../presentation-client/PresentationContext.js';
import { useDeck, useHeldWhileLoading } from '../presentation-client/useDeck.js';
import { useViewKeys } from '../presentation-client/useViewKeys.js';
import { runWindowCommand } from '../presentation-client/window-commands.js';
import type { WindowCommand } from '../../core/presentation/keys.js';
import { GlossaryKey } from '../glossary/GlossaryKey.js';
import { useMeetingValue } from '../meeting/use-meeting.js';
import type { MeetingView } from '../../core/meeting/model.js';
import { AudienceWall } from '../session/ContributionWall.js';
import { PromptOverlay } from './PromptOverlay.js';
import { ParticipationCorner } from '../participation/ParticipationCorner.js';
import { SlideStage } from './SlideStage.js';
import { useIdleCursor } from './useIdleCursor.js';
import './audience.css';

const selectWallPage = (view: MeetingView | null) => view?.wallPage ?? 0;

export function AudienceScreen() {
  const client = usePresentationClient();
  // The wall's page is the meeting's (renderer/meeting), on the same event stream.
  const wallPage = useMeetingValue(selectWallPage);
  const { message, clockOffsetMs } = usePresentationState();
  const state = message?.state ?? null;
  const view = state ? audienceView(state) : null;
  const deck = useDeck(view?.deckId ?? null);
  const idle = useIdleCursor();
  const onCommand = useCallback((command: WindowCommand) => runWindowCommand(client, command, { fullscreenSelf: true }), [client]);
  const digits = useViewKeys(client, state, onCommand);

  // While the next deck loads, the room keeps the slide it shows; its one reveal.js deck then
  // moves to the new slides.
  const shown = useHeldWhileLoading(deck, deck.status === 'done' && view ? { deck: deck.deck, position: view.position } : null);

  const overlay = view?.overlay ?? null;
  const prompt = overlay && deck.status === 'done' ? deck.deck.slides[overlay.slide]?.prompts[overlay.promptIndex] : undefined;

  return (
    <main
      className={`audience${idle ? ' audience--idle' : ''}${view?.wall ? ' audience--with-wall' : ''}`}
      lang="fr"
      aria-label="Écran de la salle"
      data-deck-id={shown?.deck.meta.id ?? view?.deckId ?? ''}
      data-slide-index={shown?.position.slide ?? view?.position.slide ?? -1}
      data-fragment={shown?.position.fragment ?? view?.position.fragment ?? 0}
      data-screen={view?.screen ?? 'normal'}
      data-overlay={overlay ? 'shown' : 'none'}
      data-glossary={view?.glossary ? 'open' : 'closed'}
      data-revision={state?.revision ?? -1}
    >
      {shown ? (
        <SlideStage deck={shown.deck} position={shown.position} className="audience__stage" />
      ) : (
        <div className="audience__waiting">
          <p>{deck.status === 'failed' ? `Présentation illisible\u00a0: ${deck.message}` : deck.status === 'loading' ? 'Ouverture de la présentation…' : 'CTG Diois — en attente de la présentation'}</p>
        </div>
      )}
      {view?.wall && <AudienceWall wall={view.wall} page={wallPage} />}
      <ParticipationCorner />
      {overlay && prompt && <PromptOverlay prompt={prompt} countdown={overlay.countdown} clockOffsetMs={clockOffsetMs} />}
      {deck.status === 'done' && view && <GlossaryKey open={view.glossary} slide={deck.deck.slides[view.position.slide]} />}
      {view && view.screen !== 'normal' && (
        <div className={`blank-screen blank-screen--${view.screen}`} data-testid="blank-screen" aria-label={view.screen === 'black' ? 'Écran noir' : 'Écran blanc'} />
      )}
      {digits !== '' && (
        <div className="goto-hint" role="status">
          Aller à la diapositive <strong>{digits}</strong> — Entrée
        </div>
      )}
    </main>
  );
}
