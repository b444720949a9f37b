// What the heap bench (bench/heap.ts) and the deck-change memory test measure in a page: its
// JS heap after forced garbage collection, its DOM nodes and listeners, and a heap snapshot
// split into compiled code and the rest; and how they change decks in the facilitator view.
import type { CDPSession } from 'playwright-core';
import { waitForFacilitator, type FacilitatorRig } from './facilitator.js';

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

/**
 * The page at rest: the lowest of three readings a moment apart. What a view has just let go
 * of (a transition ending, a React cleanup, a response in flight) can outlast one
 * collection; a leak raises the floor.
 */
export async function heapAtRest(session: CDPSession): Promise<HeapSample> {
  const readings: HeapSample[] = [];
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 400));
    readings.push(await heapAfterGc(session));
  }
  return {
    usedBytes: Math.min(...readings.map((r) => r.usedBytes)),
    nodes: Math.min(...readings.map((r) => r.nodes)),
    listeners: Math.min(...readings.map((r) => r.listeners)),
  };
}

/**
 * Waits until `selector` matches in the page, asked through CDP's DOM domain (Blink answers
 * it): no script runs in the page, so a measure of its heap does not count the waiting.
 * Playwright's locators and waitForFunction compile and warm their own code there.
 */
export async function waitForSelectorOverCdp(session: CDPSession, selector: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { root } = await session.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (nodeId) return;
    if (Date.now() > deadline) throw new Error(`« ${selector} » still absent after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * A heap snapshot's self sizes, split into V8's compiled code (bytecode, machine code, inline
 * caches: it grows while the JIT warms up) and everything else (`otherBytes`: objects,
 * closures, strings, DOM wrappers, what a leak keeps). `jsObjectBytes` is that without the
 * browser's native objects (layout, styles, DevTools' own network buffers), which the
 * snapshot lists but the JS heap figure does not count.
 */
export async function heapSnapshotSplit(session: CDPSession): Promise<{ codeBytes: number; otherBytes: number; jsObjectBytes: number }> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  session.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    session.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const snap = JSON.parse(chunks.join('')) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[] };
  const { node_fields: fields, node_types: types } = snap.snapshot.meta;
  const step = fields.length;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  let codeBytes = 0;
  let otherBytes = 0;
  let nativeBytes = 0;
  for (let i = 0; i < snap.nodes.length; i += step) {
    const type = types[0][snap.nodes[i + typeAt]!];
    if (type === 'code') codeBytes += snap.nodes[i + sizeAt]!;
    else otherBytes += snap.nodes[i + sizeAt]!;
    if (type === 'native') nativeBytes += snap.nodes[i + sizeAt]!;
  }
  return { codeBytes, otherBytes, jsObjectBytes: otherBytes - nativeBytes };
}

/**
 * Opens `deckId` from the facilitator's picker and waits for both views to show it (the
 * room's page read through `roomSession` when given, see waitForSelectorOverCdp).
 */
export async function openDeck(rig: FacilitatorRig, deckId: string, roomSession?: CDPSession): Promise<void> {
  const current = await rig.facilitator.getAttribute('.facilitator', 'data-deck-id');
  if (current !== deckId) {
    await rig.facilitator.selectOption('.deck-picker select', deckId);
    // Keys must reach the view, not the list (PageDown would change the deck).
    await rig.facilitator.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  }
  await waitForFacilitator(rig.facilitator, deckId);
  const roomReady = `main.audience[data-deck-id="${deckId}"] .slide-stage[data-ready="true"]`;
  if (roomSession) await waitForSelectorOverCdp(roomSession, roomReady);
  else await rig.audience.locator(roomReady).waitFor();
}

