// Facilitator mode in real Chromium: the facilitator page (laptop) and the audience page
// (projector) on one browser host, synchronised only through the host's presentation hub.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGlossary } from '../../core/glossary/parse-glossary.js';
import { countdownRemainingMs, deckElapsedMs } from '../../core/presentation/timers.js';
import { loadDeck } from '../../host/deck-store.js';
import { siglesOnSlide } from '../../renderer/glossary/slide-sigles.js';
import { screenshotPath, SLIDES_DIR } from './helpers/browser.js';
import { pageUrl } from './helpers/facilitator.js';
import { openDeck } from './helpers/heap.js';
import {
  audienceShown,
  openFacilitatorRig,
  waitForAudience,
  waitForAudienceStep,
  waitForFacilitator,
  waitForFacilitatorStep,
  type FacilitatorRig,
} from './helpers/facilitator.js';

const DECK = 'jeunesse';
let rig: FacilitatorRig;

const hubState = () => rig.server.hub.state;
const shape = () => hubState().deck!.shape;
/** The first slide with stepwise fragments, and the first with a workshop prompt. */
const fragmentSlide = () => shape().slides.findIndex((s) => s.fragments >= 2);
const promptSlide = () => shape().slides.findIndex((s) => s.promptMinutes.length > 0);

async function goFromFacilitator(slide: number): Promise<void> {
  await rig.facilitator.keyboard.type(String(slide + 1));
  await rig.facilitator.keyboard.press('Enter');
  await waitForFacilitatorStep(rig.facilitator, slide, 0);
  await waitForAudienceStep(rig.audience, slide, 0);
}

beforeAll(async () => {
  rig = await openFacilitatorRig(DECK);
});
afterAll(async () => {
  await rig?.close();
});

describe('facilitator mode: two views, one state', () => {
  it('opens the deck on the hub with the fragment steps the slides render', async () => {
    expect(hubState().deck?.id).toBe(DECK);
    expect(fragmentSlide()).toBeGreaterThan(-1);
    expect(promptSlide()).toBeGreaterThan(-1);
    expect(await audienceShown(rig.audience)).toMatchObject({ slide: 0, fragment: 0, screen: 'normal', overlay: false });
  });

  it('keys on the facilitator page move the audience page, fragment by fragment', async () => {
    const slide = fragmentSlide();
    await goFromFacilitator(slide - 1);
    await rig.facilitator.keyboard.press('PageDown');
    await waitForAudienceStep(rig.audience, slide, 0);
    await rig.facilitator.keyboard.press('ArrowRight');
    await waitForAudienceStep(rig.audience, slide, 1);
    await rig.facilitator.keyboard.press('Space');
    await waitForAudienceStep(rig.audience, slide, 2);
    await rig.facilitator.keyboard.press('PageUp');
    await waitForAudienceStep(rig.audience, slide, 1);
    await waitForFacilitatorStep(rig.facilitator, slide, 1);
    // The next-step preview shows the step after.
    expect(await rig.facilitator.locator('.facilitator__next figcaption').textContent()).toContain('Étape 2 sur');
  });

  it('keys on the audience page move the facilitator page too', async () => {
    const slide = fragmentSlide();
    await rig.audience.keyboard.press('PageDown');
    await waitForFacilitatorStep(rig.facilitator, slide, 2);
    await waitForAudienceStep(rig.audience, slide, 2);
    await rig.audience.keyboard.press('PageUp');
    await rig.audience.keyboard.press('PageUp');
    await waitForFacilitatorStep(rig.facilitator, slide, 0);
    await waitForAudienceStep(rig.audience, slide, 0);
  });

  it('a click in the slide strip and number-then-Enter jump to a slide', async () => {
    await rig.facilitator.locator('.slide-strip button[data-slide="3"]').click();
    await waitForAudienceStep(rig.audience, 3, 0);
    await goFromFacilitator(5);
    expect(await rig.facilitator.getByTestId('where').textContent()).toMatch(/Diapositive 6 sur \d+/);
  });

  it('typing in a field never moves the slides', async () => {
    const before = hubState().revision;
    await rig.facilitator.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'typing-test';
      document.body.appendChild(input);
      input.focus();
    });
    await rig.facilitator.keyboard.type('nbw 12 f');
    await rig.facilitator.keyboard.press('PageDown');
    await rig.facilitator.keyboard.press('Enter');
    expect(await rig.facilitator.inputValue('#typing-test')).toBe('nbw 12 f');
    // Then one real key outside the field: once its effect reaches the room, the hub has
    // seen exactly one change (none from the typing).
    await rig.facilitator.evaluate(() => document.getElementById('typing-test')!.remove());
    await rig.facilitator.keyboard.press('b');
    await rig.audience.waitForSelector('main.audience[data-screen="black"]');
    expect(hubState().revision).toBe(before + 1);
    expect((await audienceShown(rig.audience)).slide).toBe(5);
    await rig.facilitator.keyboard.press('b');
    await rig.audience.waitForSelector('main.audience[data-screen="normal"]');
  });

  it('black and white screens cover the room, from keys and buttons', async () => {
    await rig.facilitator.keyboard.press('b');
    await rig.audience.waitForSelector('main.audience[data-screen="black"] [data-testid="blank-screen"]');
    await rig.facilitator.getByText('Écran noir', { exact: true }).waitFor();
    // The facilitator keeps navigating while the room sees black.
    await rig.facilitator.keyboard.press('PageDown');
    await waitForFacilitatorStep(rig.facilitator, 6, 0);
    expect((await audienceShown(rig.audience)).screen).toBe('black');
    await rig.facilitator.keyboard.press('.');
    await rig.audience.waitForSelector('main.audience[data-screen="normal"]');
    expect(await rig.audience.locator('[data-testid="blank-screen"]').count()).toBe(0);
    await rig.facilitator.getByRole('button', { name: /Écran blanc/ }).click();
    await rig.audience.waitForSelector('main.audience[data-screen="white"]');
    const colour = await rig.audience.evaluate(() => getComputedStyle(document.elementFromPoint(960, 540)!).backgroundColor);
    expect(colour).toBe('rgb(255, 255, 255)');
    await rig.audience.keyboard.press('w');
    await rig.audience.waitForSelector('main.audience[data-screen="normal"]');
  });

  it('freeze keeps the room on its slide while the facilitator looks ahead; one key catches up', async () => {
    await goFromFacilitator(2);
    await rig.facilitator.keyboard.press('g');
    await rig.facilitator.getByText('Salle figée ici').waitFor();
    await rig.facilitator.keyboard.press('PageDown');
    await rig.facilitator.keyboard.press('PageDown');
    await waitForFacilitatorStep(rig.facilitator, 4, 0);
    await rig.facilitator.getByText('Salle figée sur la diapositive 3').waitFor();
    expect((await audienceShown(rig.audience)).slide).toBe(2);
    await rig.facilitator.getByRole('button', { name: /Rattraper/ }).click();
    await waitForAudienceStep(rig.audience, 4, 0);
    await rig.facilitator.getByText('La salle voit cette diapositive').waitFor();
  });

  it('D on the facilitator page spells out the sigles of the slide on the audience page; D again hides them', async () => {
    const parsed = parseGlossary(await readFile(path.join(SLIDES_DIR, 'glossaire.yaml'), 'utf8'));
    const loaded = await loadDeck(SLIDES_DIR, DECK);
    if (!parsed.ok || !loaded.ok) throw new Error('glossaire ou présentation illisible');
    const slide = loaded.deck.slides.findIndex((s) => siglesOnSlide(s, parsed.glossary).length > 0);
    expect(slide, 'une diapositive avec des sigles').toBeGreaterThan(-1);
    const expected = siglesOnSlide(loaded.deck.slides[slide]!, parsed.glossary).map((e) => e.sigle);
    await goFromFacilitator(slide);

    const overlay = rig.audience.getByTestId('glossary-overlay');
    const toggle = rig.facilitator.getByRole('button', { name: /Sigles à l’écran/ });
    expect(await overlay.count()).toBe(0);
    await rig.facilitator.keyboard.press('d');
    await rig.audience.locator('.glossary-overlay__sigle').first().waitFor();
    expect(await rig.audience.locator('.glossary-overlay__sigle').allTextContents()).toEqual(expected);
    // Each view gets the new state on its own event stream: the facilitator's may come second.
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await rig.facilitator.keyboard.press('d');
    await overlay.waitFor({ state: 'detached' });
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');

    // The button does the same, and moving on closes the sigles as the single window does.
    await toggle.click();
    await overlay.waitFor();
    await rig.facilitator.keyboard.press('PageDown');
    await overlay.waitFor({ state: 'detached' });
    expect(hubState().glossary).toBe(false);
  });

  it('« Montrer à la salle » puts the prompt and its countdown on the audience page; pause, extend, end, remove', async () => {
    const slide = promptSlide();
    await goFromFacilitator(slide);
    await rig.facilitator.getByRole('button', { name: 'Montrer à la salle' }).first().click();
    const overlay = rig.audience.getByTestId('prompt-overlay');
    await overlay.waitFor();
    const minutes = shape().slides[slide]!.promptMinutes[0]!;
    expect(await overlay.textContent()).toContain((await rig.facilitator.locator('.prompt-item__question').first().textContent())!);
    const countdown = rig.audience.getByTestId('countdown');
    expect(await countdown.textContent()).toMatch(/^\d{1,2}:\d{2}$/);
    // The countdown is the prompt's duration, counting down from it.
    const shownMs = Number(await countdown.getAttribute('data-remaining-ms'));
    expect(shownMs).toBeLessThanOrEqual(minutes * 60_000);
    expect(shownMs).toBeGreaterThan(minutes * 60_000 - 30_000);

    await rig.facilitator.getByRole('button', { name: 'Pause', exact: true }).click();
    await rig.audience.getByText('En pause').waitFor();
    expect(hubState().overlay?.countdown.clock.startedAt).toBeNull();
    const paused = await rig.audience.getByTestId('countdown').textContent();

    await rig.facilitator.getByRole('button', { name: /\+5/ }).click();
    await rig.audience.waitForFunction((before) => document.querySelector('[data-testid="countdown"]')?.textContent !== before, paused);
    expect(hubState().overlay?.countdown.durationMs).toBe((minutes + 5) * 60_000);
    await rig.facilitator.getByRole('button', { name: 'Reprendre', exact: true }).click();
    await rig.audience.getByText('En pause').waitFor({ state: 'detached' });

    await rig.facilitator.getByRole('button', { name: 'Terminer', exact: true }).click();
    await rig.audience.getByText('Temps écoulé').waitFor();
    await rig.facilitator.getByRole('button', { name: /\+1/ }).click();
    await rig.audience.waitForFunction(() => /^\d+:\d{2}$/.test(document.querySelector('[data-testid="countdown"]')?.textContent ?? ''));
    expect(await rig.audience.getByTestId('countdown').textContent()).toMatch(/^(1:00|0:5\d)$/);

    await rig.facilitator.getByRole('button', { name: 'Retirer de l’écran' }).click();
    await overlay.waitFor({ state: 'detached' });
  });

  it('reloading either page restores the state and the timers', async () => {
    const slide = promptSlide();
    await rig.facilitator.getByRole('button', { name: 'Montrer à la salle' }).first().click();
    await rig.audience.getByTestId('prompt-overlay').waitFor();
    await rig.facilitator.keyboard.press('g');
    await rig.facilitator.keyboard.press('PageDown');
    await waitForFacilitatorStep(rig.facilitator, slide + 1, 0);

    await rig.audience.reload();
    await waitForAudience(rig.audience);
    await rig.audience.getByTestId('prompt-overlay').waitFor();
    // Frozen: the room still sees the prompt's slide.
    expect((await audienceShown(rig.audience)).slide).toBe(slide);
    // The countdown shown after the reload is the one the state's instants give.
    const { remaining, at } = await rig.audience.evaluate(() => ({
      remaining: Number(document.querySelector('[data-testid="countdown"]')!.getAttribute('data-remaining-ms')),
      at: Date.now(),
    }));
    const expected = countdownRemainingMs(hubState().overlay!.countdown, at);
    expect(Math.abs(remaining - expected)).toBeLessThan(1500);

    await rig.facilitator.reload();
    await waitForFacilitator(rig.facilitator, DECK);
    await waitForFacilitatorStep(rig.facilitator, slide + 1, 0);
    await rig.facilitator.getByText(`Salle figée sur la diapositive ${slide + 1}`).waitFor();
    await rig.facilitator.getByTestId('overlay-controls').waitFor();
    const elapsed = await rig.facilitator.evaluate(() => ({
      shown: Number(document.querySelector('[data-testid="elapsed"]')!.getAttribute('data-elapsed-ms')),
      at: Date.now(),
    }));
    expect(hubState().timer.startedAt).not.toBeNull();
    expect(Math.abs(elapsed.shown - deckElapsedMs(hubState(), elapsed.at))).toBeLessThan(1500);
    expect(hubState().position).toEqual({ slide: slide + 1, fragment: 0 });
  });

  it('screenshots: the facilitator view and the prompt overlay on the projector', async () => {
    await rig.facilitator.getByRole('button', { name: /Rattraper/ }).click();
    await goFromFacilitator(promptSlide());
    await rig.audience.getByTestId('prompt-overlay').waitFor();
    await rig.facilitator.mouse.move(0, 0);
    await rig.facilitator.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await rig.facilitator.screenshot({ path: await screenshotPath('facilitator-view') });
    await rig.audience.screenshot({ path: await screenshotPath('audience-prompt-overlay') });
  });

  it('« Animer » on a library card opens the facilitator view on that deck', async () => {
    const page = await rig.context.newPage();
    await page.goto(pageUrl(rig.server, '/'));
    await page.locator('a.deck-card__facilitate[href="/facilitator?deck=enfance"]').click();
    await page.waitForURL(/\/facilitator\?deck=enfance$/);
    await waitForFacilitator(page, 'enfance');
    // Opening another deck starts it afresh on the hub, and the room follows.
    await rig.audience.waitForSelector('main.audience[data-deck-id="enfance"] .slide-stage[data-ready="true"]');
    expect(await page.getByRole('button', { name: 'Ouvrir l’écran de la salle' }).isVisible()).toBe(true);
    await page.close();
  });

  it('« Ouvrir l’écran de la salle » opens the room’s window, which gets in with the key’s cookie (no key in its address)', async () => {
    const [popup] = await Promise.all([
      rig.context.waitForEvent('page'),
      rig.facilitator.getByRole('button', { name: 'Ouvrir l’écran de la salle' }).click(),
    ]);
    await waitForAudience(popup);
    expect(new URL(popup.url()).pathname).toBe('/audience');
    expect(popup.url()).not.toContain('cle=');
    await popup.close();
  });

  it('« Exporter… » in the facilitator view offers the PDF and offline page exports of the deck being led', async () => {
    await rig.facilitator.getByRole('button', { name: 'Exporter…' }).click();
    const dialog = rig.facilitator.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(await rig.facilitator.locator('.facilitator select option:checked').textContent());
    for (const choice of ['Diapositives', 'Diapositives avec notes', 'Documents à distribuer']) {
      expect(await dialog.getByText(choice, { exact: true }).count()).toBeGreaterThan(0);
    }
    await rig.facilitator.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('changing decks, the room goes straight from one deck to the next (no waiting page) and steps through the new one', async () => {
    await openDeck(rig, DECK);
    type Probe = { sawWaiting: boolean; revealBefore: Element | null };
    await rig.audience.evaluate(() => {
      const probe = window as unknown as Probe;
      probe.sawWaiting = false;
      probe.revealBefore = document.querySelector('main.audience .reveal');
      new MutationObserver(() => {
        if (document.querySelector('.audience__waiting')) probe.sawWaiting = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await openDeck(rig, 'logement');
    const seen = await rig.audience.evaluate(() => {
      const probe = window as unknown as Probe;
      const present = document.querySelector('main.audience .reveal .slides > section.present');
      return { sawWaiting: probe.sawWaiting, sameReveal: probe.revealBefore === document.querySelector('main.audience .reveal'), text: present?.textContent ?? '' };
    });
    const logement = await loadDeck(SLIDES_DIR, 'logement');
    if (!logement.ok) throw new Error('présentation logement illisible');
    // The projector never showed « Ouverture de la présentation… » between the two decks:
    // the same reveal.js deck moved to the new slides.
    expect(seen.sawWaiting).toBe(false);
    expect(seen.sameReveal).toBe(true);
    expect(seen.text).toContain(logement.deck.slides[0]!.title);
    const slide = fragmentSlide();
    expect(slide, 'une diapositive à étapes dans « logement »').toBeGreaterThan(-1);
    await goFromFacilitator(slide);
    await rig.facilitator.keyboard.press('PageDown');
    await waitForAudienceStep(rig.audience, slide, 1);
    await rig.facilitator.keyboard.press('PageUp');
    await waitForAudienceStep(rig.audience, slide, 0);
  });
});
