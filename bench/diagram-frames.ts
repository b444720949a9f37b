// Frame times while the largest diagram of the decks is revealed step by step: the app
// (browser host, ?deck=) beside a bare reveal.js page holding the same slides and the same
// diagram SVG. Each step is one key press (→); every requestAnimationFrame callback in the
// 700 ms after it is recorded, and the gaps between consecutive callbacks are the frame
// times. Numbers only: headless Chromium with software rendering, on a shared machine.
// Called by bench/run.ts; `tsx bench/diagram-frames.ts` runs it alone.
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { Deck } from '../core/deck/model.js';
import { loadAllDecks } from '../host/deck-store.js';
import { startServerProcess } from './server-process.js';
import { launchChromium, PROJECTOR_VIEWPORT, RENDERER_DIR, SLIDES_DIR } from '../tests/e2e/helpers/browser.js';
import { buildBareRevealPage } from './bare-reveal-page.js';
import type { BenchResult } from './types.js';

/** Each step's recording window: the fragment transition plus margin. */
const WINDOW_MS = 700;
/** The whole walk through the diagram is repeated, for enough frames. */
const ROUNDS = 3;
const FRAME_BUDGET_MS = 1000 / 60;

interface Largest {
  deck: Deck;
  slideIndex: number;
  where: string;
}

/** The diagram with the most data (as bench/diagram-layout.ts picks it). */
async function largestDiagram(): Promise<Largest> {
  let best: (Largest & { size: number }) | undefined;
  for (const result of await loadAllDecks(SLIDES_DIR)) {
    if (!result.ok) continue;
    for (const slide of result.deck.slides) {
      for (const block of slide.blocks) {
        if (block.type !== 'diagram' || block.error) continue;
        const size = JSON.stringify(block.data).length;
        if (!best || size > best.size) best = { deck: result.deck, slideIndex: slide.index, where: `${result.deck.file}:${block.line}`, size };
      }
    }
  }
  if (!best) throw new Error('aucun schéma dans les présentations');
  return best;
}

/** Records rAF timestamps while `window.__framesOn` is set. Runs before the page's scripts. */
const FRAME_PROBE = `(() => {
  window.__frames = [];
  const tick = (t) => { if (window.__framesOn) window.__frames.push(t); requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})();`;

type Win = Window & { __frames: number[]; __framesOn: boolean };

/** Frame gaps (ms) over every fragment step of the present slide, `rounds` times. */
async function stepThroughFragments(page: Page, restart: () => Promise<void>): Promise<{ gaps: number[]; steps: number }> {
  const gaps: number[] = [];
  let steps = 0;
  for (let round = 0; round < ROUNDS; round++) {
    await restart();
    steps = await page.evaluate(() => {
      const present = document.querySelector('.reveal .slides > section.present');
      const indices = new Set(Array.from(present?.querySelectorAll('.fragment') ?? []).map((f) => f.getAttribute('data-fragment-index')));
      return indices.size;
    });
    for (let step = 0; step < steps; step++) {
      await page.evaluate(() => {
        (window as unknown as Win).__frames = [];
        (window as unknown as Win).__framesOn = true;
      });
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(WINDOW_MS);
      const frames = await page.evaluate(() => {
        const w = window as unknown as Win;
        w.__framesOn = false;
        return w.__frames;
      });
      for (let i = 1; i < frames.length; i++) gaps.push(frames[i]! - frames[i - 1]!);
    }
    // The walk measured what it says: every step of the slide is now shown.
    const shown = await page.evaluate(() => {
      const present = document.querySelector('.reveal .slides > section.present');
      return new Set(Array.from(present?.querySelectorAll('.fragment.visible') ?? []).map((f) => f.getAttribute('data-fragment-index'))).size;
    });
    if (shown !== steps) throw new Error(`${shown} étapes affichées sur ${steps} : le banc n’a pas parcouru le schéma`);
  }
  return { gaps, steps };
}

async function settle(page: Page, ms = 900): Promise<void> {
  await page.waitForTimeout(ms);
}

async function appGaps(browser: Browser, url: string, target: Largest) {
  const context = await browser.newContext({ viewport: PROJECTOR_VIEWPORT, deviceScaleFactor: 1 });
  try {
    await context.addInitScript(FRAME_PROBE);
    const page = await context.newPage();
    await page.goto(`${url}?deck=${encodeURIComponent(target.deck.meta.id)}`);
    await page.waitForSelector('main.presentation[data-ready="true"] .reveal .slides > section.present', { state: 'visible', timeout: 30_000 });
    return await stepThroughFragments(page, async () => {
      // As a presenter does: the slide's number, then Enter (its steps start hidden).
      await page.keyboard.type(String(target.slideIndex + 1));
      await page.keyboard.press('Enter');
      await page.waitForSelector(`main.presentation[data-slide-index="${target.slideIndex}"]`);
      await settle(page);
    });
  } finally {
    await context.close();
  }
}

async function bareGaps(browser: Browser, url: string, target: Largest) {
  const context = await browser.newContext({ viewport: PROJECTOR_VIEWPORT, deviceScaleFactor: 1 });
  try {
    await context.addInitScript(FRAME_PROBE);
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady() === true);
    return await stepThroughFragments(page, async () => {
      await page.evaluate((h) => (window as unknown as { Reveal: { slide(h: number, v: number, f: number): void } }).Reveal.slide(h, 0, -1), target.slideIndex);
      await settle(page);
    });
  } finally {
    await context.close();
  }
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

export async function run(): Promise<BenchResult> {
  const target = await largestDiagram();
  const bare = await buildBareRevealPage(target.deck);
  const appServer = await startServerProcess({ slidesDir: SLIDES_DIR, rendererDir: RENDERER_DIR });
  const bareServer = await startServerProcess({ slidesDir: SLIDES_DIR, rendererDir: bare.dir });
  const browser = await launchChromium();
  try {
    const app = await appGaps(browser, appServer.url, target);
    const ref = await bareGaps(browser, bareServer.url, target);
    const over = (gaps: number[]) => gaps.filter((g) => g > FRAME_BUDGET_MS * 1.5).length;
    const nb = '\u00a0';
    return {
      title: `Images pendant les étapes du plus grand schéma (${target.where}, ${app.steps} étapes × ${ROUNDS}, ${WINDOW_MS}${nb}ms après chaque appui)`,
      referenceName: 'page reveal.js nue',
      rows: [
        { label: `médiane des images (objectif ≤${nb}16,7${nb}ms)`, unit: 'ms', app: quantile(app.gaps, 0.5), reference: quantile(ref.gaps, 0.5) },
        { label: '95e centile', unit: 'ms', app: quantile(app.gaps, 0.95), reference: quantile(ref.gaps, 0.95) },
        { label: 'pire image', unit: 'ms', app: Math.max(...app.gaps), reference: Math.max(...ref.gaps) },
      ],
      notes: [
        `app : ${app.gaps.length} images, dont ${over(app.gaps)} au-delà de 25${nb}ms ; référence : ${ref.gaps.length} images, dont ${over(ref.gaps)} au-delà de 25${nb}ms.`,
        `médiane de l’app : ${quantile(app.gaps, 0.5).toFixed(1).replace('.', ',')}${nb}ms pour un objectif de 16,7${nb}ms (${quantile(app.gaps, 0.5) <= FRAME_BUDGET_MS + 0.05 ? 'atteint' : 'non atteint'}).`,
        'Référence : les mêmes diapositives et le même SVG, sans React ni thème ; Chromium sans GPU (rendu logiciel).',
      ],
    };
  } finally {
    await browser.close();
    await appServer.close();
    await bareServer.close();
    await bare.remove();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await run(), null, 1));
}
