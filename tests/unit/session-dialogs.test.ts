// Electron's session dialogs and minutes PDF, without Electron: the French dialog options,
// what comes back to the renderer, and the minutes export's order (print, then ask where,
// then write). The session is a real one in a temp folder; only the dialog and the hidden
// window are stood in for (the window's real-Chromium side: tests/e2e/export-print-window.test.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { createSessionService, type SessionService } from '../../host/session/service.js';
import { minutesQuery } from '../../renderer/session/minutes-url.js';
import {
  createElectronSessionDialogs,
  createMinutesPdfExporter,
  minutesPdfName,
  sessionDialogOptions,
  withSessionExtension,
  type MinutesPdfDeps,
} from '../../main/session-dialogs.js';

let dir: string;
let service: SessionService;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ctg-dialogs-'));
  service = createSessionService({ documentsDir: dir });
});
afterEach(async () => {
  await service.closeAll().catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

describe('session file dialogs', () => {
  it('open in the sessions folder, in French, showing only session files', () => {
    const open = sessionDialogOptions({ mode: 'open' }, '/home/x/Documents/CTG Diois', path.join);
    expect(open.mode).toBe('open');
    expect(open.options).toMatchObject({
      title: 'Ouvrir une séance',
      defaultPath: '/home/x/Documents/CTG Diois',
      buttonLabel: 'Ouvrir',
      filters: [{ name: 'Séance CTG Diois (*.ctg-seance.json)', extensions: ['ctg-seance.json'] }],
      properties: ['openFile'],
    });
    const save = sessionDialogOptions({ mode: 'save', suggestedName: 'COPIL: mars/avril' }, '/home/x/Documents/CTG Diois', path.join);
    expect(save.options).toMatchObject({
      title: 'Enregistrer la séance sous',
      defaultPath: '/home/x/Documents/CTG Diois/COPIL mars avril.ctg-seance.json',
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    expect(sessionDialogOptions({ mode: 'save', suggestedName: '2026-03-03 COPIL.ctg-seance.json' }, '/d', path.join).options.defaultPath).toBe(
      '/d/2026-03-03 COPIL.ctg-seance.json',
    );
  });

  it('adds the extension once to a name typed without it', () => {
    expect(withSessionExtension('/media/cle/copil')).toBe('/media/cle/copil.ctg-seance.json');
    expect(withSessionExtension('/media/cle/copil.json')).toBe('/media/cle/copil.ctg-seance.json');
    expect(withSessionExtension('/media/cle/copil.ctg-seance.json')).toBe('/media/cle/copil.ctg-seance.json');
  });

  it('gives the renderer the chosen path, or says the dialog was closed', async () => {
    const asked: Array<OpenDialogOptions | SaveDialogOptions> = [];
    let answer: { canceled: boolean; path?: string } = { canceled: false, path: '/media/cle/copil.ctg-seance.json' };
    const dialogs = createElectronSessionDialogs({
      dialog: {
        showOpenDialog: (async (o: OpenDialogOptions) => {
          asked.push(o);
          return { canceled: answer.canceled, filePaths: answer.path ? [answer.path] : [] };
        }) as never,
        showSaveDialog: (async (o: SaveDialogOptions) => {
          asked.push(o);
          return { canceled: answer.canceled, filePath: answer.path ?? '' };
        }) as never,
      },
      BrowserWindow: class {} as never,
      preloadPath: '/app/preload.cjs',
      sessionsDir: dir,
      getSession: (h) => service.getSession(h),
      fs: { writeFile: (p, d) => writeFile(p, d) },
      path,
    });
    expect(await dialogs.chooseSessionFile({ mode: 'open' })).toEqual({ ok: true, path: '/media/cle/copil.ctg-seance.json' });
    answer = { canceled: false, path: '/media/cle/copil' };
    expect(await dialogs.chooseSessionFile({ mode: 'save', suggestedName: 'copil' })).toEqual({ ok: true, path: '/media/cle/copil.ctg-seance.json' });
    answer = { canceled: true };
    expect(await dialogs.chooseSessionFile({ mode: 'open' })).toEqual({ ok: false, canceled: true });
    expect(await dialogs.chooseSessionFile({ mode: 'save' })).toEqual({ ok: false, canceled: true });
    expect(asked.map((o) => o.title)).toEqual(['Ouvrir une séance', 'Enregistrer la séance sous', 'Ouvrir une séance', 'Enregistrer la séance sous']);
    expect(asked[1]!.defaultPath).toBe(path.join(dir, 'copil.ctg-seance.json'));
  });
});

describe('minutes PDF (Electron side)', () => {
  async function openSession() {
    const created = await service.createSession({ template: 'copil-ctg', date: '2026-03-03', title: 'COPIL de mars' });
    if (!created.ok) throw new Error(created.message);
    await service.addEntry(created.state.handle, { kind: 'décision', text: 'Le forum aura lieu en avril' });
    return created.state;
  }

  function harness(overrides: Partial<MinutesPdfDeps> = {}) {
    const steps: string[] = [];
    const deps: MinutesPdfDeps = {
      getSession: (h) => service.getSession(h),
      renderPdf: async (url) => {
        steps.push(`print ${url}`);
        return new TextEncoder().encode(`%PDF-fake ${url}`);
      },
      chooseFile: async (defaultPath) => {
        steps.push(`ask ${defaultPath}`);
        return defaultPath;
      },
      writeFile: async (p, data) => {
        steps.push(`write ${p}`);
        await writeFile(p, data);
      },
      dirname: path.dirname,
      join: path.join,
      ...overrides,
    };
    return { exportPdf: createMinutesPdfExporter(deps), steps };
  }

  it('prints the minutes page without its toolbar, then asks where with « <titre> - compte rendu.pdf », then writes', async () => {
    const state = await openSession();
    const { exportPdf, steps } = harness();
    const result = await exportPdf(state.handle, 'compte-rendu');
    const target = path.join(dir, 'COPIL de mars - compte rendu.pdf');
    expect(result).toEqual({ ok: true, path: target });
    expect(steps).toEqual([`print app://app/minutes?seance=${state.handle}&variante=compte-rendu&barre=non`, `ask ${target}`, `write ${target}`]);
    // The renderer's /minutes route reads that address as the session, the variant, no toolbar.
    const url = new URL(steps[0]!.slice('print '.length));
    expect(minutesQuery(url.search)).toEqual({ handle: state.handle, variant: 'compte-rendu', toolbar: false });
    expect(await readFile(target, 'utf8')).toMatch(/^%PDF-fake/);
  });

  it('names the relevé de décisions variant', async () => {
    const state = await openSession();
    const { exportPdf, steps } = harness();
    expect(await exportPdf(state.handle, 'releve')).toEqual({ ok: true, path: path.join(dir, 'COPIL de mars - relevé de décisions.pdf') });
    expect(steps[0]).toContain('variante=releve');
    expect(minutesPdfName('Forum : « Habiter le Diois »', 'releve')).toBe('Forum « Habiter le Diois » - relevé de décisions.pdf');
  });

  it('writes nothing when the save dialog is closed', async () => {
    const state = await openSession();
    const before = await readdir(dir);
    const { exportPdf, steps } = harness({ chooseFile: async () => undefined });
    expect(await exportPdf(state.handle, 'compte-rendu')).toEqual({ ok: false, canceled: true, message: 'Export annulé.' });
    expect(steps.filter((s) => s.startsWith('write'))).toEqual([]);
    expect((await readdir(dir)).filter((n) => n.endsWith('.pdf'))).toEqual(before.filter((n) => n.endsWith('.pdf')));
  });

  it('tells a print failure in French before asking anything, and refuses a session that is not open', async () => {
    const state = await openSession();
    const { exportPdf, steps } = harness({ renderPdf: async () => Promise.reject(new Error('La page d’impression ne s’est pas préparée à temps.')) });
    expect(await exportPdf(state.handle, 'compte-rendu')).toEqual({
      ok: false,
      message: 'Le PDF du compte rendu n’a pas pu être créé\u00A0: La page d’impression ne s’est pas préparée à temps.',
    });
    expect(steps).toEqual([]);
    const other = harness();
    const r = await other.exportPdf('0123456789abcdef', 'compte-rendu');
    expect(r.ok).toBe(false);
    expect('message' in r && r.message).toBe('Cette séance n’est plus ouverte dans l’application.');
    expect(other.steps).toEqual([]);
  });
});
