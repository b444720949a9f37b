// The library in real Chromium against the browser host: the real decks, a broken deck
// beside them, and no request to any other origin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { DeckSummary } from '../../core/deck/model.js';
import { listDecks } from '../../host/deck-store.js';
import type { RunningServer } from '../../host/server.js';
import { BROKEN_DECK, BROKEN_DECK_FILE, BROKEN_DECK_LINE } from './fixtures/test-decks.js';
import { copySlides, launchChromium, openProjectorPage, screenshotPath, SLIDES_DIR, startTestServer } from './helpers/browser.js';
import { press, shownState, waitForAnimations, waitForLibrary, waitForPresentation } from './helpers/presentation.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('library on the real slides folder', () => {
  let server: RunningServer;
  let decks: DeckSummary[];
  beforeAll(async () => {
    server = await startTestServer();
    decks = await listDecks(SLIDES_DIR);
  });
  afterAll(async () => server?.close());

  it('a browser without the key sees « Accès refusé »; through the printed address it enters, and the address loses the key', async () => {
    const { context, page } = await openProjectorPage(browser);
    await context.clearCookies(); // as a browser that never saw the entry address
    const refused = await page.goto(server.url);
    expect(refused?.status()).toBe(401);
    expect(await page.textContent('body')).toMatch(/^Accès refusé\u00a0: ouvrez l’application par l’adresse affichée au démarrage/);
    await page.goto(server.entryUrl);
    await waitForLibrary(page);
    expect(page.url()).toBe(server.url);
    const [cookie] = await context.cookies(server.url);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    await context.close();
  });

  it('lists every deck, presents each one, and asks nothing of any other origin', async () => {
    const { context, page, requests } = await openProjectorPage(browser);
    await page.goto(server.url);
    await waitForLibrary(page);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');

    const ok = decks.filter((d): d is Extract<DeckSummary, { ok: true }> => d.ok);
    expect(ok.length).toBeGreaterThan(0);
    const titles = await page.locator('button.deck-card .deck-card__title').allTextContents();
    expect(titles).toEqual(ok.map((d) => d.meta.title));
    // The focus mark is the keyboard user's, not the screenshot's.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await waitForAnimations(page); // the focus ring's fade
    await page.screenshot({ path: await screenshotPath('library') });

    for (const deck of ok) {
      await page.locator(`button.deck-card[data-deck-id="${deck.meta.id}"]`).click();
      await waitForPresentation(page);
      const state = await shownState(page);
      expect(state).toMatchObject({ slide: 0, reportedSlide: 0, slideCount: deck.slideCount, screen: 'slide' });
      await press(page, 'Escape');
      await waitForLibrary(page);
    }

    expect(requests.urls.length).toBeGreaterThan(3);
    expect(requests.foreign(new URL(server.url).origin)).toEqual([]);
    await context.close();
  });

  it('shows the slides at projector size (screenshots of a title slide, a content slide and a workshop slide)', async () => {
    const { context, page } = await openProjectorPage(browser);
    await page.goto(server.url);
    await waitForLibrary(page);
    const deck = decks.find((d) => d.ok && d.meta.id === 'petite-enfance') ?? decks.find((d) => d.ok);
    if (!deck?.ok) throw new Error('no deck to present');
    await page.locator(`button.deck-card[data-deck-id="${deck.meta.id}"]`).click();
    await waitForPresentation(page);
    await page.evaluate(() => document.fonts.ready);
    await waitForAnimations(page); // let the fade finish: the screenshot is for a human eye
    await page.screenshot({ path: await screenshotPath('slide-title') });

    const loaded = await (await import('../../host/deck-store.js')).loadDeck(SLIDES_DIR, deck.meta.id);
    if (!loaded.ok) throw new Error('deck does not load');
    const contentIndex = loaded.deck.slides.findIndex((s) => s.layout === 'normal' && s.blocks.some((b) => b.type === 'paragraph'));
    const workshopIndex = loaded.deck.slides.findIndex((s) => s.prompts.length > 0);
    for (const [name, index] of [['slide-content', contentIndex], ['slide-workshop', workshopIndex]] as const) {
      if (index < 0) continue;
      await page.keyboard.type(String(index + 1));
      await press(page, 'Enter');
      expect((await shownState(page)).slide).toBe(index);
      // Show every step of the slide, as the room sees it at its end.
      while ((await page.locator('.reveal .slides > section.present .fragment:not(.visible)').count()) > 0) await press(page, 'ArrowRight');
      await waitForAnimations(page);
      await page.screenshot({ path: await screenshotPath(name) });
      // Speaker notes are in the page but never visible.
      const notes = page.locator('.reveal .slides > section.present aside.notes');
      if ((await notes.count()) > 0) expect(await notes.isVisible()).toBe(false);
    }
    await context.close();
  });
  it('opens a deck straight from ?deck=<id>, and Esc leads to the library', async () => {
    const deck = decks.find((d) => d.ok);
    if (!deck?.ok) throw new Error('no deck');
    const { context, page } = await openProjectorPage(browser);
    await page.goto(`${server.url}?deck=${deck.meta.id}`);
    await waitForPresentation(page);
    expect(await page.getAttribute('main.presentation', 'data-deck-id')).toBe(deck.meta.id);
    await press(page, 'Escape');
    await waitForLibrary(page);
    expect(new URL(page.url()).search).toBe('');
    await context.close();
  });
});

describe('library with a broken deck', () => {
  let server: RunningServer;
  let slides: Awaited<ReturnType<typeof copySlides>>;
  beforeAll(async () => {
    slides = await copySlides({ [BROKEN_DECK_FILE]: BROKEN_DECK });
    server = await startTestServer({ slidesDir: slides.dir });
  });
  afterAll(async () => {
    await server?.close();
    await slides?.remove();
  });

  it('shows the error card with file, line and message, and the other decks still open', async () => {
    const { context, page, requests } = await openProjectorPage(browser);
    await page.goto(server.url);
    await waitForLibrary(page);

    const card = page.locator(`.deck-error[data-file="${BROKEN_DECK_FILE}"]`);
    await expect.poll(() => card.isVisible()).toBe(true);
    const text = (await card.textContent()) ?? '';
    expect(text).toContain(BROKEN_DECK_FILE);
    expect(text).toContain(`ligne ${BROKEN_DECK_LINE}\u00a0:`);
    expect(text).toMatch(/duree/);
    expect(await card.locator('button, a').count()).toBe(0);
    // Visibly distinct from a deck card.
    const [errorBorder, cardBorder] = await page.evaluate((file) => {
      const style = (el: Element | null) => (el ? getComputedStyle(el).borderTopStyle + ' ' + getComputedStyle(el).backgroundColor : '');
      return [style(document.querySelector(`.deck-error[data-file="${file}"]`)), style(document.querySelector('button.deck-card'))];
    }, BROKEN_DECK_FILE);
    expect(errorBorder).not.toBe(cardBorder);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.mouse.move(0, 0);
    await card.scrollIntoViewIfNeeded();
    await waitForAnimations(page); // the focus ring's fade
    await page.screenshot({ path: await screenshotPath('library-with-error') });

    const ids = await page.locator('button.deck-card').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.deckId!));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      await page.locator(`button.deck-card[data-deck-id="${id}"]`).click();
      await waitForPresentation(page);
      expect((await shownState(page)).slide).toBe(0);
      await press(page, 'Escape');
      await waitForLibrary(page);
    }
    expect(requests.foreign(new URL(server.url).origin)).toEqual([]);
    await context.close();
  });
});
