// Keys and clickers, the same in every view: a pure mapping from a key press to an action
// for the host (or a window command for the view's host). Follows the presenting habits of
// PowerPoint and Impress, and what clickers (Logitech, Kensington) send.
//
// One meaning per key in every view: `keyIntent` and `numberEntry` classify a key once, and
// `interpretKey` turns it into an action for the presentation state (the same reducer in
// every view: the hub's for the facilitator and audience windows, an in-memory one for the
// single-window presentation) or a window command. The only difference between views is
// `oneScreen`: when the presenter sees nothing but what the room sees (one window), a black
// screen hides their slide too, so any key first brings it back, and a number past the end
// goes to the last slide (there is no second screen to say it does not exist).
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
  /** A key held down: it repeats next/previous, never a toggle. */
  repeat?: boolean;
  /** The view's window is full screen: Esc leaves it first, as the browser does. */
  fullscreen?: boolean;
}

/** Where the keys are pressed (see the top of this file). */
export interface KeyContext {
  /** The presenter's screen is the room's (the single-window presentation). */
  oneScreen?: boolean;
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

/** Keys that are only modifiers: pressed alone they change nothing (Shift before F5 keeps a typed number). */
const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock', 'NumLock', 'Fn', 'OS']);

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
 * Interprets one key press, in every view. `buffer` is the digits typed before (keep the
 * returned one); `state` is needed for the toggles that depend on it (freeze / catch up, the
 * sigles shown or not, a black screen).
 *
 * Keys: next → ↓ Space PageDown N Enter; previous ← ↑ Backspace PageUp P; Home/End first
 * and last; B or `.` black; W or `,` white; digits then Enter go to that slide; F5 starts
 * from the first slide (full screen), Shift+F5 from the current one; F full screen; G
 * freeze / catch up; D the sigles of the slide on the room's screen; E swaps the screens;
 * Esc leaves full screen, else hides the sigles when shown, else leaves (the window command
 * `escape`). A key with Ctrl, Alt or Meta, or typed in a field, is never ours; a held key
 * repeats only next and previous; any other key drops a half-typed number.
 */
export function interpretKey(press: KeyPress, buffer: string, state: PresentationState, context: KeyContext = {}): KeyResult {
  if (isForeignPress(press) || MODIFIER_KEYS.has(press.key)) return { handled: false, buffer };
  const ignored: KeyResult = { handled: false, buffer: '' };
  const act = (action: PresentationAction): KeyResult => ({ handled: true, action, buffer: '' });
  const command = (command: WindowCommand): KeyResult => ({ handled: true, command, buffer: '' });

  // Full screen first, as the browser does: Esc leaves it before anything else.
  if (press.key === 'Escape' && press.fullscreen) return command('escape');
  // One screen: on black or white, any key only brings the slide back, as in PowerPoint
  // (B on black is the same toggle). With two screens the facilitator keeps navigating.
  if (context.oneScreen && state.screen !== 'normal') return act({ type: 'setScreen', screen: 'normal' });

  const entry = numberEntry(press.key, buffer);
  if (entry) {
    if ('buffer' in entry) return { handled: true, buffer: entry.buffer };
    if (entry.goTo === null) return { handled: true, buffer: '' };
    const last = (state.deck?.shape.slides.length ?? 1) - 1;
    return act({ type: 'goTo', slide: context.oneScreen ? Math.min(entry.goTo, last) : entry.goTo });
  }

  const intent = keyIntent(press.key, press.shiftKey);
  if (press.repeat && intent !== 'next' && intent !== 'previous') return ignored;
  switch (intent) {
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
      // One screen: nothing to freeze.
      return context.oneScreen ? ignored : act({ type: state.frozen ? 'catchUp' : 'freeze' });
    case 'glossary':
      return act({ type: 'toggleGlossary' });
    case 'present-first':
      return { handled: true, action: { type: 'first' }, command: 'present', buffer: '' };
    case 'present-current':
      return command('present');
    case 'escape':
      // The sigles first: Esc is « back to the slide ».
      return state.glossary ? act({ type: 'toggleGlossary' }) : command('escape');
    case 'fullscreen':
      return command('fullscreen');
    case 'swap':
      // One screen: nothing to swap.
      return context.oneScreen ? ignored : command('swap');
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
