// Every presentation key, in real Chromium against the browser host, on a test deck of
// twelve slides (the second with a three-step list) added to a copy of slides/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningServer } from '../../host/server.js';
import { KEYS_DECK, KEYS_DECK_FILE, KEYS_DECK_ID, KEYS_DECK_SLIDES } from './fixtures/test-decks.js';
import { copySlides, launchChromium, openProjectorPage, startTestServer, type RequestLog } from './helpers/browser.js';
import { press, settle, shownState, waitForLibrary, waitForPresentation } from './helpers/presentation.js';

let browser: Browser;
let server: RunningServer;
let slides: Awaited<ReturnType<typeof copySlides>>;
let context: BrowserContext;
let page: Page;
let requests: RequestLog;

const card = () => page.locator(`button.deck-card[data-deck-id="${KEYS_DECK_ID}"]`);

/** Goes to a slide (1-based) the way a presenter does: its number, then Enter. */
async function goTo(n: number): Promise<void> {
  await page.keyboard.type(String(n));
  await press(page, 'Enter');
  expect((await shownState(page)).slide).toBe(n - 1);
}

async function colourOnTop(): Promise<string> {
  return page.evaluate(() => {
    const el = document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2);
    return el ? getComputedStyle(el).backgroundColor : '';
  });
}

beforeAll(async () => {
  slides = await copySlides({ [KEYS_DECK_FILE]: KEYS_DECK });
  server = await startTestServer({ slidesDir: slides.dir });
  browser = await launchChromium();
  ({ context, page, requests } = await openProjectorPage(browser));
  await page.goto(server.url);
  await waitForLibrary(page);
  await card().click();
  await waitForPresentation(page);
  // A reload would lose this: F5 must never reload the page.
  await page.evaluate(() => ((window as unknown as { __notReloaded: boolean }).__notReloaded = true));
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  await slides?.remove();
});

describe('presentation keys', () => {
  it('opens the deck on its first slide, all slides in reveal.js', async () => {
    expect(await shownState(page)).toMatchObject({ slide: 0, reportedSlide: 0, slideCount: KEYS_DECK_SLIDES, screen: 'slide' });
  });

  it.each(['ArrowRight', 'ArrowDown', 'Space', 'PageDown', 'Enter', 'n', 'Shift+N'])('%s goes to the next slide', async (key) => {
    await goTo(5);
    await press(page, key);
    expect(await shownState(page)).toMatchObject({ slide: 5, reportedSlide: 5 });
  });

  it.each(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'Shift+P'])('%s goes to the previous slide', async (key) => {
    await goTo(5);
    await press(page, key);
    expect(await shownState(page)).toMatchObject({ slide: 3, reportedSlide: 3 });
  });

  it('next shows a stepwise list one item at a time, then moves on; previous comes back to the full list', async () => {
    await goTo(2);
    expect((await shownState(page)).visibleFragments).toBe(0);
    for (const visible of [1, 2, 3]) {
      await press(page, 'ArrowRight');
      expect(await shownState(page)).toMatchObject({ slide: 1, visibleFragments: visible });
    }
    await press(page, 'ArrowRight');
    expect((await shownState(page)).slide).toBe(2);
    await press(page, 'ArrowLeft');
    expect(await shownState(page)).toMatchObject({ slide: 1, visibleFragments: 3 });
  });

  it('Home and End go to the first and last slides', async () => {
    await goTo(6);
    await press(page, 'End');
    expect((await shownState(page)).slide).toBe(KEYS_DECK_SLIDES - 1);
    await press(page, 'Home');
    expect((await shownState(page)).slide).toBe(0);
  });

  it('reveal.js’s own arrows move the slide too, and the keys go on from there', async () => {
    await goTo(3);
    await page.locator('.reveal .controls .navigate-right').click();
    await settle(page);
    expect(await shownState(page)).toMatchObject({ slide: 3, reportedSlide: 3 });
    await press(page, 'ArrowRight');
    expect(await shownState(page)).toMatchObject({ slide: 4, reportedSlide: 4 });
    await page.locator('.reveal .controls .navigate-left').click();
    await settle(page);
    await press(page, 'ArrowLeft');
    expect(await shownState(page)).toMatchObject({ slide: 2, reportedSlide: 2 });
  });

  it('a number then Enter goes to that slide, with a hint while typing; beyond the end goes to the last', async () => {
    await page.keyboard.type('12');
    await settle(page);
    expect(await page.locator('.goto-hint').textContent()).toContain('12');
    await press(page, 'Enter');
    expect((await shownState(page)).slide).toBe(11);
    expect(await page.locator('.goto-hint').count()).toBe(0);
    await page.keyboard.type('3');
    await press(page, 'Enter');
    expect((await shownState(page)).slide).toBe(2);
    await page.keyboard.type('99');
    await press(page, 'Enter');
    expect((await shownState(page)).slide).toBe(KEYS_DECK_SLIDES - 1);
  });

  it.each([
    ['b', 'rgb(0, 0, 0)', 'black'],
    ['.', 'rgb(0, 0, 0)', 'black'],
    ['w', 'rgb(255, 255, 255)', 'white'],
    [',', 'rgb(255, 255, 255)', 'white'],
  ] as const)('%s covers the screen in %s; any key brings the slide back without moving', async (key, colour, screen) => {
    await goTo(4);
    const before = await colourOnTop();
    await press(page, key);
    expect((await shownState(page)).screen).toBe(screen);
    expect(await colourOnTop()).toBe(colour);
    await press(page, 'ArrowRight');
    expect(await shownState(page)).toMatchObject({ screen: 'slide', slide: 3 });
    expect(await colourOnTop()).toBe(before);
  });

  it('a click also brings the slide back from a white screen', async () => {
    await press(page, 'w');
    expect((await shownState(page)).screen).toBe('white');
    await page.mouse.click(960, 540);
    await settle(page);
    expect((await shownState(page)).screen).toBe('slide');
  });

  it('F5 restarts from the first slide and Shift+F5 stays on the current one, neither reloading the page', async () => {
    await goTo(7);
    await press(page, 'Shift+F5');
    expect((await shownState(page)).slide).toBe(6);
    await press(page, 'F5');
    expect((await shownState(page)).slide).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(true);
  });

  it('F toggles full screen, and Esc leaves full screen before the presentation', async () => {
    await goTo(3);
    await press(page, 'f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await press(page, 'Escape');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
    expect((await shownState(page)).slide).toBe(2);
    await press(page, 'f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await press(page, 'f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
  });

  it('ignores the keys while typing in a field', async () => {
    await goTo(5);
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'test-field';
      input.style.cssText = 'position:fixed;top:0;left:0;z-index:2000';
      document.body.append(input);
      input.focus();
    });
    try {
      for (const key of ['n', 'ArrowRight', 'Space', 'b', '3', 'Enter', 'End', 'Escape']) await press(page, key);
      expect(await shownState(page)).toMatchObject({ slide: 4, screen: 'slide' });
      expect(await page.inputValue('#test-field')).toBe('n b3');
    } finally {
      await page.evaluate(() => document.getElementById('test-field')?.remove());
    }
  });

  it('Esc leaves a black screen first, then returns to the library; Shift+F5 there resumes, F5 restarts', async () => {
    await goTo(8);
    await press(page, 'b');
    await press(page, 'Escape');
    expect(await shownState(page)).toMatchObject({ screen: 'slide', slide: 7 });
    await press(page, 'Escape');
    await waitForLibrary(page);
    // The card just left has the focus and says where the deck was left.
    // (once the library's list has arrived from the host)
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.deckId)).toBe(KEYS_DECK_ID);
    expect(await card().textContent()).toContain('diapositive 8');

    await press(page, 'Shift+F5');
    await waitForPresentation(page);
    expect((await shownState(page)).slide).toBe(7);
    await press(page, 'Escape');
    await waitForLibrary(page);
    await press(page, 'F5');
    await waitForPresentation(page);
    expect((await shownState(page)).slide).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(true);
  });

  it('asked nothing of any origin but the app', () => {
    expect(requests.foreign(new URL(server.url).origin)).toEqual([]);
  });
});
