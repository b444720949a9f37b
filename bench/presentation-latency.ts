// Latency from a key press on the facilitator page to the audience page showing the new
// slide, through the browser host's presentation hub (POST action → SSE → reveal.js).
//
// Both pages live in one Chromium, so `performance.timeOrigin + …` is one clock: the
// facilitator page stamps each keydown (its event's timeStamp), the audience page stamps
// the moment reveal.js's `.present` section changes (MutationObserver). Presses alternate
// PageDown / PageUp between two slides without fragments. Figures are printed, never
// asserted: the target is a median within one frame (17 ms) and a p99 under 50 ms.
import { KEY_PROBE, PRESENT_PROBE } from './presentation-latency-probes.js';
import { openFacilitatorRig, waitForAudienceStep, waitForFacilitatorStep } from '../tests/e2e/helpers/facilitator.js';
import type { Bench, BenchResult } from './types.js';

const PRESSES = 220;
const WARM_UP = 10;
const DECK = 'jeunesse';

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export async function run(): Promise<BenchResult> {
  const rig = await openFacilitatorRig(DECK);
  try {
    const { facilitator, audience } = rig;
    const shape = rig.server.hub.state.deck!.shape;
    // Two neighbouring slides without fragments: each press is exactly one slide change.
    const from = shape.slides.findIndex((s, i) => i > 0 && s.fragments === 0 && shape.slides[i + 1]?.fragments === 0);
    await facilitator.keyboard.type(String(from + 1));
    await facilitator.keyboard.press('Enter');
    await waitForFacilitatorStep(facilitator, from, 0);
    await waitForAudienceStep(audience, from, 0);
    await facilitator.evaluate(KEY_PROBE);
    await audience.evaluate(PRESENT_PROBE);

    const latencies: number[] = [];
    for (let i = 0; i < PRESSES + WARM_UP; i++) {
      const seen = await audience.evaluate(() => (window as unknown as { __present: number[] }).__present.length);
      await facilitator.keyboard.press(i % 2 === 0 ? 'PageDown' : 'PageUp');
      await audience.waitForFunction((n) => (window as unknown as { __present: number[] }).__present.length > n, seen, { polling: 'raf' });
      const shown = await audience.evaluate((n) => (window as unknown as { __present: number[] }).__present[n]!, seen);
      const pressed = await facilitator.evaluate(() => (window as unknown as { __keys: number[] }).__keys.at(-1)!);
      if (i >= WARM_UP) latencies.push(shown - pressed);
    }
    latencies.sort((a, b) => a - b);
    const median = percentile(latencies, 50);
    const p99 = percentile(latencies, 99);
    return {
      title: `Touche sur la vue animateur → diapositive affichée sur la vue salle (${PRESSES} appuis, hôte navigateur)`,
      referenceName: 'objectif',
      rows: [
        { label: 'médiane', unit: 'ms', app: median, reference: 17 },
        { label: '99e centile', unit: 'ms', app: p99, reference: 50 },
      ],
      targetRatio: 1,
      notes: [
        `min ${latencies[0]!.toFixed(1)} ms, médiane ${median.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms`,
        'Mesuré dans les pages : keydown (timeStamp) → changement de la classe « present » (MutationObserver).',
      ],
    };
  } finally {
    await rig.close();
  }
}

export const presentationLatencyBench: Bench = { name: 'presentation-latency', run };
