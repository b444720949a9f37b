// axe-core on every screen of the app, in real Chromium on the browser host: the library, the
// sessions home, the export dialog, the presentation, the session, the printable minutes, the
// facilitator view and the audience view. Any violation fails, whatever its impact: each one
// is a person who cannot use that screen with their screen reader, keyboard or eyes.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../host/server.js';
import { launchChromium, RENDERER_DIR, screenshotPath, SLIDES_DIR, startTestServer } from './helpers/browser.js';
import { LAPTOP_VIEWPORT, waitForAudience } from './helpers/facilitator.js';
import { waitForLibrary, waitForPresentation } from './helpers/presentation.js';

const DECK = 'jeunesse';
let browser: Browser;
let server: RunningServer;
let context: BrowserContext;
let page: Page;
let documentsDir: string;
let stateDir: string;
let handle: string;

const url = (p: string) => new URL(p, server.url).href;

/** Every axe violation on the page, one line each (rule, impact, where), for a readable failure. */
async function violations(target: Page, name: string): Promise<string[]> {
  await target.screenshot({ path: await screenshotPath(`a11y-${name}`) });
  const results = await new AxeBuilder({ page: target }).analyze();
  const found = results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`));
  return [...found, ...(await englishNames(target))];
}

// Words of English UI labels (libraries' defaults such as reveal.js's « previous slide »);
// none of them is also a French word.
const ENGLISH = /\b(previous|next|slide|above|below|open|close|toggle|fullscreen|exit|show|hide|cancel|search|loading|settings|button|click)\b/i;

/** Names given by attributes (aria-label, title, alt, placeholder) that read as English. */
function englishNames(target: Page): Promise<string[]> {
  return target.evaluate((source) => {
    const english = new RegExp(source, 'i');
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll('[aria-label], [title], img[alt], [placeholder]'))) {
      for (const attr of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = el.getAttribute(attr);
        if (value && english.test(value)) out.push(`english-name ${el.tagName.toLowerCase()}[${attr}="${value}"]`);
      }
    }
    return out;
  }, ENGLISH.source);
}

beforeAll(async () => {
  documentsDir = await mkdtemp(path.join(os.tmpdir(), 'ctg-a11y-seances-'));
  stateDir = await mkdtemp(path.join(os.tmpdir(), 'ctg-a11y-state-'));
  server = await startTestServer({ slidesDir: SLIDES_DIR, documentsDir, stateDir });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: LAPTOP_VIEWPORT, deviceScaleFactor: 1, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  if (documentsDir) await rm(documentsDir, { recursive: true, force: true });
  if (stateDir) await rm(stateDir, { recursive: true, force: true });
});

describe('accessibility (axe-core) on every screen', () => {
  it('library', async () => {
    await page.goto(server.url);
    await waitForLibrary(page);
    await page.locator('.sessions').waitFor();
    expect(await violations(page, 'library')).toEqual([]);
  });

  it('sessions home, with the new-session form open', async () => {
    await page.getByRole('button', { name: 'Nouvelle séance' }).click();
    await page.getByRole('form', { name: 'Nouvelle séance' }).waitFor();
    expect(await violations(page, 'sessions-home')).toEqual([]);
  });

  it('export dialog', async () => {
    await page.getByRole('button', { name: /^Exporter… «/ }).first().click();
    await page.getByRole('dialog').waitFor();
    expect(await violations(page, 'export-dialog')).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('presentation', async () => {
    await page.goto(url(`/?deck=${DECK}`));
    await waitForPresentation(page);
    expect(await violations(page, 'presentation')).toEqual([]);
  });

  it('session, with French spell-check in the note fields', async () => {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Nouvelle séance' }).click();
    const form = page.getByRole('form', { name: 'Nouvelle séance' });
    await form.getByLabel('Date').fill('2026-03-12');
    await form.getByRole('button', { name: 'Créer la séance' }).click();
    await page.getByTestId('session-screen').waitFor();
    handle = new URL(page.url()).searchParams.get('seance')!;
    // The note fields show once a point of the agenda has started (the first deck's).
    await page.locator('.agenda__item').nth(2).getByRole('button', { name: 'Commencer ce point' }).click();
    const notes = page.getByTestId('notes-text');
    await notes.waitFor();
    expect(await notes.getAttribute('spellcheck')).toBe('true');
    expect(await notes.getAttribute('lang')).toBe('fr');
    // The room's phones can be invited from the session screen as well as the facilitator view.
    await page.getByTestId('participation-panel').getByRole('button', { name: 'Ouvrir la participation' }).waitFor();
    expect(await violations(page, 'session')).toEqual([]);
  });

  it('the in-app question before replacing a file: accessible, in French, « Garder les deux » by Entrée', async () => {
    const existing = path.join(documentsDir, 'autre séance.ctg-seance.json');
    await writeFile(existing, '{"déjà": "là"}');
    const field = page.getByTestId('save-as-path');
    await field.fill(existing);
    await field.press('Enter');
    const question = page.getByRole('alertdialog', { name: 'Ce fichier existe déjà' });
    await question.waitFor();
    expect(await question.getByRole('button').allTextContents()).toEqual(['Remplacer', 'Garder les deux', 'Annuler']);
    // Focus is on the default action, inside the dialog.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Garder les deux');
    expect(await violations(page, 'dialog-replace')).toEqual([]);
    await page.keyboard.press('Enter');
    await question.waitFor({ state: 'detached' });
    await page.getByText(/Séance enregistrée dans .*autre séance \(2\)\.ctg-seance\.json/).waitFor();
    expect(await readFile(existing, 'utf8')).toBe('{"déjà": "là"}');
    expect(await readdir(documentsDir)).toContain('autre séance (2).ctg-seance.json');
    // Focus went back to where it was.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('save-as-path');
  });

  it('minutes page', async () => {
    await page.goto(url(`/minutes?seance=${encodeURIComponent(handle)}&variante=compte-rendu`));
    await page.waitForSelector('body[data-print-ready="true"]');
    expect(await violations(page, 'minutes')).toEqual([]);
  });

  it('facilitator view', async () => {
    await page.goto(url(`/facilitator?deck=${DECK}`));
    // The session opened above is live: the facilitator view shows its point's deck (the room is
    // never switched unasked); whichever deck it shows, its slide must be ready before the audit.
    await page.locator('.facilitator[data-deck-id] .facilitator__frame--current .slide-stage[data-ready="true"]').waitFor();
    expect(await violations(page, 'facilitator')).toEqual([]);
  });

  it('audience view', async () => {
    const audience = await context.newPage();
    await audience.goto(url('/audience'));
    await waitForAudience(audience);
    expect(await violations(audience, 'audience')).toEqual([]);
    await audience.close();
  });
});
