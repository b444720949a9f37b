// No growth when decks change: six tours of four decks in the facilitator view, the room
// (audience page) following, every step of every deck walked with PageDown through
// Playwright, the deck changed with the view's own picker. After tour 2 and after tour 6,
// each page's JS heap is measured after forced garbage collection (CDP
// HeapProfiler.collectGarbage, then Runtime.getHeapUsage); the target is within 5 %.
// Run alone with `npx tsx bench/run.ts heap` (after `npm run build`).
import type { CDPSession, Page } from 'playwright-core';
import { openFacilitatorRig, waitForAudience, waitForFacilitator, type FacilitatorRig } from '../tests/e2e/helpers/facilitator.js';
import type { Bench, BenchResult } from './types.js';

export const HEAP_DECKS = ['petite-enfance', 'jeunesse', 'logement', 'conclusion'] as const;
const TOURS = 6;
/** Largest acceptable growth of the heap between tour 2 and tour 6. */
const TARGET_RATIO = 1.05;

export interface HeapSample {
  usedBytes: number;
  nodes: number;
  listeners: number;
}

/** The page's JS heap after garbage collection (several passes: one can leave garbage held by finalizers). */
export async function heapAfterGc(session: CDPSession): Promise<HeapSample> {
  for (let i = 0; i < 3; i++) await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  const counters = await session.send('Memory.getDOMCounters');
  return { usedBytes: usedSize, nodes: counters.nodes, listeners: counters.jsEventListeners };
}

/** Opens `deckId` from the facilitator's picker and waits for both views to show it. */
export async function openDeck(rig: FacilitatorRig, deckId: string): Promise<void> {
  const current = await rig.facilitator.getAttribute('.facilitator', 'data-deck-id');
  if (current !== deckId) {
    await rig.facilitator.selectOption('.deck-picker select', deckId);
    // Keys must reach the view, not the list (PageDown would change the deck).
    await rig.facilitator.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  }
  await waitForFacilitator(rig.facilitator, deckId);
  await rig.audience.locator(`main.audience[data-deck-id="${deckId}"] .slide-stage[data-ready="true"]`).waitFor();
}

/** Presses PageDown through every step of the deck open on the hub; the room follows to the end. Returns the presses. */
export async function walkDeck(rig: FacilitatorRig): Promise<number> {
  const shape = rig.server.hub.state.deck!.shape;
  // The slide of each step after the first: a slide's fragments, then the next slide.
  const slideOfStep = shape.slides.flatMap((s, i) => Array.from({ length: s.fragments + 1 }, () => i)).slice(1);
  for (const [i, slide] of slideOfStep.entries()) {
    await rig.facilitator.keyboard.press('PageDown');
    // Every few presses, wait for the room to catch up, as a facilitator waits for the room.
    if (i % 8 === 7) await waitForRoomAt(rig.audience, slide);
  }
  await waitForRoomAt(rig.audience, shape.slides.length - 1);
  return slideOfStep.length;
}

async function waitForRoomAt(audience: Page, slide: number): Promise<void> {
  await audience.waitForFunction((s) => {
    const root = document.querySelector('main.audience');
    const sections = Array.from(root?.querySelectorAll('.reveal .slides > section') ?? []);
    const present = root?.querySelector('.reveal .slides > section.present');
    return present !== null && present !== undefined && sections.indexOf(present) === s;
  }, slide);
}

export async function tour(rig: FacilitatorRig): Promise<number> {
  let presses = 0;
  for (const id of HEAP_DECKS) {
    await openDeck(rig, id);
    presses += await walkDeck(rig);
  }
  return presses;
}

export async function run(): Promise<BenchResult> {
  const rig = await openFacilitatorRig(HEAP_DECKS[0]);
  try {
    const sessions = { facilitator: await rig.context.newCDPSession(rig.facilitator), room: await rig.context.newCDPSession(rig.audience) };
    const samples: Record<'facilitator' | 'room', HeapSample[]> = { facilitator: [], room: [] };
    let presses = 0;
    for (let t = 1; t <= TOURS; t++) {
      presses += await tour(rig);
      for (const view of ['facilitator', 'room'] as const) samples[view].push(await heapAfterGc(sessions[view]));
    }
    const mb = (b: number) => `${(b / 1048576).toFixed(2).replace('.', ',')}\u00a0Mo`;
    const line = (view: 'facilitator' | 'room') =>
      `${view === 'facilitator' ? 'animateur' : 'salle'}, après chaque tour : ${samples[view].map((s) => mb(s.usedBytes)).join(' ')} ; nœuds DOM ${samples[view].map((s) => s.nodes).join(' ')} ; écouteurs ${samples[view].map((s) => s.listeners).join(' ')}`;
    return {
      title: `Mémoire après ${TOURS} tours de ${HEAP_DECKS.length} présentations en mode animateur (${presses} appuis, la salle suit), tas JS après ramasse-miettes`,
      referenceName: 'après le tour 2',
      targetRatio: TARGET_RATIO,
      rows: [
        { label: 'vue animateur, après le tour 6', unit: 'octets', app: samples.facilitator[5]!.usedBytes, reference: samples.facilitator[1]!.usedBytes },
        { label: 'vue salle, après le tour 6', unit: 'octets', app: samples.room[5]!.usedBytes, reference: samples.room[1]!.usedBytes },
      ],
      notes: [line('facilitator'), line('room'), `Présentations : ${HEAP_DECKS.join(', ')} ; chaque pas de chaque présentation (PageDown), la salle rattrapée tous les 8 appuis.`],
    };
  } finally {
    await rig.close();
  }
}

export const heapBench: Bench = { name: 'heap', run };
