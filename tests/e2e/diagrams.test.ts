// Every diagram of the decks in real Chromium, at 1920×1080 and 1280×720: measured in the DOM
// (getBBox through the screen transform) for overlaps, overflow and text size, stepped through
// fragment by fragment, and photographed under test-results/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { listDecks, loadDeck } from '../../host/deck-store.js';
import type { RunningServer } from '../../host/server.js';
import { launchChromium, screenshotPath, SLIDES_DIR, startTestServer } from './helpers/browser.js';
import { press, waitForAnimations, waitForLibrary, waitForPresentation } from './helpers/presentation.js';

interface DiagramSlide {
  deckId: string;
  file: string;
  index: number;
  kind: string;
}

async function diagramSlides(): Promise<DiagramSlide[]> {
  const out: DiagramSlide[] = [];
  for (const summary of await listDecks(SLIDES_DIR)) {
    if (!summary.ok) continue;
    const loaded = await loadDeck(SLIDES_DIR, summary.meta.id);
    if (!loaded.ok) continue;
    for (const slide of loaded.deck.slides) {
      const block = slide.blocks.find((b) => b.type === 'diagram');
      if (block?.type === 'diagram') out.push({ deckId: summary.meta.id, file: summary.file, index: slide.index, kind: block.kind });
    }
  }
  return out;
}

interface Measured {
  problems: string[];
  minFontPx: number;
  fragments: number;
}

/** Measures the diagram of the present slide in screen pixels. */
function measure(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    type R = { x: number; y: number; w: number; h: number };
    const svg = document.querySelector<SVGSVGElement>('.reveal .slides > section.present .diagram svg');
    if (!svg) return { problems: ['pas de schéma sur la diapositive'], minFontPx: 0, fragments: 0 };
    const toScreen = (el: SVGGraphicsElement): R => {
      const b = el.getBBox();
      const m = el.getScreenCTM();
      if (!m) return { x: 0, y: 0, w: 0, h: 0 };
      const p1 = new DOMPoint(b.x, b.y).matrixTransform(m);
      const p2 = new DOMPoint(b.x + b.width, b.y + b.height).matrixTransform(m);
      return { x: Math.min(p1.x, p2.x), y: Math.min(p1.y, p2.y), w: Math.abs(p2.x - p1.x), h: Math.abs(p2.y - p1.y) };
    };
    const overlap = (a: R, b: R, tol = 1) => a.x < b.x + b.w - tol && b.x < a.x + a.w - tol && a.y < b.y + b.h - tol && b.y < a.y + a.h - tol;
    const inside = (a: R, b: R, tol = 1.5) => a.x >= b.x - tol && a.y >= b.y - tol && a.x + a.w <= b.x + b.w + tol && a.y + a.h <= b.y + b.h + tol;
    const problems: string[] = [];
    const svgRect = svg.getBoundingClientRect();
    const frame = { x: svgRect.x, y: svgRect.y, w: svgRect.width, h: svgRect.height };
    const view = { x: 0, y: 0, w: window.innerWidth, h: window.innerHeight };
    let minFontPx = Infinity;
    const shapes: { id: string; r: R; circle: boolean }[] = [];
    const texts: { id: string; r: R; text: string }[] = [];
    for (const g of svg.querySelectorAll<SVGGElement>('g[data-box]')) {
      const id = g.dataset.box ?? '';
      const shape = g.querySelector<SVGGraphicsElement>(':scope > rect, :scope > circle:not([r="5"])');
      if (shape) shapes.push({ id, r: toScreen(shape), circle: shape.tagName === 'circle' });
      for (const t of g.querySelectorAll<SVGTextElement>('text')) {
        const m = t.getScreenCTM();
        const px = Number(t.getAttribute('font-size')) * (m ? Math.hypot(m.a, m.b) : 0);
        minFontPx = Math.min(minFontPx, px);
        for (const span of t.querySelectorAll<SVGTSpanElement>('tspan')) {
          // A tspan's extent from its characters (getBBox is per <text>).
          const n = span.getNumberOfChars();
          if (n === 0) continue;
          const first = span.getExtentOfChar(0);
          const last = span.getExtentOfChar(n - 1);
          const tm = t.getScreenCTM();
          if (!tm) continue;
          const p1 = new DOMPoint(first.x, Math.min(first.y, last.y)).matrixTransform(tm);
          const p2 = new DOMPoint(last.x + last.width, Math.max(first.y + first.height, last.y + last.height)).matrixTransform(tm);
          texts.push({ id, r: { x: p1.x, y: p1.y, w: p2.x - p1.x, h: p2.y - p1.y }, text: span.textContent ?? '' });
        }
      }
    }
    for (const s of shapes) {
      if (!inside(s.r, frame)) problems.push(`${s.id} sort du schéma`);
      if (!inside(s.r, view)) problems.push(`${s.id} sort de l’écran`);
    }
    for (let i = 0; i < shapes.length; i++) {
      for (let j = i + 1; j < shapes.length; j++) {
        const a = shapes[i]!;
        const b = shapes[j]!;
        if (a.circle || b.circle) {
          // Circles: compare centre distances against radii (bounding squares overlap more).
          const ca = { x: a.r.x + a.r.w / 2, y: a.r.y + a.r.h / 2 };
          const cb = { x: b.r.x + b.r.w / 2, y: b.r.y + b.r.h / 2 };
          if (a.circle && b.circle && Math.hypot(ca.x - cb.x, ca.y - cb.y) < a.r.w / 2 + b.r.w / 2 - 1) problems.push(`${a.id} chevauche ${b.id}`);
          continue;
        }
        if (overlap(a.r, b.r)) problems.push(`${a.id} chevauche ${b.id}`);
      }
    }
    for (const t of texts) {
      const own = shapes.find((s) => s.id === t.id);
      if (own && !own.circle && !inside(t.r, own.r, 2)) problems.push(`«\u00a0${t.text}\u00a0» déborde de ${t.id}`);
      if (!inside(t.r, view)) problems.push(`«\u00a0${t.text}\u00a0» sort de l’écran`);
      for (const u of texts) if (u !== t && u.id !== t.id && overlap(t.r, u.r, 2)) problems.push(`«\u00a0${t.text}\u00a0» chevauche «\u00a0${u.text}\u00a0»`);
    }
    return { problems, minFontPx, fragments: svg.querySelectorAll('g.fragment').length };
  });
}

/** data-fragment-index of the diagram's visible fragments. */
function visibleSteps(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.reveal .slides > section.present .diagram g.fragment.visible')].map((g) => Number(g.getAttribute('data-fragment-index'))).sort((a, b) => a - b),
  );
}

let browser: Browser;
let server: RunningServer;
let slides: DiagramSlide[];
beforeAll(async () => {
  browser = await launchChromium();
  server = await startTestServer();
  slides = await diagramSlides();
});
afterAll(async () => {
  await server?.close();
  await browser?.close();
});

for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  describe(`diagrams at ${viewport.width}×${viewport.height}`, () => {
    it('every diagram steps through its fragments in order and ends legible, without overlap or overflow', async () => {
      expect(slides.length).toBeGreaterThanOrEqual(4);
      expect(new Set(slides.map((s) => s.kind))).toEqual(new Set(['couches', 'carte', 'conclusion', 'territoire']));
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'fr-FR' });
      const page = await context.newPage();
      const scale = viewport.width / 1920;
      await page.goto(server.url);
      for (const s of slides) {
        await waitForLibrary(page);
        await page.locator(`button.deck-card[data-deck-id="${s.deckId}"]`).click();
        await waitForPresentation(page);
        await page.evaluate(() => document.fonts.ready);
        await page.keyboard.type(String(s.index + 1));
        await press(page, 'Enter');
        await page.waitForSelector('.reveal .slides > section.present .diagram svg');
        const before = await measure(page);
        expect(await visibleSteps(page), `${s.file}: rien n’est révélé au départ`).toEqual([]);
        for (let k = 1; k <= before.fragments; k++) {
          await press(page, 'ArrowRight');
          expect(await visibleSteps(page), `${s.file}, étape ${k}`).toEqual(Array.from({ length: k }, (_, i) => i));
        }
        await waitForAnimations(page); // fragment fade, for the screenshot
        const end = await measure(page);
        expect(end.problems, `${s.file} (${s.kind})`).toEqual([]);
        // ≥ 24 px on a 1920×1080 screen, and the same proportion on a smaller one.
        expect(end.minFontPx, `${s.file}: plus petit texte`).toBeGreaterThanOrEqual(24 * scale - 0.01);
        await page.screenshot({ path: await screenshotPath(`diagram-${s.deckId}-${s.index + 1}-${viewport.width}x${viewport.height}`) });
        await press(page, 'Escape');
      }
      await context.close();
    });
  });
}
