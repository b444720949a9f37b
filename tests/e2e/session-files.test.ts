// Session files as the user meets them in Chromium on the browser host: a damaged file after
// a restart offers its backup and is left untouched; a file changed elsewhere is never
// silently overwritten (« Enregistrer une copie »).
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../host/server.js';
import { launchChromium, startTestServer } from './helpers/browser.js';

let browser: Browser;
let documentsDir: string;
let server: RunningServer | undefined;

const start = async () => {
  server = await startTestServer({ documentsDir });
  return server;
};

async function createCopil(page: Page, place: string): Promise<void> {
  await page.getByRole('button', { name: 'Nouvelle séance' }).click();
  const form = page.getByRole('form', { name: 'Nouvelle séance' });
  await form.getByLabel('Date').fill('2026-04-02');
  await form.getByLabel('Lieu').fill(place);
  await form.getByRole('button', { name: 'Créer la séance' }).click();
  await page.getByTestId('session-screen').waitFor();
}

async function addParticipant(page: Page, name: string): Promise<void> {
  const add = page.getByRole('form', { name: 'Ajouter un participant' });
  await add.getByTestId('participant-name').fill(name);
  await add.getByTestId('participant-organisation').fill('Centre social');
  await add.getByRole('button', { name: 'Ajouter' }).click();
  await page.locator('table.participants td', { hasText: name }).waitFor();
}

beforeAll(async () => {
  documentsDir = await mkdtemp(path.join(os.tmpdir(), 'ctg-seances-files-'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close().catch(() => undefined);
  await rm(documentsDir, { recursive: true, force: true });
});

describe('session files', () => {
  it('a damaged file gives a French message and opens its backup only when asked, its bytes kept', async () => {
    let s = await start();
    const page = await browser.newPage({ locale: 'fr-FR', viewport: { width: 1600, height: 1000 } });
    await page.goto(s.url);
    await createCopil(page, 'Luc-en-Diois');
    await addParticipant(page, 'Aline Roux');
    await page.getByRole('button', { name: '← Accueil' }).click();
    await page.locator('.session-card').first().waitFor();
    await addParticipantAgain(page, 'Bruno Faure');
    await page.getByRole('button', { name: '← Accueil' }).click();
    await page.locator('.session-card').first().waitFor();
    // The tab goes with its server (as when the app is quit): no page is left running, and
    // then navigated, while its host disappears under it — that goto raced the page's own
    // requests and reconnections (net::ERR_ABORTED on a busy machine).
    await page.close();
    await s.close();

    // The next morning the file is found truncated (a USB key pulled out mid-write).
    const file = (await readdir(documentsDir)).find((f) => f.endsWith('.ctg-seance.json'))!;
    const full = path.join(documentsDir, file);
    const bytes = await readFile(full);
    const damaged = bytes.subarray(0, Math.floor(bytes.length / 2));
    await writeFile(full, damaged);

    s = await start();
    const next = await browser.newPage({ locale: 'fr-FR', viewport: { width: 1600, height: 1000 } });
    await next.goto(s.url);
    await next.locator(`.session-card[data-session-path="${full}"]`).click();
    const alert = next.locator('.sessions__problem');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/est abîmé/);
    const backupButton = alert.getByRole('button', { name: /^Ouvrir la sauvegarde du \d\d\/\d\d\/\d{4} \d\d:\d\d$/ });
    expect(await backupButton.isVisible()).toBe(true);
    expect(Buffer.compare(await readFile(full), damaged)).toBe(0);
    await backupButton.click();
    await next.getByTestId('session-screen').waitFor();
    expect(await next.locator('.session-notice').first().textContent()).toContain('La sauvegarde a été ouverte');
    expect(await next.locator('table.participants').textContent()).toContain('Aline Roux');
    // The damaged bytes were not lost: the file is set aside (renamed), never written over.
    // Files only: the decks' folder (Présentations) sits beside the sessions.
    const files = (await readdir(documentsDir, { withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name);
    const kept = await Promise.all(files.map(async (f) => Buffer.compare(await readFile(path.join(documentsDir, f)), damaged) === 0));
    expect(kept.filter(Boolean)).toHaveLength(1);
    await next.close();
    await s.close();
  });

  it('a file changed elsewhere is never overwritten: the status says so and « Enregistrer une copie » keeps both', async () => {
    const s = await start();
    const page = await browser.newPage({ locale: 'fr-FR', viewport: { width: 1600, height: 1000 } });
    await page.goto(s.url);
    await createCopil(page, 'Châtillon-en-Diois');
    const handle = new URL(page.url()).searchParams.get('seance')!;
    const state = await page.evaluate(async (h) => {
      const r = await fetch('/api/call', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ method: 'getSession', args: [h] }) });
      return ((await r.json()) as { value: { state: { path: string } } }).value.state;
    }, handle);
    // Another machine saves the same file (from the USB key) with another title.
    const other = JSON.parse(await readFile(state.path, 'utf8')) as { title: string; revision: number };
    other.title = 'Version modifiée sur un autre ordinateur';
    other.revision += 5;
    const otherText = JSON.stringify(other, null, 2);
    await writeFile(state.path, otherText);

    await addParticipant(page, 'Chloé Bernard');
    await page.getByRole('button', { name: '← Accueil' }).click();
    // The file could not be written: the app asks (in its own dialog) before leaving; stay.
    const ask = page.getByRole('dialog', { name: 'Revenir à l’accueil\u00A0?' });
    await ask.waitFor();
    await ask.getByRole('button', { name: 'Rester sur la séance' }).click();
    await ask.waitFor({ state: 'detached' });
    const bar = page.locator('.storage-bar');
    await expect.poll(() => bar.getAttribute('data-storage')).toBe('conflit');
    expect(await bar.locator('.storage-bar__headline').textContent()).toBe('Ce fichier a été modifié ailleurs');
    expect(await readFile(state.path, 'utf8')).toBe(otherText);
    // What was typed here is still on screen.
    expect(await page.locator('table.participants').textContent()).toContain('Chloé Bernard');

    await bar.getByRole('button', { name: 'Enregistrer une copie' }).click();
    await expect.poll(() => bar.getAttribute('data-storage')).toBe('enregistré');
    expect(await readFile(state.path, 'utf8')).toBe(otherText);
    const copy = (await readdir(documentsDir)).find((f) => f.includes('(copie du'));
    expect(copy).toBeDefined();
    expect(await readFile(path.join(documentsDir, copy!), 'utf8')).toContain('Chloé Bernard');
    await page.close();
    await s.close();
  });
});

async function addParticipantAgain(page: Page, name: string): Promise<void> {
  await page.locator('.session-card').first().click();
  await page.getByTestId('session-screen').waitFor();
  await addParticipant(page, name);
}
