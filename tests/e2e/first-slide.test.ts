// Opened on a deck, the page shows its first slide before any script runs: the host renders
// it (host/first-slide, React's server renderer). With scripts blocked, the room already sees
// the slide; with scripts, reveal.js takes over the same slide without a visible change and
// the host's copy is gone. Screenshots: test-results/first-slide-*.png.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../host/server.js';
import { launchChromium, PROJECTOR_VIEWPORT, screenshotPath, startTestServer } from './helpers/browser.js';

let browser: Browser;
let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const VIEWPORTS = [PROJECTOR_VIEWPORT, { width: 1366, height: 768 }] as const;

describe('the first slide, drawn by the host', () => {
  for (const viewport of VIEWPORTS) {
    it(`is on screen without any script, and reveal.js takes it over pixel for pixel (${viewport.width}×${viewport.height})`, async () => {
      const url = new URL('/?deck=petite-enfance', server.url).href;
      const bare = await browser.newContext({ viewport, deviceScaleFactor: 1, javaScriptEnabled: false });
      let before: Buffer;
      try {
        const page = await bare.newPage();
        await page.goto(url);
        const slide = page.locator('#first-slide .reveal .slides section.present');
        await expect.poll(() => slide.isVisible()).toBe(true);
        expect(await slide.locator('h1').innerText()).toBe('Thématique petite enfance');
        expect(await page.locator('#first-slide .slide-number').innerText()).toMatch(/^1\s*\/\s*17$/);
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        before = await page.screenshot({ path: await screenshotPath(`first-slide-${viewport.width}-sans-script`) });
      } finally {
        await bare.close();
      }

      const live = await browser.newContext({ viewport, deviceScaleFactor: 1 });
      try {
        const page = await live.newPage();
        await page.goto(url);
        await page.locator('main.presentation[data-ready="true"]').waitFor();
        expect(await page.locator('#first-slide').count()).toBe(0);
        expect(await page.locator('#first-slide-deck').count()).toBe(0);
        expect(await page.locator('.reveal').count()).toBe(1);
        // The controls have faded in, as they had on the host's copy.
        await page.waitForTimeout(800);
        const after = await page.screenshot({ path: await screenshotPath(`first-slide-${viewport.width}-revealjs`) });
        expect(after.equals(before), 'the slide reveal.js shows differs from the host’s copy').toBe(true);
        // The deck works: the next key moves on.
        await page.keyboard.press('ArrowRight');
        await page.locator('main.presentation[data-slide-index="1"]').waitFor();
      } finally {
        await live.close();
      }
    });
  }
});
