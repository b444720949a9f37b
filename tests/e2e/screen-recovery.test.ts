// A screen that fails (here: its code cannot be loaded, as after an update mid-meeting or a
// flaky disk) shows a French message in its place, and « Recharger l’écran » brings it back
// with everything that was typed: the host kept it.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../host/server.js';
import { launchChromium, RENDERER_DIR, screenshotPath, SLIDES_DIR, startTestServer } from './helpers/browser.js';
import { LAPTOP_VIEWPORT } from './helpers/facilitator.js';

let browser: Browser;
let server: RunningServer;
let context: BrowserContext;
let documentsDir: string;
let stateDir: string;

beforeAll(async () => {
  documentsDir = await mkdtemp(path.join(os.tmpdir(), 'ctg-recovery-seances-'));
  stateDir = await mkdtemp(path.join(os.tmpdir(), 'ctg-recovery-state-'));
  server = await startTestServer({ slidesDir: SLIDES_DIR, documentsDir, stateDir });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: LAPTOP_VIEWPORT, deviceScaleFactor: 1, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  if (documentsDir) await rm(documentsDir, { recursive: true, force: true });
  if (stateDir) await rm(stateDir, { recursive: true, force: true });
});

describe('a screen that fails', () => {
  it('says so in French and « Recharger l’écran » brings it back with what was typed', async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Nouvelle séance' }).click();
    const form = page.getByRole('form', { name: 'Nouvelle séance' });
    await form.getByLabel('Date').fill('2026-03-12');
    await form.getByLabel('Lieu').fill('Salle des fêtes de Luc-en-Diois');
    await form.getByRole('button', { name: 'Créer la séance' }).click();
    await page.getByTestId('session-screen').waitFor();
    const address = page.url();
    await expect.poll(() => page.locator('[data-storage]').getAttribute('data-storage')).toBe('enregistré');
    await page.close();

    // Another window on the same session, whose screen code cannot be fetched.
    const failing = await context.newPage();
    await failing.route(/\/assets\/SessionScreen-[^/]*\.js$/, (route) => route.abort());
    await failing.goto(address);
    const alert = failing.getByRole('alert').filter({ hasText: 'Cet écran a rencontré un problème.' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Ce que vous avez saisi est conservé.');
    await failing.screenshot({ path: await screenshotPath('screen-error-boundary') });
    const { violations } = await new AxeBuilder({ page: failing }).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);

    await failing.unroute(/\/assets\/SessionScreen-[^/]*\.js$/);
    await failing.getByRole('button', { name: 'Recharger l’écran' }).click();
    await failing.getByTestId('session-screen').waitFor();
    expect(await failing.getByLabel('Lieu', { exact: true }).inputValue()).toBe('Salle des fêtes de Luc-en-Diois');
    await failing.close();
  });
});
