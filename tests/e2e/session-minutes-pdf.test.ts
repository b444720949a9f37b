// Electron's minutes PDF (main/session-dialogs.ts) with its hidden window played by real
// Chromium: the /minutes page of a session open in the browser host is loaded without its
// toolbar, printed once body[data-print-ready] is set, and saved under the name the save
// dialog proposes. The dialog is stood in for; the session, the page and the PDF are real.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostCallResponse } from '../../core/host-api.js';
import type { OpenResult } from '../../core/session/api.js';
import type { RunningServer } from '../../host/server.js';
import { renderPdfInWindow } from '../../main/export-pdf.js';
import { createMinutesPdfExporter } from '../../main/session-dialogs.js';
import { appFetch, launchChromium, startTestServer } from './helpers/browser.js';
import { normaliseText, pdfText } from './helpers/pdf.js';
import { playwrightPrintWindow } from './helpers/print-window.js';

let browser: Browser;
let server: RunningServer;
let outDir: string;

async function call<T>(method: string, ...args: unknown[]): Promise<T> {
  const res = await appFetch(server, '/api/call', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ method, args }),
  });
  const body = (await res.json()) as HostCallResponse;
  if (!body.ok) throw new Error(body.message);
  return body.value as T;
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  outDir = await mkdtemp(path.join(os.tmpdir(), 'ctg-minutes-pdf-'));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('minutes PDF through the hidden print window, on real Chromium', () => {
  it('prints the session’s minutes and the relevé de décisions, saved as « <titre> - … .pdf »', async () => {
    const created = await call<OpenResult>('createSession', { template: 'copil-ctg', date: '2026-03-03', title: 'COPIL de mars', place: 'Die' });
    if (!created.ok) throw new Error(created.message);
    const handle = created.state.handle;
    await call('addEntry', handle, { kind: 'décision', text: 'Le forum habitants aura lieu en avril' });
    await call('addEntry', handle, { kind: 'note', text: 'Tour de table très riche' });

    const proposed: string[] = [];
    const exportPdf = createMinutesPdfExporter({
      getSession: (h) => call<OpenResult>('getSession', h),
      renderPdf: (url, signal) => renderPdfInWindow(() => playwrightPrintWindow(browser, server.url), url, signal),
      chooseFile: async (defaultPath) => {
        proposed.push(path.basename(defaultPath));
        return path.join(outDir, path.basename(defaultPath));
      },
      writeFile: (p, data) => writeFile(p, data),
      dirname: path.dirname,
      join: path.join,
    });

    const full = await exportPdf(handle, 'compte-rendu');
    expect(full).toEqual({ ok: true, path: path.join(outDir, 'COPIL de mars - compte rendu.pdf') });
    const text = normaliseText(await pdfText(path.join(outDir, 'COPIL de mars - compte rendu.pdf')));
    expect(text).toContain('COPIL de mars');
    expect(text).toContain('Le forum habitants aura lieu en avril');
    expect(text).toContain('Tour de table très riche');
    // No on-screen toolbar in the printed page.
    expect(text).not.toContain('Imprimer ou enregistrer en PDF');

    const releve = await exportPdf(handle, 'releve');
    expect(releve).toEqual({ ok: true, path: path.join(outDir, 'COPIL de mars - relevé de décisions.pdf') });
    const rtext = normaliseText(await pdfText(path.join(outDir, 'COPIL de mars - relevé de décisions.pdf')));
    expect(rtext).toContain('Le forum habitants aura lieu en avril');
    expect(rtext).not.toContain('Tour de table très riche');
    expect(proposed).toEqual(['COPIL de mars - compte rendu.pdf', 'COPIL de mars - relevé de décisions.pdf']);
  });
});
