// `npm run bench` (after `npm run build`): runs each benchmark module in turn and prints
// its figures beside its reference, with the ratio. Add a benchmark by writing
// bench/<name>.ts exporting a Bench and listing it below.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { RENDERER_DIR } from '../tests/e2e/helpers/browser.js';
import { firstSlideBench } from './first-slide.js';
import type { Bench, BenchResult } from './types.js';

const BENCHES: Bench[] = [firstSlideBench, { name: 'presentation-latency', run: () => import('./presentation-latency.js').then((m) => m.run()) }];
BENCHES.push({ name: 'diagram-frames', run: () => import('./diagram-frames.js').then((m) => m.run()) });
BENCHES.push({ name: 'séances', run: () => import('./session.js').then((m) => m.sessionBench.run()) });
BENCHES.push({ name: 'fichiers de séance', run: () => import('./session-files.js').then((m) => m.sessionFilesBench.run()) });
BENCHES.push({
  name: 'diagram-layout',
  // Validation and layout of the largest diagram, against the budget of one frame.
  run: async () => {
    const { medianMs, name } = await (await import('./diagram-layout.js')).run();
    return {
      title: `Schéma le plus grand : validation et mise en page (${name})`,
      referenceName: 'une image à 60 Hz',
      rows: [{ label: 'médiane', unit: 'ms', app: medianMs, reference: 1000 / 60 }],
      targetRatio: 1,
    };
  },
});
BENCHES.push({ name: 'export', run: () => import('./export.js').then((m) => m.exportBench.run()) });
BENCHES.push({ name: 'library', run: () => import('./library.js').then((m) => m.libraryBench.run()) });
BENCHES.push({ name: 'heap', run: () => import('./heap.js').then((m) => m.run()) });
BENCHES.push({ name: 'participation', run: () => import('./participation.js').then((m) => m.run()) });

const NBSP = '\u00a0';
const fmt = (value: number, unit: string) =>
  unit === 'ms' ? `${value.toFixed(0)}${NBSP}ms` : `${value.toLocaleString('fr-FR')}${NBSP}${unit}`;

function print(result: BenchResult): void {
  console.log(`\n${result.title}`);
  const rows = result.rows.map((r) => {
    const ratio = r.app / r.reference;
    const target = r.targetRatio === undefined ? result.targetRatio : r.targetRatio;
    const verdict = target === undefined || target === null ? '' : ratio <= target ? '  ✓' : `  ✗ (objectif ≤${NBSP}${target}×)`;
    return [r.label, fmt(r.app, r.unit), fmt(r.reference, r.unit), `${ratio.toFixed(2)}×${verdict}`];
  });
  const header = ['', 'app', result.referenceName, 'rapport'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const line of [header, ...rows]) console.log(line.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('   '));
  for (const note of result.notes ?? []) console.log(`  ${note}`);
}

if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) {
  console.error('Pas de build du rendu : lancez « npm run build » (npm run bench le fait).');
  process.exit(1);
}
// `npx tsx bench/run.ts first-slide heap` runs only the benches named (all when none is).
const only = process.argv.slice(2);
for (const bench of BENCHES.filter((b) => only.length === 0 || only.includes(b.name))) {
  try {
    print(await bench.run());
  } catch (error) {
    console.error(`Banc « ${bench.name} » en échec : ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
