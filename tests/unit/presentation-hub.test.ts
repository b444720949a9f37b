// The hub without any transport, as Electron main will use it over IPC.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StateMessage } from '../../core/presentation/api.js';
import { initialPresentationState, type DeckShape } from '../../core/presentation/state.js';
import { countdownRemainingMs, deckElapsedMs } from '../../core/presentation/timers.js';
import { PresentationHub, STATE_FILE_NAME } from '../../host/presentation/hub.js';

const shape: DeckShape = { slides: [{ fragments: 1, promptMinutes: [] }, { fragments: 0, promptMinutes: [10] }] };
const MIN = 60_000;

let folder: string;
let clock: number;
const now = () => clock;

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'ctg-hub-'));
  clock = Date.UTC(2026, 4, 20, 9, 0);
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('presentation hub', () => {
  it('restores the session after a restart: position, overlay and timers', async () => {
    const hub = await PresentationHub.open({ folder, now });
    hub.apply({ type: 'openDeck', deckId: 'forum', durationMinutes: 90, shape });
    hub.apply({ type: 'next' });
    clock += 5 * MIN;
    hub.apply({ type: 'next' });
    hub.apply({ type: 'showPrompt', promptIndex: 0, durationMinutes: 10 });
    clock += 2 * MIN;
    hub.apply({ type: 'countdownPause' });
    await hub.flush();

    clock += 30 * MIN; // the host was down for half an hour
    const restarted = await PresentationHub.open({ folder, now });
    expect(restarted.state).toEqual(hub.state);
    expect(deckElapsedMs(restarted.state, clock)).toBe(37 * MIN);
    expect(countdownRemainingMs(restarted.state.overlay!.countdown, clock)).toBe(8 * MIN);
    // Only the state file remains: temporary files were renamed into place.
    expect(await readdir(folder)).toEqual([STATE_FILE_NAME]);
  });

  it('the file on disk ends up with the last state after a burst of actions', async () => {
    const hub = await PresentationHub.open({ folder, now });
    hub.apply({ type: 'openDeck', deckId: 'forum', durationMinutes: 90, shape });
    for (let i = 0; i < 50; i++) hub.apply({ type: i % 2 ? 'toggleBlack' : 'toggleWhite' });
    hub.apply({ type: 'last' });
    await hub.flush();
    expect(JSON.parse(await readFile(path.join(folder, STATE_FILE_NAME), 'utf8'))).toEqual(hub.state);
  });

  it('ignores a corrupted or inconsistent state file and starts fresh', async () => {
    const file = path.join(folder, STATE_FILE_NAME);
    await writeFile(file, '{"revision": 3, "deck": nul');
    expect((await PresentationHub.open({ folder, now })).state).toEqual(initialPresentationState);

    const hub = await PresentationHub.open({ folder, now });
    hub.apply({ type: 'openDeck', deckId: 'forum', durationMinutes: 90, shape });
    await hub.flush();
    const saved = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify({ ...saved, position: { slide: 9, fragment: 0 } }));
    expect((await PresentationHub.open({ folder, now })).state).toEqual(initialPresentationState);
  });

  it('tells subscribers the current state at once and every change, until they leave', async () => {
    const hub = new PresentationHub(undefined, { now });
    const got: StateMessage[] = [];
    const leave = hub.subscribe((m) => got.push(m));
    expect(got).toHaveLength(1);
    hub.apply({ type: 'openDeck', deckId: 'forum', durationMinutes: 90, shape });
    hub.apply({ type: 'prev' }); // already at the start: the first move only starts the timer
    hub.apply({ type: 'prev' }); // nothing changes: nobody is told
    expect(got.map((m) => m.state.revision)).toEqual([0, 1, 2]);
    expect(got[2]!.hostNow).toBe(clock);
    leave();
    hub.apply({ type: 'next' });
    expect(got).toHaveLength(3);
    expect(hub.subscriberCount).toBe(0);
  });

  it('answers a refused action with a French message and keeps going', async () => {
    const hub = new PresentationHub(undefined, { now });
    expect(hub.apply({ type: 'next' })).toEqual({ ok: false, message: 'Aucune présentation n’est ouverte.' });
    expect(hub.apply('next')).toMatchObject({ ok: false, message: expect.stringContaining('Action invalide') });
    expect(hub.state).toBe(initialPresentationState);
  });

  it('keeps the session in memory when the folder can no longer be written', async () => {
    const errors: unknown[] = [];
    const hub = await PresentationHub.open({ folder, now, onPersistError: (e) => errors.push(e) });
    await rm(folder, { recursive: true, force: true });
    const r = hub.apply({ type: 'openDeck', deckId: 'forum', durationMinutes: 90, shape });
    await hub.flush();
    expect(r.ok).toBe(true);
    expect(errors).toHaveLength(1);
    expect(hub.apply({ type: 'next' }).ok).toBe(true);
  });
});
