// Each host is assembled in one place (host/host-service.ts) and says what it can do: the
// browser host has no native dialog nor PDF printer, Electron's main passes them in. The
// screens ask the host (renderer/host-client/capabilities.ts), never the preload's global.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportApi } from '../../core/export/api.js';
import type { SessionDialogApi } from '../../core/session/dialog-api.js';
import { createHostService } from '../../host/host-service.js';

const root = join(import.meta.dirname, '..', '..');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ctg-capabilities-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const options = () => ({ slidesDir: join(root, 'slides'), documentsDir: dir, standaloneDir: join(dir, 'standalone') });

describe('host capabilities', () => {
  it('the browser host has no desktop extras, and its dialog methods say so', async () => {
    const host = createHostService(options());
    expect(await host.getCapabilities()).toEqual({ nativeDialogs: false, pdfPrinter: false, displays: false });
    expect(await host.chooseSessionFile({ mode: 'open' })).toEqual({ ok: false, unavailable: true });
    expect(await host.exportPdf(['petite-enfance'], 'slides')).toMatchObject({ ok: false });
    await host.closeAll();
  });

  it('the desktop services given at assembly answer, built on the host’s own services', async () => {
    const built: string[] = [];
    const host = createHostService({
      ...options(),
      desktop: {
        deckExports: (exports) => {
          built.push(typeof exports.loadDecks);
          return { exportPdf: async () => ({ ok: true, paths: ['/docs/a.pdf'], skipped: [] }) } as unknown as ExportApi;
        },
        sessionDialogs: (sessions) => {
          built.push(typeof sessions.getSession);
          return { chooseSessionFile: async () => ({ ok: true, path: '/media/cle/copil.ctg-seance.json' }) } as unknown as SessionDialogApi;
        },
        displays: true,
      },
    });
    expect(built).toEqual(['function', 'function']);
    expect(await host.getCapabilities()).toEqual({ nativeDialogs: true, pdfPrinter: true, displays: true });
    expect(await host.chooseSessionFile({ mode: 'open' })).toEqual({ ok: true, path: '/media/cle/copil.ctg-seance.json' });
    expect(await host.exportPdf(['petite-enfance'], 'slides')).toEqual({ ok: true, paths: ['/docs/a.pdf'], skipped: [] });
    await host.closeAll();
  });

  it('no screen probes the preload’s globals: only the host and presentation clients pick their transport', async () => {
    const files = (await readdir(join(root, 'renderer'), { recursive: true }))
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
      .map((f) => join(root, 'renderer', f));
    const probing = { host: [] as string[], presentation: [] as string[] };
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      if (/ctgHost|HOST_GLOBAL/.test(text)) probing.host.push(relative(root, file));
      if (/ctgPresentation|PRESENTATION_GLOBAL/.test(text)) probing.presentation.push(relative(root, file));
    }
    expect(files.length).toBeGreaterThan(20);
    expect(probing).toEqual({
      host: ['renderer/host-client/host-client.ts'],
      presentation: ['renderer/presentation-client/presentation-client.ts'],
    });
  });
});
