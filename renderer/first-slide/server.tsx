// Bundled for Node (scripts/build-node.mjs → dist/ssr/first-slide.mjs) and loaded by the
// hosts (host/first-slide/app-page.ts): the markup of a deck's first slide, rendered with
// React's server renderer from the same components the presentation uses.
import { renderToString } from 'react-dom/server';
import type { Deck } from '../../core/deck/model.js';
import { FirstSlide } from './FirstSlide.js';

export function renderFirstSlide(deck: Deck): string {
  return renderToString(<FirstSlide deck={deck} />);
}
