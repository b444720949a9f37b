// The Electron PDF export's sequencing, without Electron: where it asks, what it prints, in
// which order, what it reports while printing, and what cancel leaves behind. Files are real,
// in a temp folder; only the hidden window is stood in for (its real-Chromium side is
// tests/e2e/export-print-window.test.ts).
import { access, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeckMeta } from '../../core/deck/model.js';
import type { ExportProgress } from '../../core/export/api.js';
import { parsePrintQuery } from '../../core/export/print-query.js';
import { createPdfExporter, printUrl, printWindowOptions, saveDialogOptions, uniqueFileName, type PdfExporterDeps } from '../../main/export-pdf.js';

const META: Record<string, DeckMeta> = {
  'petite-enfance': { id: 'petite-enfance', title: 'Thématique petite enfance', thematique: 'Petite enfance', order: 3, durationMinutes: 30 },
  logement: { id: 'logement', title: 'Thématique logement', thematique: 'Logement', order: 8, durationMinutes: 30 },
  jeunesse: { id: 'jeunesse', title: 'Thématique jeunesse', thematique: 'Jeunesse', order: 5, durationMinutes: 35 },
};

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ctg-pdf-seq-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function harness(overrides: Partial<PdfExporterDeps> = {}) {
  const asked: { file: string[]; folder: number } = { file: [], folder: 0 };
  const printed: string[] = [];
  /** The decks of each file printed, in order. */
  const groupsPrinted: string[][] = [];
  const progressSeen: ExportProgress[] = [];
  const deps: PdfExporterDeps = {
    loadMetas: async (ids) => {
      const missing = ids.find((id) => !META[id]);
      return missing ? { ok: false, message: `Présentation introuvable : ${missing}` } : { ok: true, metas: ids.map((id) => META[id]!) };
    },
    chooseFile: async (name) => {
      asked.file.push(name);
      return path.join(dir, name);
    },
    chooseFolder: async () => {
      asked.folder++;
      return dir;
    },
    renderPdfs: async function* (url, groups) {
      printed.push(url);
      for (const group of groups) {
        groupsPrinted.push([...group]);
        progressSeen.push(exporter.progress());
        yield new TextEncoder().encode(`%PDF-fake ${group.join(',')}`);
      }
    },
    writeFile: (p, data) => writeFile(p, data),
    exists: (p) => access(p).then(() => true, () => false),
    joinPath: (a, b) => path.join(a, b),
    skippedIn: async () => [],
    ...overrides,
  };
  const exporter = createPdfExporter(deps);
  return { exporter, asked, printed, groupsPrinted, progressSeen };
}

describe('PDF export sequencing (Electron side)', () => {
  it('asks where to save one deck with the French default name, prints the print route without toolbar, writes the file', async () => {
    const { exporter, asked, printed } = harness();
    const result = await exporter.exportPdf(['petite-enfance'], 'slides');
    expect(asked.file).toEqual(['CTG Diois - Petite enfance - diapositives.pdf']);
    expect(printed).toHaveLength(1);
    const url = new URL(printed[0]!);
    expect([url.protocol, url.host, url.pathname]).toEqual(['app:', 'app', '/print']);
    expect(parsePrintQuery(url.search)).toEqual({
      ok: true,
      request: { deckIds: ['petite-enfance'], variant: 'slides', withPrompts: false, toolbar: false },
    });
    expect(result).toEqual({ ok: true, paths: [path.join(dir, 'CTG Diois - Petite enfance - diapositives.pdf')], skipped: [] });
    expect(await readFile(path.join(dir, 'CTG Diois - Petite enfance - diapositives.pdf'), 'utf8')).toMatch(/^%PDF-fake/);
    expect(exporter.progress()).toMatchObject({ running: false, done: 1, total: 1 });
  });

  it('prints several decks one file each into a folder, from one print page, reporting progress per deck, never overwriting', async () => {
    await writeFile(path.join(dir, 'CTG Diois - Logement - documents à distribuer.pdf'), 'already here');
    const { exporter, asked, printed, groupsPrinted, progressSeen } = harness();
    const result = await exporter.exportPdf(['petite-enfance', 'logement', 'jeunesse'], 'handout');
    expect(asked).toEqual({ file: [], folder: 1 });
    expect(printed.map((u) => (parsePrintQuery(new URL(u).search) as { ok: true; request: { deckIds: string[] } }).request.deckIds)).toEqual([
      ['petite-enfance', 'logement', 'jeunesse'],
    ]);
    expect(groupsPrinted).toEqual([['petite-enfance'], ['logement'], ['jeunesse']]);
    expect(progressSeen.map((p) => [p.running, p.done, p.total, p.current])).toEqual([
      [true, 0, 3, 'Thématique petite enfance'],
      [true, 1, 3, 'Thématique logement'],
      [true, 2, 3, 'Thématique jeunesse'],
    ]);
    expect(result.ok).toBe(true);
    expect((await readdir(dir)).sort()).toEqual([
      'CTG Diois - Jeunesse - documents à distribuer.pdf',
      'CTG Diois - Logement - documents à distribuer (2).pdf',
      'CTG Diois - Logement - documents à distribuer.pdf',
      'CTG Diois - Petite enfance - documents à distribuer.pdf',
    ]);
    expect(await readFile(path.join(dir, 'CTG Diois - Logement - documents à distribuer.pdf'), 'utf8')).toBe('already here');
    expect(await readFile(path.join(dir, 'CTG Diois - Logement - documents à distribuer (2).pdf'), 'utf8')).toBe('%PDF-fake logement');
  });

  it('prints a session’s agenda as one file when asked, under the session’s name', async () => {
    const { exporter, asked, printed } = harness();
    const result = await exporter.exportPdf(['logement', 'jeunesse'], 'notes', { oneFile: true, label: 'COPIL du 12 mai', withPrompts: true } as never);
    expect(asked.file).toEqual(['CTG Diois - COPIL du 12 mai - diapositives avec notes.pdf']);
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('decks=logement,jeunesse');
    expect(printed[0]).toContain('prompts=1');
    expect(result.ok).toBe(true);
  });

  it('stops when cancelled: the deck being printed is dropped, the ones saved stay', async () => {
    const { exporter } = harness({
      renderPdfs: async function* (_url, groups, signal) {
        for (const group of groups) {
          if (group.includes('logement')) {
            await new Promise((_resolve, reject) => {
              signal.addEventListener('abort', () => reject(new Error('window destroyed')));
              exporter.cancel();
            });
          }
          yield new TextEncoder().encode('%PDF-fake');
        }
      },
    });
    const result = await exporter.exportPdf(['petite-enfance', 'logement', 'jeunesse'], 'slides');
    expect(result).toEqual({
      ok: false,
      canceled: true,
      message: 'Export annulé\u00a0: 1 fichier(s) déjà enregistré(s).',
      paths: [path.join(dir, 'CTG Diois - Petite enfance - diapositives.pdf')],
    });
    expect(await readdir(dir)).toEqual(['CTG Diois - Petite enfance - diapositives.pdf']);
    expect(exporter.progress().running).toBe(false);
  });

  it('prints nothing when the save dialog is closed, and says why a deck cannot be exported', async () => {
    const { exporter, printed } = harness({ chooseFile: async () => undefined });
    expect(await exporter.exportPdf(['logement'], 'slides')).toEqual({ ok: false, canceled: true, message: 'Export annulé.', paths: [] });
    expect(printed).toEqual([]);
    expect(await exporter.exportPdf(['inconnue'], 'slides')).toEqual({ ok: false, message: 'Présentation introuvable : inconnue' });
  });

  it('reports a print failure in French, naming the variant', async () => {
    const { exporter } = harness({
      // eslint-disable-next-line require-yield
      renderPdfs: async function* () {
        throw new Error('La page d’impression ne s’est pas préparée à temps.');
      },
    });
    const result = await exporter.exportPdf(['logement'], 'handout');
    expect(result).toEqual({
      ok: false,
      message: 'Le PDF (documents à distribuer) n’a pas pu être créé\u00a0: La page d’impression ne s’est pas préparée à temps.',
    });
  });

  it('uses a hidden, sandboxed, unthrottled window and French dialogs', () => {
    const options = printWindowOptions('/app/preload.cjs');
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, backgroundThrottling: false, preload: '/app/preload.cjs' });
    expect(saveDialogOptions('/home/x/Documents/a.pdf')).toMatchObject({ title: 'Enregistrer le PDF', buttonLabel: 'Enregistrer', defaultPath: '/home/x/Documents/a.pdf' });
    expect(printUrl(['a', 'b'], 'notes')).toBe('app://app/print?decks=a,b&variant=notes&toolbar=0');
  });

  it('finds a free name beside existing files', async () => {
    const taken = new Set(['a.pdf', 'a (2).pdf']);
    expect(await uniqueFileName('a.pdf', async (n) => taken.has(n))).toBe('a (3).pdf');
    expect(await uniqueFileName('b.pdf', async (n) => taken.has(n))).toBe('b.pdf');
  });
});
