// Entry point of the renderer, the same build in Electron and in the browser host.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
// Each screen is its own chunk (renderer/screens.ts): same names, same props.
import { AudienceScreen, FacilitatorScreen } from './screens.js';
import { createPresentationClient } from './presentation-client/presentation-client.js';
import { PresentationContext } from './presentation-client/PresentationContext.js';
import { createHostClient } from './host-client/host-client.js';
import { HostContext } from './host-client/HostContext.js';
import { startEarlyDeckLoad } from './host-client/early-deck-load.js';
import { embeddedDeck } from './first-slide/first-slide.js';
import { deckFromSearch, routeForPath } from './routes.js';
import { DialogHost } from './dialog/DialogHost.js';
import { ScreenErrorBoundary } from './error-boundary/ScreenErrorBoundary.js';
import './theme/index.js';

const route = routeForPath(window.location.pathname);

function Root() {
  switch (route) {
    // Facilitator mode: two views of the one presentation state held by the host.
    case 'audience':
      return (
        <PresentationContext.Provider value={presentation}>
          <AudienceScreen />
        </PresentationContext.Provider>
      );
    case 'facilitator':
      return (
        <PresentationContext.Provider value={presentation}>
          <FacilitatorScreen initialDeckId={deckFromSearch(window.location.search)} />
        </PresentationContext.Provider>
      );
    case 'library':
      return <App />;
  }
}

const host = createHostClient();
const presentation = route === 'library' ? null : createPresentationClient();
const deckToOpen = deckFromSearch(window.location.search);
// The host may have sent the deck with its first slide already drawn (renderer/first-slide).
if (deckToOpen && route === 'library') startEarlyDeckLoad(host, deckToOpen, embeddedDeck(deckToOpen));
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <HostContext.Provider value={host}>
      <ScreenErrorBoundary>
        <Root />
      </ScreenErrorBoundary>
      <DialogHost />
    </HostContext.Provider>
  </StrictMode>,
);
