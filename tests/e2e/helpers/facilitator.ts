// Facilitator mode from a test: one browser host with a temporary state folder, one
// Chromium with the facilitator page (laptop size) and the audience page (projector size)
// side by side, both reading the DOM attributes the views expose.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningServer } from '../../../host/server.js';
import { launchChromium, PROJECTOR_VIEWPORT, startTestServer } from './browser.js';

export const LAPTOP_VIEWPORT = { width: 1440, height: 900 } as const;

export interface FacilitatorRig {
  server: RunningServer;
  browser: Browser;
  context: BrowserContext;
  facilitator: Page;
  audience: Page;
  close(): Promise<void>;
}

export const pageUrl = (server: RunningServer, pathAndQuery: string) => new URL(pathAndQuery, server.url).href;

/** Starts the host and opens /facilitator?deck=<deckId> then /audience, both ready. */
export async function openFacilitatorRig(deckId: string): Promise<FacilitatorRig> {
  const stateDir = await mkdtemp(path.join(os.tmpdir(), 'ctg-facilitator-'));
  const server = await startTestServer({ stateDir });
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: LAPTOP_VIEWPORT, deviceScaleFactor: 1, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  const facilitator = await context.newPage();
  await facilitator.goto(pageUrl(server, `/facilitator?deck=${deckId}`));
  await waitForFacilitator(facilitator, deckId);
  const audience = await context.newPage();
  await audience.setViewportSize(PROJECTOR_VIEWPORT);
  await audience.goto(pageUrl(server, '/audience'));
  await waitForAudience(audience);
  return {
    server,
    browser,
    context,
    facilitator,
    audience,
    async close() {
      await context.close();
      await browser.close();
      await server.close();
      await rm(stateDir, { recursive: true, force: true });
    },
  };
}

// Locators, not waitForSelector: its element handle would keep the element (and a closed
// deck with it) alive in the page until disposed, which the heap bench would count.
export async function waitForFacilitator(page: Page, deckId: string): Promise<void> {
  await page.locator(`.facilitator[data-deck-id="${deckId}"] .facilitator__frame--current .slide-stage[data-ready="true"]`).waitFor();
}

export async function waitForAudience(page: Page): Promise<void> {
  await page.locator('main.audience .slide-stage[data-ready="true"]').first().waitFor();
}

export interface AudienceShown {
  /** reveal.js's `.present` slide, 0-based. */
  slide: number;
  /** Fragment steps shown (distinct indices of the visible fragments). */
  fragment: number;
  screen: string;
  overlay: boolean;
}

export function audienceShown(page: Page): Promise<AudienceShown> {
  return page.evaluate(() => {
    const root = document.querySelector<HTMLElement>('main.audience')!;
    const sections = Array.from(root.querySelectorAll('.reveal .slides > section'));
    const present = root.querySelector('.reveal .slides > section.present');
    const visible = present ? Array.from(present.querySelectorAll('.fragment.visible')) : [];
    return {
      slide: present ? sections.indexOf(present) : -1,
      fragment: new Set(visible.map((f) => f.getAttribute('data-fragment-index'))).size,
      screen: root.dataset.screen ?? '',
      overlay: root.querySelector('[data-testid="prompt-overlay"]') !== null,
    };
  });
}

/** Waits until the audience page's reveal.js shows this step. */
export async function waitForAudienceStep(page: Page, slide: number, fragment: number): Promise<void> {
  await page.waitForFunction(
    ([s, f]) => {
      const root = document.querySelector('main.audience');
      const sections = Array.from(root?.querySelectorAll('.reveal .slides > section') ?? []);
      const present = root?.querySelector('.reveal .slides > section.present');
      if (!present || sections.indexOf(present) !== s) return false;
      const visible = Array.from(present.querySelectorAll('.fragment.visible'));
      return new Set(visible.map((el) => el.getAttribute('data-fragment-index'))).size === f;
    },
    [slide, fragment] as const,
  );
}

/** Waits until the facilitator page reports this step. */
export async function waitForFacilitatorStep(page: Page, slide: number, fragment: number): Promise<void> {
  await page.locator(`.facilitator[data-slide-index="${slide}"][data-fragment="${fragment}"]`).waitFor();
}
