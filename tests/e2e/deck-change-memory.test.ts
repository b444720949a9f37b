// Changing decks again and again in the facilitator view must not pile up memory: each
// change replaces the laptop's reveal.js previews and moves the room's one reveal.js
// instance to the new deck's slides; a deck that outlived its view kept all its slides' DOM
// (reveal.js's destroy() left an interval holding it: scripts/reveal-destroy-fix.ts), and
// slides reveal.js kept after a sync would do the same. After warm-up changes, then as many
// again, each view's DOM node and listener counts stay put and its heap without compiled code
// (which grows while the JIT warms up) grows less than 15 %. The speed-free figures of
// `npm run bench` (bench/heap.ts) walk every step as well.
import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFacilitatorRig, type FacilitatorRig } from './helpers/facilitator.js';
import { heapAtRest, heapSnapshotSplit, openDeck } from './helpers/heap.js';

const DECKS = ['conclusion', 'logement', 'jeunesse'];
const CHANGES = 9;

let rig: FacilitatorRig;
beforeAll(async () => {
  rig = await openFacilitatorRig(DECKS[0]!);
});
afterAll(async () => {
  await rig?.close();
});

async function changeDecks(times: number): Promise<void> {
  for (let i = 1; i <= times; i++) await openDeck(rig, DECKS[i % DECKS.length]!);
  await openDeck(rig, DECKS[0]!);
}

async function measure(session: CDPSession) {
  const atRest = await heapAtRest(session);
  const split = await heapSnapshotSplit(session);
  return { nodes: atRest.nodes, listeners: atRest.listeners, data: split.otherBytes };
}

describe('memory across deck changes in the facilitator view', () => {
  it('keeps no closed deck alive in either view', async () => {
    const sessions = { facilitator: await rig.context.newCDPSession(rig.facilitator), room: await rig.context.newCDPSession(rig.audience) };
    await changeDecks(CHANGES);
    const before = { facilitator: await measure(sessions.facilitator), room: await measure(sessions.room) };
    await changeDecks(CHANGES);
    const after = { facilitator: await measure(sessions.facilitator), room: await measure(sessions.room) };
    console.log(`deck-change memory: ${JSON.stringify({ before, after })}`);
    for (const view of ['facilitator', 'room'] as const) {
      // One deck's slides are hundreds of nodes: a leaked deck shows at once.
      expect(after[view].nodes, `${view}: DOM nodes`).toBeLessThanOrEqual(before[view].nodes * 1.05 + 50);
      expect(after[view].listeners, `${view}: listeners`).toBeLessThanOrEqual(before[view].listeners + 10);
      expect(after[view].data, `${view}: heap without compiled code`).toBeLessThanOrEqual(before[view].data * 1.15);
    }
  });
});
