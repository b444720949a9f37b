// Keys and clickers, the same in every view: a pure mapping from a key press to an action
// for the host (or a window command for the view's host). Follows the presenting habits of
// PowerPoint and Impress, and what clickers (Logitech, Kensington) send.
//
// One meaning per key in every view: `keyIntent` and `numberEntry` classify a key once;
// `interpretKey` (facilitator and audience views, through the hub) and the single-window
// presentation's keymap (renderer/presentation/keymap.ts) only map that to their commands.
import type { PresentationAction } from './actions.js';
import type { PresentationState } from './state.js';

/** What the view knows of the key press (from a KeyboardEvent). */
export interface KeyPress {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  /** True when focus is in a text field, a select or an editable element. */
  editable?: boolean;
}

/**
 * What a key means, whatever the view. Digits, and Enter or Backspace while a number is
 * being typed, are `numberEntry`'s.
 */
export type KeyIntent =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'black'
  | 'white'
  /** F5: start from the first slide. */
  | 'present-first'
  /** Shift+F5: start from the current slide. */
  | 'present-current'
  | 'escape'
  /** F: full screen, as in reveal.js. */
  | 'fullscreen'
  /** D (« définitions »): the sigles of the slide. Free in reveal.js, PowerPoint and Impress. */
  | 'glossary'
  /** G (« geler la salle »): freeze / catch up. Free in PowerPoint and Impress; reveal.js's own G is off here. */
  | 'freeze'
  /** E (« échanger »): swap the screens. */
  | 'swap';

const INTENTS: ReadonlyMap<string, KeyIntent> = new Map(
  (
    [
      ['next', ['ArrowRight', 'ArrowDown', ' ', 'Spacebar', 'PageDown', 'Enter', 'n', 'N']],
      ['previous', ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P']],
      ['first', ['Home']],
      ['last', ['End']],
      ['black', ['b', 'B', '.']],
      ['white', ['w', 'W', ',']],
      ['escape', ['Escape']],
      ['fullscreen', ['f', 'F']],
      ['glossary', ['d', 'D']],
      ['freeze', ['g', 'G']],
      ['swap', ['e', 'E']],
    ] as const
  ).flatMap(([intent, keys]) => keys.map((key) => [key, intent] as const)),
);

/** The meaning of a key, or null when it has none (F5 depends on Shift). */
export function keyIntent(key: string, shiftKey = false): KeyIntent | null {
  if (key === 'F5') return shiftKey ? 'present-current' : 'present-first';
  return INTENTS.get(key) ?? null;
}

/** Keys typed in a field, and browser or system shortcuts (Ctrl+R, Alt+←, Cmd+F…), are never ours. */
export function isForeignPress(press: { editable?: boolean; ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean }): boolean {
  return !!(press.editable || press.ctrlKey || press.altKey || press.metaKey);
}

/** More digits than any deck has slides: ignore the rest rather than overflow. */
const MAX_DIGITS = 4;

/** A step of « a number then Enter »: digits typed so far, or the 0-based slide to go to (null for « 0 »). */
export type NumberEntry = { buffer: string } | { goTo: number | null };

/**
 * Digits build a number, Enter goes to it, Backspace corrects it before it moves back a
 * slide. Null when the key is not part of a number.
 */
export function numberEntry(key: string, buffer: string): NumberEntry | null {
  if (/^[0-9]$/.test(key)) return { buffer: buffer.length >= MAX_DIGITS ? buffer : buffer + key };
  if (buffer === '') return null;
  if (key === 'Enter') {
    const n = Number.parseInt(buffer, 10);
    // "0" then Enter has no slide to go to: drop it rather than guess.
    return { goTo: n >= 1 ? n - 1 : null };
  }
  if (key === 'Backspace') return { buffer: buffer.slice(0, -1) };
  return null;
}

/**
 * Window commands the view handles (placement and full screen, not presentation state):
 * `fullscreen` is the view's own window; the others go to Electron's main when there is one.
 */
export type WindowCommand = 'present' | 'escape' | 'swap' | 'fullscreen';

export interface KeyResult {
  /** The view should preventDefault: the key was ours. */
  handled: boolean;
  action?: PresentationAction;
  command?: WindowCommand;
  /** Digits typed so far for a « number then Enter » jump ("" when none). */
  buffer: string;
}

/**
 * Interprets one key press in the facilitator and audience views. `buffer` is the digits
 * typed before (keep the returned one); `state` is needed for the toggles that depend on it
 * (freeze / catch up, the sigles shown or not).
 *
 * Keys: next → ↓ Space PageDown N Enter; previous ← ↑ Backspace PageUp P; Home/End first
 * and last; B or `.` black; W or `,` white; digits then Enter go to that slide; F5 starts
 * from the first slide (full screen), Shift+F5 from the current one; F full screen; G
 * freeze / catch up; D the sigles of the slide on the room's screen; E swaps the screens;
 * Esc hides the sigles when shown, otherwise leaves full screen. A key with Ctrl, Alt or
 * Meta, or typed in a field, is never ours.
 */
export function interpretKey(press: KeyPress, buffer: string, state: PresentationState): KeyResult {
  const ignored: KeyResult = { handled: false, buffer };
  if (isForeignPress(press)) return ignored;

  const entry = numberEntry(press.key, buffer);
  if (entry) {
    if ('buffer' in entry) return { handled: true, buffer: entry.buffer };
    return entry.goTo === null ? { handled: true, buffer: '' } : { handled: true, action: { type: 'goTo', slide: entry.goTo }, buffer: '' };
  }

  const act = (action: PresentationAction): KeyResult => ({ handled: true, action, buffer: '' });
  const command = (command: WindowCommand): KeyResult => ({ handled: true, command, buffer: '' });
  switch (keyIntent(press.key, press.shiftKey)) {
    case 'next':
      return act({ type: 'next' });
    case 'previous':
      return act({ type: 'prev' });
    case 'first':
      return act({ type: 'first' });
    case 'last':
      return act({ type: 'last' });
    case 'black':
      return act({ type: 'toggleBlack' });
    case 'white':
      return act({ type: 'toggleWhite' });
    case 'freeze':
      return act({ type: state.frozen ? 'catchUp' : 'freeze' });
    case 'glossary':
      return act({ type: 'toggleGlossary' });
    case 'present-first':
      return { handled: true, action: { type: 'first' }, command: 'present', buffer: '' };
    case 'present-current':
      return command('present');
    case 'escape':
      // The sigles first, as in the single-window presentation: Esc is « back to the slide ».
      return state.glossary ? act({ type: 'toggleGlossary' }) : command('escape');
    case 'fullscreen':
      return command('fullscreen');
    case 'swap':
      return command('swap');
    case null:
      return ignored;
  }
}

/** Whether a DOM-like element takes typing (the renderer passes `event.target`). */
export function isEditableTarget(target: { tagName?: string; isContentEditable?: boolean; type?: string } | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = (target.tagName ?? '').toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  // Buttons-like inputs do not take text: keys there still drive the slides.
  return !['button', 'checkbox', 'radio', 'range', 'submit', 'reset', 'color', 'file', 'image'].includes((target.type ?? 'text').toLowerCase());
}
