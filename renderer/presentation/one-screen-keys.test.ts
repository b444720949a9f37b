// The single-window presentation's keys, played through the one engine it shares with the
// facilitator mode: core/presentation/keys.ts (`oneScreen`) and the presentation reducer,
// as its in-memory client holds them. PowerPoint and Impress habits.
import { describe, expect, it } from 'vitest';
import { interpretKey, type KeyPress } from '../../core/presentation/keys.js';
import type { PresentationState } from '../../core/presentation/state.js';
import { memoryPresentationClient } from '../presentation-client/memory-client.js';

const T0 = Date.UTC(2026, 2, 12, 13, 0);
const SLIDES = 15;

/** A deck of 15 slides, the second with a three-step list; `at` = slide shown first. */
async function opened(at = 4): Promise<PresentationState> {
  const client = memoryPresentationClient(undefined, () => T0);
  const slides = Array.from({ length: SLIDES }, (_, i) => ({ fragments: i === 1 ? 3 : 0, promptMinutes: [] }));
  await client.send({ type: 'openDeck', deckId: 'copil', durationMinutes: 30, shape: { slides } });
  await client.send({ type: 'goTo', slide: at });
  return client.current();
}

/** Plays key presses in one window; returns the state, the digits typed and the window commands. */
async function play(keys: Array<string | KeyPress>, start?: PresentationState, fullscreen = false) {
  const client = memoryPresentationClient(start ?? (await opened()), () => T0);
  let digits = '';
  const commands: string[] = [];
  const handled: boolean[] = [];
  for (const k of keys) {
    const press = typeof k === 'string' ? { key: k, fullscreen } : { fullscreen, ...k };
    const r = interpretKey(press, digits, client.current(), { oneScreen: true });
    digits = r.buffer;
    handled.push(r.handled);
    if (r.action) await client.send(r.action);
    if (r.command) commands.push(r.command);
  }
  return { state: client.current(), digits, commands, handled };
}

describe('single-window keys (PowerPoint / Impress habits), through the presentation reducer', () => {
  it.each(['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'Enter', 'n', 'N'])('%j goes to the next step', async (key) => {
    expect((await play([key])).state.position).toEqual({ slide: 5, fragment: 0 });
  });

  it.each(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P'])('%j goes to the previous step', async (key) => {
    expect((await play([key])).state.position).toEqual({ slide: 3, fragment: 0 });
  });

  it('next shows a stepwise list one item at a time, then moves on; previous comes back to the full list', async () => {
    const start = await opened(1);
    expect((await play(['n', 'n'], start)).state.position).toEqual({ slide: 1, fragment: 2 });
    expect((await play(['n', 'n', 'n', 'n'], start)).state.position).toEqual({ slide: 2, fragment: 0 });
    expect((await play(['n', 'n', 'n', 'n', 'p'], start)).state.position).toEqual({ slide: 1, fragment: 3 });
  });

  it('Home and End go to the first and last slides', async () => {
    expect((await play(['Home'])).state.position.slide).toBe(0);
    expect((await play(['End'])).state.position.slide).toBe(SLIDES - 1);
  });

  it('a number then Enter goes to that slide (1-based on screen); beyond the end goes to the last', async () => {
    const typed = await play(['1', '2']);
    expect(typed.digits).toBe('12');
    expect(typed.state.position.slide).toBe(4);
    const r = await play(['1', '2', 'Enter']);
    expect(r.state.position.slide).toBe(11);
    expect(r.digits).toBe('');
    expect((await play(['9', '9', 'Enter'])).state.position.slide).toBe(SLIDES - 1);
  });

  it('"0" then Enter goes nowhere, and Backspace corrects a number before moving back', async () => {
    expect((await play(['0', 'Enter'])).state.position.slide).toBe(4);
    const corrected = await play(['1', '2', 'Backspace']);
    expect(corrected).toMatchObject({ digits: '1', state: { position: { slide: 4 } } });
  });

  it('another key drops a half-typed number, so it does not linger', async () => {
    expect((await play(['4', 'x'])).digits).toBe('');
    const moved = await play(['4', 'ArrowRight']);
    expect(moved).toMatchObject({ digits: '', state: { position: { slide: 5 } } });
  });

  it.each([
    ['b', 'black'],
    ['B', 'black'],
    ['.', 'black'],
    ['w', 'white'],
    ['W', 'white'],
    [',', 'white'],
  ] as const)('%j blanks the screen to %s', async (key, screen) => {
    expect((await play([key])).state.screen).toBe(screen);
  });

  it.each(['b', 'w', 'ArrowRight', 'Escape', 'x', ' ', 'd'])('on a black or white screen, %j only brings the slide back', async (key) => {
    for (const blank of ['b', 'w']) {
      const r = await play([blank, key]);
      expect(r.state).toMatchObject({ screen: 'normal', position: { slide: 4, fragment: 0 } });
      expect(r.state.glossary ?? false).toBe(false);
      expect(r.commands).toEqual([]);
    }
  });

  it('F5 restarts from the first slide, Shift+F5 stays on the current one, and both are ours (no reload)', async () => {
    const f5 = await play(['F5']);
    expect(f5.state.position.slide).toBe(0);
    expect(f5.handled).toEqual([true]);
    const shifted = await play([{ key: 'F5', shiftKey: true }]);
    expect(shifted.state.position.slide).toBe(4);
    expect(shifted.handled).toEqual([true]);
  });

  it('Esc leaves full screen first, then the presentation', async () => {
    const inFullscreen = await play(['Escape'], undefined, true);
    expect(inFullscreen.commands).toEqual(['escape']);
    expect((await play(['Escape'])).commands).toEqual(['escape']);
  });

  it('F toggles full screen', async () => {
    expect((await play(['f', 'F'])).commands).toEqual(['fullscreen', 'fullscreen']);
  });

  it('G and E (freeze, swap screens: facilitator mode only) do nothing in one window, and never mean full screen', async () => {
    for (const key of ['g', 'G', 'e', 'E']) {
      const r = await play(['2', key]);
      expect(r).toMatchObject({ digits: '', commands: [], handled: [true, false] });
      expect(r.state.frozen).toBeNull();
    }
  });

  it('ignores keys typed in a field, and browser shortcuts with Ctrl, Alt or Meta', async () => {
    const start = await opened();
    for (const key of ['n', 'ArrowRight', ' ', 'Escape', 'b', '3', 'F5']) {
      const r = await play([{ key, editable: true }], start);
      expect(r).toMatchObject({ handled: [false], commands: [] });
      expect(r.state).toBe(start);
    }
    expect((await play([{ key: 'r', ctrlKey: true }])).handled).toEqual([false]);
    expect((await play([{ key: 'ArrowLeft', altKey: true }])).handled).toEqual([false]);
    expect((await play([{ key: 'f', metaKey: true }])).handled).toEqual([false]);
  });

  it('a modifier pressed alone changes nothing (Shift before F5 keeps a typed number)', async () => {
    expect((await play(['3', { key: 'Shift', shiftKey: true }])).digits).toBe('3');
  });

  it('a held key repeats next/previous but not the toggles', async () => {
    expect((await play([{ key: 'ArrowRight', repeat: true }])).state.position.slide).toBe(5);
    expect((await play([{ key: 'b', repeat: true }])).state.screen).toBe('normal');
    expect((await play([{ key: 'f', repeat: true }])).commands).toEqual([]);
  });

  it('D shows the sigles of the slide, D again or Esc hides them (Esc does not leave then); a move closes them', async () => {
    expect((await play(['d'])).state.glossary).toBe(true);
    expect((await play(['D'])).state.glossary).toBe(true);
    expect((await play(['d', 'd'])).state.glossary).toBe(false);
    const escaped = await play(['d', 'Escape']);
    expect(escaped).toMatchObject({ state: { glossary: false }, commands: [] });
    // Full screen still goes first, as the browser does.
    expect((await play(['d', 'Escape'], undefined, true))).toMatchObject({ state: { glossary: true }, commands: ['escape'] });
    expect((await play([{ key: 'd', repeat: true }])).state.glossary ?? false).toBe(false);
    expect((await play(['d', 'ArrowRight'])).state).toMatchObject({ glossary: false, position: { slide: 5 } });
  });
});
