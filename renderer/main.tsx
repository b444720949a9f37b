// Entry point of the renderer, the same build in Electron and in the browser host.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { createHostClient } from './host-client/host-client.js';
import { HostContext } from './host-client/HostContext.js';
import { startEarlyDeckLoad } from './host-client/early-deck-load.js';
import { deckFromSearch, routeForPath } from './routes.js';
import './theme/index.js';

function Root() {
  switch (routeForPath(window.location.pathname)) {
    // The audience and facilitator views (facilitator mode) plug in here.
    case 'audience':
    case 'facilitator':
    case 'library':
      return <App />;
  }
}

const host = createHostClient();
const deckToOpen = deckFromSearch(window.location.search);
if (deckToOpen) startEarlyDeckLoad(host, deckToOpen);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <HostContext.Provider value={host}>
      <Root />
    </HostContext.Provider>
  </StrictMode>,
);
