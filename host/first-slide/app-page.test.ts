// The page both hosts serve: index.html as built, or, opened on a deck, with the deck's first
// slide already rendered, its deck as inert JSON, the fonts preloaded and the entry script
// started after the first frame; never an inline script (the CSP allows only the app's own).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeckLoadResult } from '../../core/deck/model.js';
import { chunkFiles, createAppPage, jsonForScript } from './app-page.js';

const INDEX = `<!doctype html><html><head><script type="module" crossorigin src="./assets/index-abc.js"></script><link rel="stylesheet" crossorigin href="./assets/index-abc.css"></head><body><div id="root"></div></body></html>`;

const deck = (title: string): DeckLoadResult => ({
  ok: true,
  deck: { file: 'd.md', meta: { id: 'logement', title, thematique: 'Logement', order: 1, durationMinutes: 30 }, slides: [{ index: 0, line: 1, layout: 'titre', blocks: [], prompts: [], notes: [] }] } as never,
});

let dir: string;
let rendererDir: string;
let moduleFile: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ctg-app-page-'));
  rendererDir = path.join(dir, 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), INDEX);
  await writeFile(path.join(rendererDir, 'assets', 'atkinson-hyperlegible-latin-400-normal-x1.woff2'), '');
  await writeFile(path.join(rendererDir, 'assets', 'atkinson-hyperlegible-latin-400-italic-x2.woff2'), '');
  moduleFile = path.join(dir, 'first-slide.mjs');
  // Stands in for dist/ssr/first-slide.mjs (the real bundle is checked by tests/e2e/first-slide.test.ts).
  await writeFile(moduleFile, 'export function renderFirstSlide(deck) { return `<div id="first-slide">${deck.meta.title.length}</div>`; }');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const page = (load: (id: string) => Promise<DeckLoadResult>, firstSlideModule = moduleFile) => createAppPage({ rendererDir, loadDeck: load, firstSlideModule });

describe('the app page', () => {
  it('opened on a deck: the first slide, the deck as JSON, fonts preloaded, the entry started after the first frame', async () => {
    const title = 'Logement </script><script>alert(1)</script> & co';
    const html = await page(async () => deck(title))('/', '?deck=logement');
    expect(html).toContain(`<div id="first-slide">${title.length}</div><div id="root"></div>`);
    const json = /<script type="application\/json" id="first-slide-deck">(.*?)<\/script>/.exec(html)?.[1];
    expect(json).toBeDefined();
    expect(JSON.parse(json!)).toEqual(deck(title));
    // Every <script> is a file of the app or inert data: nothing the CSP would have to run inline.
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(2);
    for (const attrs of scripts) expect(attrs).toMatch(/\bsrc="\.\/|type="application\/json"/);
    expect(html).toContain('<script src="./start-after-paint.js" data-entry="./assets/index-abc.js" defer></script>');
    expect(html).not.toContain('type="module"');
    expect(html).toContain('<link rel="preload" href="./assets/atkinson-hyperlegible-latin-400-normal-x1.woff2" as="font" type="font/woff2" crossorigin>');
    expect(html).not.toContain('italic');
  });

  it('serves index.html as built for every other case', async () => {
    const ok = page(async () => deck('Logement'));
    expect(await ok('/', '')).toBe(INDEX);
    expect(await ok('/facilitator', '?deck=logement')).toBe(INDEX);
    expect(await ok('/print', '?deck=logement')).toBe(INDEX);
    expect(await ok('/', '?deck=logement&seance=0123456789abcdef')).toBe(INDEX);
    expect(await ok('/', '?deck=Pas%20un%20id')).toBe(INDEX);
    expect(await page(async () => ({ ok: false, file: 'x.md', errors: [] }))('/', '?deck=logement')).toBe(INDEX);
    expect(await page(async () => deck('Logement'), path.join(dir, 'absent.mjs'))('/', '?deck=logement')).toBe(INDEX);
  });

  it('names the player’s chunks from vite’s manifest, without the entry', () => {
    const manifest = {
      'index.html': { file: 'assets/index-1.js', isEntry: true },
      'presentation/PresentationRoute.tsx': { file: 'assets/PresentationRoute-2.js', imports: ['index.html', '_SlideSection-3.js', '_a-4.js'] },
      '_SlideSection-3.js': { file: 'assets/SlideSection-3.js', imports: ['_a-4.js'] },
      '_a-4.js': { file: 'assets/a-4.js' },
    };
    expect(chunkFiles(manifest, 'presentation/PresentationRoute.tsx')).toEqual(['assets/PresentationRoute-2.js', 'assets/SlideSection-3.js', 'assets/a-4.js']);
    expect(chunkFiles(manifest, 'absent.tsx')).toEqual([]);
  });

  it('writes JSON that cannot end its script block', () => {
    const out = jsonForScript({ a: '</script><!--' });
    expect(out).not.toMatch(/[<>&]/);
    expect(JSON.parse(out)).toEqual({ a: '</script><!--' });
  });
});
