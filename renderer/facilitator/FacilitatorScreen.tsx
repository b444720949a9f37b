// The facilitator's laptop: the slide as the room sees it (and a badge when the room sees
// something else), the next step, notes, prompts, time, the slide strip and the screen
// controls. Every change goes to the hub; this view only renders the hub's state.
import type { RevealApi } from 'reveal.js';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PresentationAction } from '../../core/presentation/actions.js';
import type { WindowCommand } from '../../core/presentation/keys.js';
import type { Position } from '../../core/presentation/state.js';
import { deckShapeFromDom } from '../presentation/reveal-steps.js';
import { PREVIEW_REVEAL_CONFIG, SlideStage } from '../audience/SlideStage.js';
import { useHost } from '../host-client/HostContext.js';
import { useHostCall } from '../host-client/useHostCall.js';
import { usePresentationClient, usePresentationState } from '../presentation-client/PresentationContext.js';
import { useDeck } from '../presentation-client/useDeck.js';
import { useViewKeys } from '../presentation-client/useViewKeys.js';
import { runWindowCommand } from '../presentation-client/window-commands.js';
import { ExportDialog } from '../export/ExportDialog.js';
import { AgendaNav } from '../meeting/AgendaNav.js';
import { PrepareBanner } from '../meeting/PrepareBanner.js';
import { useDeckRequest } from '../meeting/use-deck-request.js';
import { useShortcutsHelp } from '../meeting/use-shortcuts-help.js';
import { WallPreview } from '../session/ContributionWall.js';
import { DeckPicker } from './DeckPicker.js';
import { GlossaryPanel } from './GlossaryPanel.js';
import { describeStep, nextStep } from './next-step.js';
import { SpeakerNotesPanel } from './SpeakerNotesPanel.js';
import { PromptsPanel } from './PromptsPanel.js';
import { roomBadges } from './room-badge.js';
import { ScreenControls } from './ScreenControls.js';
import { sessionFromSearch } from '../routes.js';
import { SessionSlot } from './SessionSlot.js';
import { ParticipationPanel } from '../participation/ParticipationPanel.js';
import { SlideStrip } from './SlideStrip.js';
import { TimePanel } from './TimePanel.js';
import './facilitator.css';

const START: Position = { slide: 0, fragment: 0 };
const AUDIENCE_WINDOW = 'ctg-diois-salle';

export function FacilitatorScreen({ initialDeckId }: { initialDeckId?: string }) {
  const client = usePresentationClient();
  const host = useHost();
  const { message, clockOffsetMs } = usePresentationState();
  const state = message?.state ?? null;
  // « Exporter… »: the same dialog as the library's (PDF variants, offline HTML page).
  const [exporting, setExporting] = useState(false);
  const glossaryCall = useHostCall(() => host.getGlossary(), [host]);
  const glossary = glossaryCall.status === 'done' ? glossaryCall.value : glossaryCall.status === 'failed' ? { ok: false as const, message: glossaryCall.message } : null;

  // Which deck is shown: the room's, one asked for (asked about first during a live
  // meeting), or one prepared here without the room seeing it (renderer/meeting).
  const hubDeckId = state?.deck?.id ?? null;
  const request = useDeckRequest(initialDeckId ?? null, hubDeckId, state !== null);
  const deckId = request.deckId;
  const deck = useDeck(deckId);
  const model = deck.status === 'done' ? deck.deck : null;
  const [prepared, setPrepared] = useState<Position>(START);
  useEffect(() => setPrepared(START), [deckId]);
  const inHub = !request.preparing && model !== null && hubDeckId === model.meta.id && state !== null;
  const position = request.preparing ? prepared : inHub ? state.position : START;

  const [error, setError] = useState<string | null>(null);
  const send = useCallback(
    (action: PresentationAction) => {
      void client.send(action).then((response) => setError(response.ok ? null : response.message));
    },
    [client],
  );

  // Electron: this window is the facilitator's; main opens and places the audience window.
  useEffect(() => client.windowCommand?.('attach'), [client]);

  const preparing = request.preparing;
  const onStageReady = useCallback(
    (_reveal: RevealApi, slides: HTMLElement) => {
      // A deck prepared here never reaches the room.
      if (!model || preparing) return;
      // Idempotent on the hub: the same deck and shape keep the session (a reload resumes).
      void client
        .send({ type: 'openDeck', deckId: model.meta.id, durationMinutes: model.meta.durationMinutes, shape: deckShapeFromDom(model, slides) })
        .then((response) => setError(response.ok ? null : response.message));
    },
    [client, model, preparing],
  );

  const { pick: requestDeck } = request;
  const pick = useCallback((id: string) => {
    requestDeck(id);
    // A reload reopens the deck being presented, not the one of the first URL.
    const query = new URLSearchParams(window.location.search);
    query.set('deck', id);
    window.history.replaceState(null, '', `${window.location.pathname}?${query.toString()}`);
  }, [requestDeck]);

  const audienceWindow = useRef<Window | null>(null);
  const openAudienceWindow = useCallback(() => {
    const existing = audienceWindow.current;
    if (existing && !existing.closed) {
      existing.focus();
      return;
    }
    audienceWindow.current = window.open('/audience', AUDIENCE_WINDOW, 'popup,width=960,height=540');
  }, []);
  const onCommand = useCallback(
    (command: WindowCommand) => {
      if (!client.windowCommand && command === 'present') openAudienceWindow();
      else runWindowCommand(client, command, { fullscreenSelf: false });
    },
    [client, openAudienceWindow],
  );
  const digits = useViewKeys(client, preparing ? null : state, onCommand, setError);
  useShortcutsHelp('facilitator');

  // Preparing: the strip moves this view only.
  const prepareSend = useCallback((action: PresentationAction) => {
    if (action.type === 'goTo') setPrepared({ slide: action.slide, fragment: 0 });
  }, []);

  const slide = model?.slides[position.slide];
  const shape = inHub ? state.deck!.shape : null;
  const upcoming = shape ? nextStep(position, shape) : null;
  const badges = state && inHub ? roomBadges(state) : [];
  const overlay = inHub ? state.overlay : null;
  const overlayPrompt = overlay && model ? model.slides[overlay.slide]?.prompts[overlay.promptIndex] : undefined;
  const fragments = shape?.slides[position.slide]?.fragments ?? 0;
  const roomSlide = state?.frozen && inHub ? state.frozen.slide : null;

  const stage = useMemo(
    () => (model ? <SlideStage key={preparing ? `${model.meta.id}-preparation` : model.meta.id} deck={model} position={position} config={PREVIEW_REVEAL_CONFIG} onReady={onStageReady} className="facilitator__stage" /> : null),
    [model, position, onStageReady, preparing],
  );

  return (
    <div
      className="facilitator"
      lang="fr"
      data-deck-id={inHub ? model.meta.id : ''}
      data-preparing={preparing && model ? model.meta.id : undefined}
      data-slide-index={position.slide}
      data-fragment={position.fragment}
      data-revision={state?.revision ?? -1}
    >
      <header className="facilitator__header">
        <DeckPicker deckId={deckId} onPick={pick} />
        {model && (
          <p className="facilitator__where" data-testid="where">
            Diapositive <strong>{position.slide + 1}</strong> sur {model.slides.length}
            {fragments > 0 && (
              <span className="facilitator__steps">
                {' '}
                · étape {position.fragment} sur {fragments}
              </span>
            )}
          </p>
        )}
        {model && (
          <button type="button" className="facilitator__export" onClick={() => setExporting(true)}>
            Exporter…
          </button>
        )}
        <AgendaNav meeting={request.meeting} roomDeckId={hubDeckId} onBack={request.backToPoint} />
        {state && inHub && <TimePanel state={state} clockOffsetMs={clockOffsetMs} send={send} />}
      </header>
      {preparing && model && (
        <PrepareBanner deckTitle={model.meta.title} meetingTitle={request.meeting.view?.live?.title ?? ''} onPresent={request.present} onBack={request.stopPreparing} />
      )}
      {exporting && model && <ExportDialog decks={[{ id: model.meta.id, title: model.meta.title }]} onClose={() => setExporting(false)} />}

      {error && (
        <p className="facilitator__error" role="alert">
          {error}
        </p>
      )}

      {deck.status === 'none' && <p className="facilitator__status">Choisissez une présentation à animer.</p>}
      {deck.status === 'loading' && <p className="facilitator__status">Ouverture de la présentation…</p>}
      {deck.status === 'failed' && (
        <p className="facilitator__status facilitator__status--error" role="alert">
          Cette présentation ne peut pas s’ouvrir&nbsp;: {deck.message}
        </p>
      )}

      {model && (
        <main className="facilitator__body">
          <div className="facilitator__stages">
            <figure className="facilitator__current">
              <figcaption className="facilitator__caption">
                <span>Diapositive en cours</span>
                <span className="room-badges" data-testid="room-badges">
                  {badges.length === 0 ? (
                    <span className="room-badge room-badge--same">La salle voit cette diapositive</span>
                  ) : (
                    badges.map((b) => (
                      <span key={b.kind} className={`room-badge room-badge--${b.kind}`} data-kind={b.kind}>
                        {b.text}
                      </span>
                    ))
                  )}
                </span>
              </figcaption>
              <div className="facilitator__frame facilitator__frame--current">
                {stage}
                {inHub && state.wall && <WallPreview wall={state.wall} page={request.meeting.view?.wallPage ?? 0} />}
              </div>
            </figure>
            <div className="facilitator__row">
              <figure className="facilitator__next">
                <figcaption className="facilitator__caption">
                  <span>Étape suivante</span>
                  {upcoming && shape && <span className="facilitator__next-what">{describeStep(upcoming, position, shape)}</span>}
                </figcaption>
                <div className="facilitator__frame facilitator__frame--next" data-testid="next-preview">
                  {upcoming ? (
                    <SlideStage key={model.meta.id} deck={model} position={upcoming} config={PREVIEW_REVEAL_CONFIG} className="facilitator__stage" />
                  ) : (
                    <p className="facilitator__end">Fin de la présentation</p>
                  )}
                </div>
              </figure>
              {state && inHub && <ScreenControls state={state} send={send} windowCommand={client.windowCommand} openAudienceWindow={openAudienceWindow} />}
            </div>
          </div>
          <div className="facilitator__side">
            {(slide?.prompts.length || overlay) ? (
              <PromptsPanel slide={slide} slideIndex={position.slide} overlay={overlay} overlayPrompt={overlayPrompt} clockOffsetMs={clockOffsetMs} send={send} />
            ) : null}
            <SpeakerNotesPanel slide={slide} />
            <GlossaryPanel
              slide={slide}
              glossary={glossary}
              onScreen={inHub ? { shown: state.glossary === true, toggle: () => send({ type: 'toggleGlossary' }) } : undefined}
            />
            <SessionSlot deckId={model.meta.id} slideIndex={position.slide} meeting={request.meeting.view} />
            <ParticipationPanel slide={slide} session={request.meeting.view?.live?.handle ?? sessionFromSearch(window.location.search)} />
          </div>
        </main>
      )}

      {model && <SlideStrip deck={model} current={position.slide} roomSlide={roomSlide} send={preparing ? prepareSend : send} />}

      <footer className="facilitator__keys">
        {digits !== '' ? (
          <span role="status">
            Aller à la diapositive <strong>{digits}</strong> — Entrée
          </span>
        ) : (
          <>
            <kbd>→</kbd> ou <kbd>Page suivante</kbd> avancer · <kbd>←</kbd> reculer · numéro puis <kbd>Entrée</kbd> aller à · <kbd>B</kbd> noir · <kbd>W</kbd> blanc · <kbd>G</kbd> figer / rattraper · <kbd>D</kbd> sigles à l’écran · <kbd>F</kbd> plein écran · <kbd>?</kbd> tous les raccourcis
          </>
        )}
      </footer>
    </div>
  );
}
