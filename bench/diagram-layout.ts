// Median time to validate and lay out the largest diagram of the decks (pure core code, no
// DOM). Called by bench/run.ts; `tsx bench/diagram-layout.ts` runs it alone.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDeck } from '../core/deck/parse-deck.js';
import { layoutDiagram } from '../core/diagram/layout.js';
import { validateDiagram } from '../core/diagram/validate.js';

interface Found {
  where: string;
  kind: string;
  data: unknown;
  size: number;
}

function largestDiagram(slidesDir: string): Found | undefined {
  let best: Found | undefined;
  for (const file of readdirSync(slidesDir).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
    const parsed = parseDeck(file, readFileSync(join(slidesDir, file), 'utf8'));
    if (!parsed.ok) continue;
    for (const slide of parsed.deck.slides) {
      for (const b of slide.blocks) {
        if (b.type !== 'diagram' || b.error) continue;
        const size = JSON.stringify(b.data).length;
        if (!best || size > best.size) best = { where: `${file}:${b.line}`, kind: b.kind, data: b.data, size };
      }
    }
  }
  return best;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

export async function run(slidesDir = 'slides'): Promise<{ name: string; medianMs: number }> {
  const found = largestDiagram(slidesDir);
  if (!found) throw new Error('aucun schéma dans les présentations');
  const once = () => {
    const v = validateDiagram(found.kind, found.data);
    if (!v.ok) throw new Error(v.message);
    const l = layoutDiagram(v.diagram);
    if (!l.ok) throw new Error(l.message);
  };
  for (let i = 0; i < 20; i++) once(); // warm-up (JIT)
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    once();
    times.push(performance.now() - t0);
  }
  const medianMs = median(times);
  console.log(`diagram layout (${found.kind}, ${found.where}): median ${medianMs.toFixed(2)} ms over ${times.length} runs`);
  return { name: `${found.kind}, ${found.where}`, medianMs };
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
