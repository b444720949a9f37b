// One .html file that presents a deck with no app and no network: the player bundle built in
// dist/standalone/ (script + stylesheet with the fonts inlined), the deck's JSON, and a CSP
// meta tag that forbids every request, so nothing can leak from a USB key to the network.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Deck } from '../../core/deck/model.js';
import type { Glossary } from '../../core/glossary/model.js';

/** Nothing from the network, ever: inline script and styles, data: fonts and images only. */
export const STANDALONE_CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; font-src data:; img-src data:";

export const DECK_DATA_ID = 'ctg-deck';
import { GLOSSARY_DATA_ID } from '../../core/glossary/deck-sigles.js';

export interface PlayerBundle {
  js: string;
  css: string;
}

/** Reads `player.js` and `player.css` from the standalone build (`dist/standalone`). */
export async function readPlayerBundle(dir: string): Promise<PlayerBundle> {
  const [js, css] = await Promise.all([readFile(path.join(dir, 'player.js'), 'utf8'), readFile(path.join(dir, 'player.css'), 'utf8')]);
  return { js, css };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** JSON that cannot close its <script> element or open a comment (every `<` escaped). */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Script text that cannot end its element early (`</script` inside strings is written `<\/script`). */
export function scriptForHtml(js: string): string {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

function styleForHtml(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1');
}

/** The whole file. `deck` is already what may leave the app (core/export/exportable-deck.ts). */
export function standaloneHtml(deck: Deck, bundle: PlayerBundle, glossary?: Glossary): string {
  const title = `${deck.meta.title} — CTG Diois`;
  return [
    '<!doctype html>',
    '<html lang="fr">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${STANDALONE_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light">',
    '<meta name="referrer" content="no-referrer">',
    `<meta name="generator" content="CTG Diois">`,
    `<title>${escapeHtml(title)}</title>`,
    '<link rel="icon" href="data:,">',
    `<style>${styleForHtml(bundle.css)}</style>`,
    '</head>',
    '<body>',
    '<div id="root"></div>',
    `<script id="${DECK_DATA_ID}" type="application/json">${jsonForScript(deck)}</script>`,
    ...(glossary ? [`<script id="${GLOSSARY_DATA_ID}" type="application/json">${jsonForScript(glossary)}</script>`] : []),
    `<script>${scriptForHtml(bundle.js)}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
