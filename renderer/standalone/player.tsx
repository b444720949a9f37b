// Entry of the standalone deck's player, built by scripts/build-node.mjs into
// dist/standalone/player.js + player.css (fonts inlined), which host/export/standalone-html.ts
// inlines with the deck's JSON into one .html file that opens offline from a USB key.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'reveal.js/reveal.css';
import './fonts.css';
import '../theme/tokens.css';
import '../theme/app.css';
import '../theme/projector.css';
import './standalone.css';
import { EmbeddedGlossaryContext } from '../glossary/useGlossary.js';
import { readEmbeddedDeck, readEmbeddedGlossary } from './deck-data.js';
import { StandalonePlayer } from './StandalonePlayer.js';

const root = document.getElementById('root');
const deck = readEmbeddedDeck(document);
const glossary = readEmbeddedGlossary(document);
if (root) {
  createRoot(root).render(
    <StrictMode>
      {deck ? (
        <EmbeddedGlossaryContext.Provider value={glossary}>
          <StandalonePlayer deck={deck} />
        </EmbeddedGlossaryContext.Provider>
      ) : (
        <p role="alert" style={{ padding: 48, fontFamily: 'sans-serif' }}>
          Ce fichier ne contient pas de présentation lisible.
        </p>
      )}
    </StrictMode>,
  );
}
