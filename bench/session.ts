// Session benchmark: keystroke-to-durable latency (the draft is on disk when recordDraft
// resolves: journal append + fsync), and the time to save and to export a session of 2,000
// entries. Real files in a temporary folder. Prints numbers; asserts nothing.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createSessionService } from '../host/session/service.js';
import { writeFileAtomic } from '../host/session/atomic.js';
import { nodeSessionFs } from '../host/session/fs.js';
import type { Bench, BenchResult } from './types.js';

export interface SessionBenchResult {
  entries: number;
  keystrokes: number;
  keystrokeDurableMedianMs: number;
  keystrokeDurableP99Ms: number;
  keystrokeDurableMaxMs: number;
  saveMedianMs: number;
  exportMarkdownMs: number;
  exportDocxMs: number;
  fileBytes: number;
  /** The design not chosen: rewriting the whole file atomically on every keystroke. */
  rewritePerKeystrokeMedianMs: number;
  rewritePerKeystrokeP99Ms: number;
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const round = (n: number): number => Math.round(n * 100) / 100;

export async function run(options: { entries?: number; keystrokes?: number } = {}): Promise<SessionBenchResult> {
  const entryCount = options.entries ?? 2000;
  const keystrokes = options.keystrokes ?? 300;
  const dir = await mkdtemp(join(tmpdir(), 'ctg-bench-session-'));
  try {
    const service = createSessionService({ documentsDir: dir });
    const created = await service.createSession({ template: 'copil-ctg', date: '2026-03-03', place: 'Die' });
    if (!created.ok) throw new Error(created.message);
    const { handle } = created.state;
    const kinds = ['note', 'contribution', 'décision', 'action', 'question'] as const;
    for (let i = 0; i < entryCount; i++) {
      await service.addEntry(handle, {
        kind: kinds[i % kinds.length]!,
        text: `Entrée ${i} : les acteurs s’accordent sur le besoin d’une instance permettant de partager les besoins, les actions et les perspectives.`,
        agendaItemId: `p${(i % 15) + 1}`,
        deckId: 'logement',
        slideIndex: i % 9,
        qui: 'CCD',
        echeance: '2026-06-30',
      });
    }
    await service.saveSession(handle);

    // Typing into a session that already holds 2,000 entries: one draft per keystroke.
    const latencies: number[] = [];
    let text = '';
    for (let k = 0; k < keystrokes; k++) {
      text += 'abcdefghijklmnopqrstuvwxyz '[k % 27];
      const t0 = performance.now();
      const r = await service.recordDraft(handle, { kind: 'note', text, agendaItemId: 'p3' });
      latencies.push(performance.now() - t0);
      if (!r.ok) throw new Error(r.message);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    latencies.sort((a, b) => a - b);

    const saves: number[] = [];
    for (let i = 0; i < 5; i++) {
      await service.recordDraft(handle, { kind: 'note', text: text + i });
      const t0 = performance.now();
      const saved = await service.saveSession(handle);
      saves.push(performance.now() - t0);
      if (!saved.ok) throw new Error(saved.message);
    }
    saves.sort((a, b) => a - b);

    const timeExport = async (format: 'markdown' | 'docx'): Promise<number> => {
      const t0 = performance.now();
      // Each run writes the same file again, as a user who confirmed « Remplacer » would.
      const r = await service.exportMinutes(handle, { format, variant: 'compte-rendu', overwrite: true });
      if (!r.ok) throw new Error(r.message);
      return performance.now() - t0;
    };
    await timeExport('docx'); // first call loads the docx library
    const exportMarkdownMs = await timeExport('markdown');
    const exportDocxMs = await timeExport('docx');
    const got = await service.getSession(handle);
    const fileBytes = got.ok ? JSON.stringify(got.state.session, null, 2).length : 0;
    await service.closeSession(handle);

    // Reference: the same keystrokes, each rewriting the whole session file atomically.
    const rewrites: number[] = [];
    if (got.ok) {
      const session = { ...got.state.session };
      const path = join(dir, 'reference.ctg-seance.json');
      for (let k = 0; k < Math.min(keystrokes, 100); k++) {
        const t0 = performance.now();
        session.draft = { kind: 'note', text: text.slice(0, k + 1), updatedAt: new Date().toISOString() };
        await writeFileAtomic(nodeSessionFs, path, new TextEncoder().encode(JSON.stringify(session, null, 2)));
        rewrites.push(performance.now() - t0);
      }
      rewrites.sort((a, b) => a - b);
    }
    return {
      entries: entryCount,
      keystrokes,
      keystrokeDurableMedianMs: round(percentile(latencies, 50)),
      keystrokeDurableP99Ms: round(percentile(latencies, 99)),
      keystrokeDurableMaxMs: round(latencies.at(-1)!),
      saveMedianMs: round(percentile(saves, 50)),
      exportMarkdownMs: round(exportMarkdownMs),
      exportDocxMs: round(exportDocxMs),
      fileBytes,
      rewritePerKeystrokeMedianMs: round(percentile(rewrites, 50)),
      rewritePerKeystrokeP99Ms: round(percentile(rewrites, 99)),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** For bench/run.ts: the journal against rewriting the whole file per keystroke. */
export const sessionBench: Bench = {
  name: 'séances',
  async run(): Promise<BenchResult> {
    const r = await run();
    return {
      title: `Séance de ${r.entries} entrées (${Math.round(r.fileBytes / 1024)} Kio)\u00A0: saisie durable et exports`,
      referenceName: 'réécriture complète',
      rows: [
        { label: 'frappe → disque, médiane', unit: 'ms', app: r.keystrokeDurableMedianMs, reference: r.rewritePerKeystrokeMedianMs },
        { label: 'frappe → disque, p99', unit: 'ms', app: r.keystrokeDurableP99Ms, reference: r.rewritePerKeystrokeP99Ms },
      ],
      notes: [
        `enregistrement complet (avec sauvegarde .bak)\u00A0: ${r.saveMedianMs} ms`,
        `export Markdown\u00A0: ${r.exportMarkdownMs} ms\u00A0; export DOCX\u00A0: ${r.exportDocxMs} ms`,
        `frappe → disque, pire cas\u00A0: ${r.keystrokeDurableMaxMs} ms (objectif\u00A0: moins d’une seconde)`,
      ],
    };
  },
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await run();
  for (const [key, value] of Object.entries(result)) console.log(`session.${key}\t${value}`);
}
