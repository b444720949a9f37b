// The renderer's index.html as both hosts serve it (the browser host's HTTP server and
// Electron's app:// handler). Opened on a deck (`/?deck=<id>`), the page comes with that
// deck's first slide already rendered (React's server renderer, bundled from
// renderer/first-slide/server.tsx to dist/ssr/first-slide.mjs), its fonts preloaded and the
// deck as JSON: the slide is painted before any script, and the app does not ask for the
// deck again. Without the bundle, or for any other page, index.html goes out as built.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Deck, DeckLoadResult } from '../../core/deck/model.js';
import { FIRST_SLIDE_DECK_ID } from '../../core/first-slide/markers.js';
import { DECK_ID_PATTERN } from '../../core/ids.js';

/** What dist/ssr/first-slide.mjs exports. */
export interface FirstSlideModule {
  renderFirstSlide(deck: Deck): string;
}

export interface AppPageOptions {
  /** The renderer build (`dist/renderer`); the server bundle is `../ssr/first-slide.mjs` beside it. */
  rendererDir: string;
  loadDeck(id: string): Promise<DeckLoadResult>;
  /** Defaults to the bundle beside the renderer build. */
  firstSlideModule?: string;
}

/** The HTML of an app page, for its URL's decoded path and search part (`?deck=…`). */
export type AppPage = (pathname: string, search: string) => Promise<string>;

/** The pages that open a deck with `?deck=` in the single-window player (renderer/App.tsx). */
const PLAYER_PAGES: ReadonlySet<string> = new Set(['/', '/index.html']);

const ROOT_DIV = '<div id="root"></div>';
/** Vite's entry script tag, which renderer/public/start-after-paint.js loads after the first frame. */
const ENTRY_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
const AFTER_PAINT_LOADER = './start-after-paint.js';
/** The single-window player's chunk in vite's manifest (renderer/screens.ts loads it for `?deck=`). */
const PLAYER_CHUNK = 'presentation/PresentationRoute.tsx';
/** The fonts the first slide's text uses (regular and bold, latin), preloaded with the CSS. */
const SLIDE_FONTS = /^atkinson-hyperlegible-latin-(400|700)-normal-.*\.woff2$/;

export function createAppPage(options: AppPageOptions): AppPage {
  const rendererDir = path.resolve(options.rendererDir);
  const modulePath = options.firstSlideModule ?? path.join(path.dirname(rendererDir), 'ssr', 'first-slide.mjs');
  let renderer: Promise<FirstSlideModule | null> | undefined;
  let fonts: Promise<string[]> | undefined;
  let playerChunks: Promise<string[]> | undefined;

  const indexHtml = () => readFile(path.join(rendererDir, 'index.html'), 'utf8');
  const loadRenderer = () =>
    (renderer ??= import(pathToFileURL(modulePath).href).then(
      (m: Partial<FirstSlideModule>) => (typeof m.renderFirstSlide === 'function' ? (m as FirstSlideModule) : null),
      () => null,
    ));
  const fontFiles = () =>
    (fonts ??= readdir(path.join(rendererDir, 'assets')).then(
      (names) => names.filter((n) => SLIDE_FONTS.test(n)).sort(),
      () => [],
    ));

  // The player's JS, fetched with the entry once the slide is painted, instead of after it.
  const playerFiles = () => (playerChunks ??= readFile(path.join(rendererDir, '.vite', 'manifest.json'), 'utf8').then((text) => chunkFiles(JSON.parse(text) as Manifest, PLAYER_CHUNK), () => []));

  return async (pathname, search) => {
    const html = await indexHtml();
    const params = new URLSearchParams(search);
    const id = params.get('deck');
    // `?seance=` wins over `?deck=` in the app (renderer/App.tsx): no slide then.
    if (!PLAYER_PAGES.has(pathname) || params.has('seance') || id === null || !DECK_ID_PATTERN.test(id) || !html.includes(ROOT_DIV)) return html;
    const [module, loaded] = await Promise.all([loadRenderer(), options.loadDeck(id)]);
    if (!module || !loaded.ok || loaded.deck.slides.length === 0) return html;
    let slide: string;
    try {
      slide = module.renderFirstSlide(loaded.deck);
    } catch {
      return html; // the app renders it itself, as without the bundle
    }
    const preloads = (await fontFiles()).map((f) => `<link rel="preload" href="./assets/${f}" as="font" type="font/woff2" crossorigin>`).join('');
    const later = (await playerFiles()).map((f) => `./${f}`).join(' ');
    return html
      .replace(ENTRY_SCRIPT, (_tag, entry: string) => `<script src="${AFTER_PAINT_LOADER}" data-entry="${entry}"${later ? ` data-preload="${later}"` : ''} defer></script>`)
      .replace('</head>', `${preloads}</head>`)
      .replace(ROOT_DIV, `${slide}${ROOT_DIV}<script type="application/json" id="${FIRST_SLIDE_DECK_ID}">${jsonForScript(loaded)}</script>`);
  };
}

/** What this module reads of vite's build manifest (`build.manifest`). */
type Manifest = Record<string, { file: string; isEntry?: boolean; imports?: string[] }>;

/** The JS files of a chunk and of the chunks it imports, the entry's own excepted. */
export function chunkFiles(manifest: Manifest, key: string): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const visit = (k: string) => {
    const chunk = manifest[k];
    if (!chunk || chunk.isEntry || seen.has(k)) return;
    seen.add(k);
    if (/\.js$/.test(chunk.file)) files.push(chunk.file);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  visit(key);
  return files;
}

/** JSON that cannot close its <script> block nor open a comment in it. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
