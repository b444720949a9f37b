// Session files benchmark: journal replay per megabyte (a valid 50,000-entry journal and a
// crafted one), against JSON.parse of the same lines (the least any replay must do); and the
// listing of N session files, cold then cached, against reading the same files raw.
// Real files in a temporary folder. Prints numbers; asserts nothing.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { journalHeader, journalRecord, replayJournal } from '../core/session/journal.js';
import type { SessionOp } from '../core/session/ops.js';
import { serializeSession } from '../core/session/parse.js';
import { createFromTemplate } from '../core/session/templates.js';
import type { Entry } from '../core/session/model.js';
import { nodeSessionFs } from '../host/session/fs.js';
import { createSessionLister } from '../host/session/store.js';
import type { Bench, BenchResult } from './types.js';

const NOW = '2026-03-03T14:00:00.000Z';
const MB = 1024 * 1024;
const note = (id: string, text: string): Entry => ({ id, kind: 'note', text, createdAt: NOW, updatedAt: NOW });
const base = () => createFromTemplate('copil-ctg', { id: 's', now: NOW, date: '2026-03-03' });
const journal = (records: SessionOp[][]) => journalHeader('h') + records.map((ops, i) => journalRecord(i + 1, i + 1, NOW, ops)).join('');

function median(runs: number, f: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

export interface SessionFilesBenchResult {
  validJournalMB: number;
  validReplayMsPerMB: number;
  hostileJournalMB: number;
  hostileReplayMsPerMB: number;
  jsonParseMsPerMB: number;
  files: number;
  listingColdMs: number;
  listingCachedMs: number;
  rawReadMs: number;
}

export async function run(options: { files?: number } = {}): Promise<SessionFilesBenchResult> {
  const valid = journal(Array.from({ length: 50_000 }, (_, i) => [{ t: 'put', entry: note(`n${i}`, `Note ${i} — une idée du forum`) }]));
  // Positioned inserts (each shifts the list), removals, then garbage lines.
  const hostileRecords: SessionOp[][] = [];
  for (let i = 0; i < 30_000; i++) hostileRecords.push([{ t: 'put', entry: note(`a${i}`, 'x'), at: 0 }]);
  for (let i = 0; i < 20_000; i++) hostileRecords.push([{ t: 'remove', id: `a${i}` }, { t: 'put', entry: note(`b${i}`, 'y') }]);
  const hostile = journal(hostileRecords) + '{"s":1,"r":1,"at":"bad","ops":[]}\n'.repeat(60_000);
  const mb = (text: string) => Buffer.byteLength(text) / MB;
  const validMs = median(5, () => replayJournal(base(), valid));
  const hostileMs = median(5, () => replayJournal(base(), hostile));
  const parseMs = median(5, () => {
    for (const line of valid.split('\n')) if (line) JSON.parse(line);
  });

  const files = options.files ?? 200;
  const dir = await mkdtemp(join(tmpdir(), 'ctg-bench-files-'));
  try {
    const session = base();
    const text = serializeSession({ ...session, entries: Array.from({ length: 200 }, (_, i) => note(`e${i}`, `Contribution ${i}`)) });
    for (let i = 0; i < files; i++) await writeFile(join(dir, `séance ${String(i).padStart(4, '0')}.ctg-seance.json`), text);
    const lister = createSessionLister(nodeSessionFs);
    let t0 = performance.now();
    const cold = await lister.list(dir);
    const listingColdMs = performance.now() - t0;
    if (!cold.ok || cold.sessions.length !== files) throw new Error('listing incomplet');
    t0 = performance.now();
    await lister.list(dir);
    const listingCachedMs = performance.now() - t0;
    t0 = performance.now();
    for (let i = 0; i < files; i++) await readFile(join(dir, `séance ${String(i).padStart(4, '0')}.ctg-seance.json`));
    const rawReadMs = performance.now() - t0;
    return {
      validJournalMB: mb(valid),
      validReplayMsPerMB: validMs / mb(valid),
      hostileJournalMB: mb(hostile),
      hostileReplayMsPerMB: hostileMs / mb(hostile),
      jsonParseMsPerMB: parseMs / mb(valid),
      files,
      listingColdMs,
      listingCachedMs,
      rawReadMs,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const one = (n: number) => n.toFixed(1).replace('.', ',');

export const sessionFilesBench: Bench = {
  name: 'fichiers de séance',
  async run(): Promise<BenchResult> {
    const r = await run();
    return {
      title: `Fichiers de séance\u00a0: relecture du journal (ms par Mo) et liste de ${r.files} séances`,
      referenceName: 'JSON.parse seul / lecture brute',
      rows: [
        { label: `journal valide de 50${'\u202f'}000 entrées (${one(r.validJournalMB)} Mo), ms/Mo`, unit: 'ms', app: r.validReplayMsPerMB, reference: r.jsonParseMsPerMB },
        { label: `journal fabriqué (${one(r.hostileJournalMB)} Mo), ms/Mo`, unit: 'ms', app: r.hostileReplayMsPerMB, reference: r.jsonParseMsPerMB },
        { label: `liste de ${r.files} séances, à froid`, unit: 'ms', app: r.listingColdMs, reference: r.rawReadMs },
        { label: `liste de ${r.files} séances, en cache`, unit: 'ms', app: r.listingCachedMs, reference: r.rawReadMs },
      ],
    };
  },
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(await run());
}
