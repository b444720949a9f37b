import { describe, expect, it } from 'vitest';
import { mapPresentationKey, type KeyInput, type KeyState } from './keymap.js';

const onSlide: KeyState = { digits: '', screen: 'slide', fullscreen: false };
const command = (input: KeyInput, state: KeyState = onSlide) => mapPresentationKey(input, state).command;

describe('presentation keys (PowerPoint / Impress habits)', () => {
  it.each(['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'Enter', 'n', 'N'])('%j goes to the next step', (key) => {
    expect(command({ key })).toEqual({ type: 'next' });
  });

  it.each(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P'])('%j goes to the previous step', (key) => {
    expect(command({ key })).toEqual({ type: 'previous' });
  });

  it('Home and End go to the first and last slides', () => {
    expect(command({ key: 'Home' })).toEqual({ type: 'first' });
    expect(command({ key: 'End' })).toEqual({ type: 'last' });
  });

  it('a number then Enter goes to that slide (1-based on screen, 0-based index)', () => {
    let state = onSlide;
    for (const key of ['1', '2']) {
      const r = mapPresentationKey({ key }, state);
      expect(r.command).toEqual({ type: 'digit' });
      state = { ...state, digits: r.digits };
    }
    expect(state.digits).toBe('12');
    const r = mapPresentationKey({ key: 'Enter' }, state);
    expect(r.command).toEqual({ type: 'goto', index: 11 });
    expect(r.digits).toBe('');
  });

  it('"0" then Enter goes nowhere, and Backspace corrects a number before moving back', () => {
    expect(command({ key: 'Enter' }, { ...onSlide, digits: '0' })).toEqual({ type: 'none' });
    const r = mapPresentationKey({ key: 'Backspace' }, { ...onSlide, digits: '12' });
    expect(r).toMatchObject({ command: { type: 'digit' }, digits: '1' });
  });

  it('another key drops a half-typed number, so it does not linger', () => {
    expect(mapPresentationKey({ key: 'x' }, { ...onSlide, digits: '4' }).digits).toBe('');
    expect(mapPresentationKey({ key: 'ArrowRight' }, { ...onSlide, digits: '4' })).toMatchObject({ command: { type: 'next' }, digits: '' });
  });

  it.each([
    ['b', 'black'],
    ['B', 'black'],
    ['.', 'black'],
    ['w', 'white'],
    ['W', 'white'],
    [',', 'white'],
  ] as const)('%j blanks the screen to %s', (key, screen) => {
    expect(command({ key })).toEqual({ type: 'blank', screen });
  });

  it.each(['b', 'w', 'ArrowRight', 'Escape', 'x', ' '])('on a black or white screen, %j only brings the slide back', (key) => {
    expect(command({ key }, { ...onSlide, screen: 'black' })).toEqual({ type: 'unblank' });
    expect(command({ key }, { ...onSlide, screen: 'white' })).toEqual({ type: 'unblank' });
  });

  it('F5 restarts from the first slide, Shift+F5 from the current one, and both stop the reload', () => {
    expect(mapPresentationKey({ key: 'F5' }, onSlide)).toMatchObject({ command: { type: 'restart' }, handled: true });
    expect(mapPresentationKey({ key: 'F5', shiftKey: true }, onSlide)).toMatchObject({ command: { type: 'resume' }, handled: true });
  });

  it('Esc leaves full screen first, then the presentation', () => {
    expect(command({ key: 'Escape' }, { ...onSlide, fullscreen: true })).toEqual({ type: 'exit-fullscreen' });
    expect(command({ key: 'Escape' })).toEqual({ type: 'close' });
  });

  it('F toggles full screen', () => {
    expect(command({ key: 'f' })).toEqual({ type: 'toggle-fullscreen' });
    expect(command({ key: 'F' })).toEqual({ type: 'toggle-fullscreen' });
  });

  it('G and E (freeze, swap screens: facilitator mode only) do nothing in one window, and never mean full screen', () => {
    for (const key of ['g', 'G', 'e', 'E']) {
      expect(mapPresentationKey({ key }, { ...onSlide, digits: '2' })).toMatchObject({ command: { type: 'none' }, digits: '', handled: false });
    }
  });

  it('ignores keys typed in a field, and browser shortcuts with Ctrl, Alt or Meta', () => {
    for (const key of ['n', 'ArrowRight', ' ', 'Escape', 'b', '3', 'F5']) {
      expect(mapPresentationKey({ key, inEditable: true }, onSlide)).toMatchObject({ command: { type: 'none' }, handled: false });
    }
    expect(mapPresentationKey({ key: 'r', ctrlKey: true }, onSlide).handled).toBe(false);
    expect(mapPresentationKey({ key: 'ArrowLeft', altKey: true }, onSlide).handled).toBe(false);
    expect(mapPresentationKey({ key: 'f', metaKey: true }, onSlide).handled).toBe(false);
  });

  it('a modifier pressed alone changes nothing (Shift before F5 keeps a typed number)', () => {
    expect(mapPresentationKey({ key: 'Shift', shiftKey: true }, { ...onSlide, digits: '3' })).toMatchObject({ command: { type: 'none' }, digits: '3' });
  });

  it('a held key repeats next/previous but not the toggles', () => {
    expect(command({ key: 'ArrowRight', repeat: true })).toEqual({ type: 'next' });
    expect(command({ key: 'b', repeat: true })).toEqual({ type: 'none' });
    expect(command({ key: 'f', repeat: true })).toEqual({ type: 'none' });
  });

  it('D shows the sigles of the slide, D again or Esc hides them (Esc does not leave then)', () => {
    expect(mapPresentationKey({ key: 'd' }, onSlide)).toMatchObject({ command: { type: 'glossary', open: true }, handled: true });
    expect(command({ key: 'D' })).toEqual({ type: 'glossary', open: true });
    const shown = { ...onSlide, glossary: true };
    expect(command({ key: 'd' }, shown)).toEqual({ type: 'glossary', open: false });
    expect(command({ key: 'Escape' }, shown)).toEqual({ type: 'glossary', open: false });
    // Full screen still goes first, as the browser does.
    expect(command({ key: 'Escape' }, { ...shown, fullscreen: true })).toEqual({ type: 'exit-fullscreen' });
    expect(command({ key: 'd', repeat: true })).toEqual({ type: 'none' });
    expect(command({ key: 'd' }, { ...onSlide, screen: 'black' })).toEqual({ type: 'unblank' });
  });
});
