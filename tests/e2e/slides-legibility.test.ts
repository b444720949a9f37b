// Every slide of every deck, all its steps shown, in real Chromium at 1920×1080 and 1280×720:
// nothing overflows the slide, and no text the room reads is smaller than 24 px on a 1920×1080
// screen (16 px at 1280×720), after reveal.js's scaling, diagram text included (its layout floor,
// core/diagram/layout-common.ts MIN_FONT, is 24 px too; tests/e2e/diagrams.test.ts checks it per diagram).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { RunningServer } from '../../host/server.js';
import { launchChromium, startTestServer } from './helpers/browser.js';
import { deckIds, measurePresentSlide, openDeck, walkSlides } from './helpers/slide-walk.js';

let browser: Browser;
let server: RunningServer;
let decks: string[];

beforeAll(async () => {
  browser = await launchChromium();
  server = await startTestServer();
  decks = await deckIds();
});
afterAll(async () => {
  await server?.close();
  await browser?.close();
});

describe('the measurement itself', () => {
  it('catches text that runs off the slide, a box whose content spills, and text too small', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1, locale: 'fr-FR' });
    const page = await context.newPage();
    await openDeck(page, server.url, decks[0]!);
    const clean = await measurePresentSlide(page);
    expect(clean.problems).toEqual([]);
    await page.evaluate(() => {
      const frame = document.querySelector('.reveal .slides > section.present .slide-frame')!;
      const long = document.createElement('p');
      long.textContent = 'Un paragraphe beaucoup trop long pour la diapositive. '.repeat(60);
      const small = document.createElement('p');
      small.style.fontSize = '21px';
      small.textContent = 'petite note';
      frame.append(small, long);
    });
    const spoiled = await measurePresentSlide(page);
    expect(spoiled.problems.some((p) => p.includes('sort de la diapositive'))).toBe(true);
    expect(spoiled.problems.some((p) => p.includes('déborde de sa boîte'))).toBe(true);
    // 21 px on reveal's 1920-wide slide is 14 px in a 1280×720 window: under the 16 px there.
    expect(spoiled.minFontPx).toBeCloseTo(14, 0);
    expect(spoiled.minFontPx).toBeLessThan(16);
    expect(spoiled.minFontText).toBe('petite note');
    await context.close();
  });
});

for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  describe(`every slide at ${viewport.width}×${viewport.height}`, () => {
    it('fits its slide and shows no audience text under 24 px of a 1920×1080 screen', async () => {
      expect(decks.length).toBeGreaterThanOrEqual(10);
      const minimum = (24 * viewport.width) / 1920;
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'fr-FR' });
      const page = await context.newPage();
      const failures: string[] = [];
      let measured = 0;
      for (const deckId of decks) {
        await openDeck(page, server.url, deckId);
        await walkSlides(page, async (index) => {
          const m = await measurePresentSlide(page);
          measured++;
          const where = `${deckId}, diapositive ${index + 1}`;
          for (const problem of m.problems) failures.push(`${where}\u00a0: ${problem}`);
          if (m.minFontPx < minimum - 0.01) {
            failures.push(`${where}\u00a0: texte de ${m.minFontPx.toFixed(1)} px (< ${minimum} px)\u00a0: «\u00a0${m.minFontText}\u00a0»`);
          }
        });
      }
      await context.close();
      expect(measured).toBeGreaterThan(decks.length * 3);
      expect(failures).toEqual([]);
    });
  });
}
