// A photograph of every slide of every deck at 1920×1080, all its steps shown, under
// test-results/decks/<deck-id>/NN.png: what the room sees, to look at before a meeting.
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { RunningServer } from '../../host/server.js';
import { launchChromium, PROJECTOR_VIEWPORT, RESULTS_DIR, startTestServer } from './helpers/browser.js';
import { deckIds, openDeck, walkSlides } from './helpers/slide-walk.js';

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

describe('deck screenshots', () => {
  it('photographs each slide of each deck, fully revealed, one PNG per slide', async () => {
    const context = await browser.newContext({ viewport: PROJECTOR_VIEWPORT, deviceScaleFactor: 1, locale: 'fr-FR' });
    const page = await context.newPage();
    for (const deckId of decks) {
      const dir = path.join(RESULTS_DIR, 'decks', deckId);
      // Old photographs of a slide since removed must not linger.
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir, { recursive: true });
      await openDeck(page, server.url, deckId);
      const count = await walkSlides(page, async (index) => {
        // The mouse away from reveal's controls, which show on hover.
        await page.mouse.move(960, 10);
        await page.screenshot({ path: path.join(dir, `${String(index + 1).padStart(2, '0')}.png`) });
      });
      const files = (await readdir(dir)).filter((f) => f.endsWith('.png'));
      expect(files.length, deckId).toBe(count);
    }
    await context.close();
  });
});
