// The glossary key in real Chromium: D over a slide shows its sigles with their full form and
// explanation from slides/glossaire.yaml, D again or Esc hides them, another key moves on; the
// overlay stays legible and inside the screen with the most sigles any slide has.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Slide } from '../../core/deck/model.js';
import { slideAudienceText } from '../../core/deck/plain-text.js';
import type { Glossary } from '../../core/glossary/model.js';
import { parseGlossary } from '../../core/glossary/parse-glossary.js';
import { listDecks, loadDeck } from '../../host/deck-store.js';
import type { RunningServer } from '../../host/server.js';
import { siglesOnSlide } from '../../renderer/glossary/slide-sigles.js';
import { launchChromium, screenshotPath, SLIDES_DIR, startTestServer } from './helpers/browser.js';
import { press, shownState } from './helpers/presentation.js';
import { openDeck } from './helpers/slide-walk.js';

interface Found {
  deckId: string;
  index: number;
  slide: Slide;
}

let browser: Browser;
let server: RunningServer;
let glossary: Glossary;
let slides: Found[];
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  const parsed = parseGlossary(await readFile(path.join(SLIDES_DIR, 'glossaire.yaml'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  glossary = parsed.glossary;
  slides = [];
  for (const summary of await listDecks(SLIDES_DIR)) {
    if (!summary.ok) continue;
    const loaded = await loadDeck(SLIDES_DIR, summary.meta.id);
    if (loaded.ok) for (const slide of loaded.deck.slides) slides.push({ deckId: summary.meta.id, index: slide.index, slide });
  }
  browser = await launchChromium();
  server = await startTestServer();
  context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1, locale: 'fr-FR' });
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

async function goTo(found: Found): Promise<void> {
  await openDeck(page, server.url, found.deckId);
  if (found.index > 0) {
    await page.keyboard.type(String(found.index + 1));
    await press(page, 'Enter');
  }
  expect((await shownState(page)).slide).toBe(found.index);
}

interface Overlay {
  open: string;
  sigles: string[];
  formes: string[];
  explications: string[];
  message: string;
  problems: string[];
  minFontPx: number;
}

function readOverlay(): Promise<Overlay> {
  return page.evaluate(() => {
    const root = document.querySelector<HTMLElement>('main.presentation');
    const overlay = document.querySelector<HTMLElement>('[data-testid="glossary-overlay"]');
    const texts = (selector: string) => [...(overlay?.querySelectorAll(selector) ?? [])].map((el) => el.textContent ?? '');
    const problems: string[] = [];
    let minFontPx = Infinity;
    if (overlay) {
      for (const el of overlay.querySelectorAll<HTMLElement>('*')) {
        const r = el.getBoundingClientRect();
        if (r.left < -1 || r.top < -1 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1) problems.push(`${el.className} sort de l’écran`);
        if (el.clientHeight > 0 && el.scrollHeight > el.clientHeight + 1) problems.push(`${el.className} déborde`);
        // Only elements that hold text themselves (their containers' size is never seen).
        const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
        if (ownText) minFontPx = Math.min(minFontPx, Number.parseFloat(getComputedStyle(el).fontSize));
      }
    }
    return {
      open: root?.dataset.glossary ?? '',
      sigles: texts('.glossary-overlay__sigle'),
      formes: texts('.glossary-overlay__forme'),
      explications: texts('.glossary-overlay__explication'),
      message: texts('.glossary-overlay__message').join(' '),
      problems,
      minFontPx,
    };
  });
}

const visible = async () => (await page.locator('[data-testid="glossary-overlay"]').count()) > 0;
const nbsp = (text: string) => text.replace(/ ([;:!?»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');

describe('glossary key', () => {
  it('D on a slide naming the CAF shows each of its sigles with the glossary’s full form and explanation', async () => {
    const found = slides.find((s) => slideAudienceText(s.slide).some((t) => /\bCAF\b/.test(t) && /\bCCD\b/.test(t)));
    expect(found, 'une diapositive qui nomme la CAF et la CCD').toBeDefined();
    await goTo(found!);
    expect(await visible()).toBe(false);
    await press(page, 'd');
    const overlay = await readOverlay();
    expect(overlay.open).toBe('open');
    const expected = siglesOnSlide(found!.slide, glossary);
    expect(overlay.sigles).toEqual(expected.map((e) => e.sigle));
    expect(overlay.sigles).toEqual(expect.arrayContaining(['CAF', 'CCD']));
    const caf = glossary.entries.find((e) => e.sigle === 'CAF')!;
    expect(overlay.formes[overlay.sigles.indexOf('CAF')]).toBe(nbsp(caf.forme));
    expect(overlay.explications[overlay.sigles.indexOf('CAF')]).toBe(nbsp(caf.explication));
    expect(overlay.formes).toEqual(expected.map((e) => nbsp(e.forme)));
    expect(overlay.problems).toEqual([]);
    expect(overlay.minFontPx).toBeGreaterThanOrEqual(24);
    await page.screenshot({ path: await screenshotPath('glossary-overlay') });

    await press(page, 'D');
    expect(await visible()).toBe(false);
    expect((await shownState(page)).slide).toBe(found!.index);
  });

  it('Esc hides the overlay without leaving the presentation; a slide key closes it and moves on', async () => {
    const found = slides.find((s) => slideAudienceText(s.slide).some((t) => /\bPMI\b/.test(t)));
    expect(found, 'une diapositive qui nomme la PMI').toBeDefined();
    await goTo(found!);
    await press(page, 'd');
    expect((await readOverlay()).sigles).toContain('PMI');
    await press(page, 'Escape');
    expect(await visible()).toBe(false);
    expect(await page.locator('main.presentation').count()).toBe(1);
    expect((await shownState(page)).slide).toBe(found!.index);

    await press(page, 'd');
    expect(await visible()).toBe(true);
    await press(page, 'ArrowRight');
    expect(await visible()).toBe(false);
    const after = await shownState(page);
    expect(after.slide * 100 + after.visibleFragments).toBeGreaterThan(found!.index * 100);
  });

  it('says in French that a slide has no sigle', async () => {
    const found = slides.find((s) => s.slide.layout !== 'titre' && siglesOnSlide(s.slide, glossary).length === 0);
    expect(found).toBeDefined();
    await goTo(found!);
    await press(page, 'd');
    const overlay = await readOverlay();
    expect(overlay.sigles).toEqual([]);
    expect(overlay.message).toBe('Aucun sigle sur cette diapositive.');
    await press(page, 'd');
  });

  it.each([
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
  ])('fits the screen at $width×$height on the slide with the most sigles', async (viewport) => {
    const most = [...slides].sort((a, b) => siglesOnSlide(b.slide, glossary).length - siglesOnSlide(a.slide, glossary).length)[0]!;
    const count = siglesOnSlide(most.slide, glossary).length;
    expect(count).toBeGreaterThanOrEqual(3);
    await page.setViewportSize(viewport);
    await goTo(most);
    await press(page, 'd');
    const overlay = await readOverlay();
    expect(overlay.sigles).toHaveLength(count);
    expect(overlay.problems).toEqual([]);
    expect(overlay.minFontPx).toBeGreaterThanOrEqual((24 * viewport.width) / 1920 - 0.01);
    await page.screenshot({ path: await screenshotPath(`glossary-overlay-most-${viewport.width}x${viewport.height}`) });
    await press(page, 'd');
  });
});
