// No growth when decks change: six tours of four decks in the facilitator view, the room
// (audience page) following, every step of every deck walked with PageDown through
// Playwright, the deck changed with the view's own picker. After tour 2 and after tour 6,
// each page's JS heap is measured at rest after forced garbage collection (CDP
// HeapProfiler.collectGarbage, then Runtime.getHeapUsage; the lowest of three readings);
// the target is within 5 %. The bench reads the room through CDP's DOM domain, not with
// Playwright's in-page helpers, whose own code would warm up in the heap it measures.
// Run alone with `npx tsx bench/run.ts heap` (after `npm run build`).
import type { CDPSession } from 'playwright-core';
import { openFacilitatorRig, type FacilitatorRig } from '../tests/e2e/helpers/facilitator.js';
import { heapAtRest, heapSnapshotSplit, openDeck, waitForSelectorOverCdp, type HeapSample } from '../tests/e2e/helpers/heap.js';
import type { Bench, BenchResult } from './types.js';

export const HEAP_DECKS = ['petite-enfance', 'jeunesse', 'logement', 'conclusion'] as const;
/** HEAP_TOURS=10 to see where the curve goes; the target compares tour 2 with the last. */
const TOURS = Math.max(3, Number(process.env.HEAP_TOURS) || 6);
/** Largest acceptable growth of the heap between tour 2 and tour 6. */
const TARGET_RATIO = 1.05;

/** Presses PageDown through every step of the deck open on the hub; the room follows to the end. Returns the presses. */
export async function walkDeck(rig: FacilitatorRig, room: CDPSession): Promise<number> {
  const shape = rig.server.hub.state.deck!.shape;
  // The slide of each step after the first: a slide's fragments, then the next slide.
  const slideOfStep = shape.slides.flatMap((s, i) => Array.from({ length: s.fragments + 1 }, () => i)).slice(1);
  for (const [i, slide] of slideOfStep.entries()) {
    await rig.facilitator.keyboard.press('PageDown');
    // Every few presses, wait for the room to catch up, as a facilitator waits for the room.
    if (i % 8 === 7) await waitForRoomAt(room, slide);
  }
  await waitForRoomAt(room, shape.slides.length - 1);
  return slideOfStep.length;
}

/** reveal.js shows slide `slide` (0-based) in the room: `.slides` holds only the sections. */
function waitForRoomAt(room: CDPSession, slide: number): Promise<void> {
  return waitForSelectorOverCdp(room, `main.audience .reveal .slides > section.present:nth-of-type(${slide + 1})`);
}

export async function tour(rig: FacilitatorRig, room: CDPSession): Promise<number> {
  let presses = 0;
  for (const id of HEAP_DECKS) {
    await openDeck(rig, id, room);
    // The hub resumes a deck where it was left (host/meeting): each tour walks it from the start.
    await rig.facilitator.keyboard.press('Home');
    await waitForRoomAt(room, 0);
    presses += await walkDeck(rig, room);
  }
  return presses;
}

export async function run(): Promise<BenchResult> {
  const rig = await openFacilitatorRig(HEAP_DECKS[0]);
  try {
    const sessions = { facilitator: await rig.context.newCDPSession(rig.facilitator), room: await rig.context.newCDPSession(rig.audience) };
    const samples: Record<'facilitator' | 'room', HeapSample[]> = { facilitator: [], room: [] };
    const split: Record<'facilitator' | 'room', { codeBytes: number; otherBytes: number; jsObjectBytes: number }[]> = { facilitator: [], room: [] };
    let presses = 0;
    for (let t = 1; t <= TOURS; t++) {
      presses += await tour(rig, sessions.room);
      for (const view of ['facilitator', 'room'] as const) {
        samples[view].push(await heapAtRest(sessions[view]));
        if (t === 2 || t === TOURS) split[view].push(await heapSnapshotSplit(sessions[view]));
      }
    }
    const mb = (b: number) => `${(b / 1048576).toFixed(2).replace('.', ',')}\u00a0Mo`;
    const line = (view: 'facilitator' | 'room') =>
      `${view === 'facilitator' ? 'animateur' : 'salle'}, après chaque tour : ${samples[view].map((s) => mb(s.usedBytes)).join(' ')} ; nœuds DOM ${samples[view].map((s) => s.nodes).join(' ')} ; écouteurs ${samples[view].map((s) => s.listeners).join(' ')}`;
    return {
      title: `Mémoire après ${TOURS} tours de ${HEAP_DECKS.length} présentations en mode animateur (${presses} appuis, la salle suit), tas JS après ramasse-miettes`,
      referenceName: 'après le tour 2',
      targetRatio: TARGET_RATIO,
      rows: [
        { label: `vue animateur, après le tour ${TOURS}`, unit: 'octets', app: samples.facilitator.at(-1)!.usedBytes, reference: samples.facilitator[1]!.usedBytes },
        { label: `vue salle, après le tour ${TOURS}`, unit: 'octets', app: samples.room.at(-1)!.usedBytes, reference: samples.room[1]!.usedBytes },
        { label: `vue animateur, objets JS (instantané)`, unit: 'octets', app: split.facilitator[1]!.jsObjectBytes, reference: split.facilitator[0]!.jsObjectBytes },
        { label: `vue salle, objets JS (instantané)`, unit: 'octets', app: split.room[1]!.jsObjectBytes, reference: split.room[0]!.jsObjectBytes },
      ],
      notes: [
        line('facilitator'),
        line('room'),
        `code compilé (V8), tour 2 → tour ${TOURS} : animateur ${mb(split.facilitator[0]!.codeBytes)} → ${mb(split.facilitator[1]!.codeBytes)}, salle ${mb(split.room[0]!.codeBytes)} → ${mb(split.room[1]!.codeBytes)}`,
        `objets natifs du navigateur (hors tas JS : mise en page, styles, tampons de DevTools), tour 2 → tour ${TOURS} : animateur ${mb(split.facilitator[0]!.otherBytes - split.facilitator[0]!.jsObjectBytes)} → ${mb(split.facilitator[1]!.otherBytes - split.facilitator[1]!.jsObjectBytes)}, salle ${mb(split.room[0]!.otherBytes - split.room[0]!.jsObjectBytes)} → ${mb(split.room[1]!.otherBytes - split.room[1]!.jsObjectBytes)}`, `Présentations : ${HEAP_DECKS.join(', ')} ; chaque pas de chaque présentation (PageDown), la salle rattrapée tous les 8 appuis.`],
    };
  } finally {
    await rig.close();
  }
}

export const heapBench: Bench = { name: 'heap', run };
