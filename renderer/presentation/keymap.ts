// Keys as PowerPoint and Impress users expect them, as a pure function of the key event's
// fields and a little state (digits typed so far, whether the screen is blanked or full
// screen). reveal.js's own keyboard is turned off: this is the only key handler.

export type PresentationCommand =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  /** 0-based slide index. */
  | { type: 'goto'; index: number }
  | { type: 'blank'; screen: 'black' | 'white' }
  /** Back from a black or white screen to the slide. */
  | { type: 'unblank' }
  | { type: 'restart' }
  | { type: 'resume' }
  | { type: 'toggle-fullscreen' }
  | { type: 'exit-fullscreen' }
  | { type: 'close' }
  /** Show or hide the sigles of the current slide (D, « définitions »; Esc hides). */
  | { type: 'glossary'; open: boolean }
  /** A digit typed, waiting for Enter. */
  | { type: 'digit' }
  | { type: 'none' };

/** The fields of a KeyboardEvent the mapping reads (testable without a DOM). */
export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  /** The event's target is a text field, a select or contenteditable. */
  inEditable?: boolean;
  /** A key held down repeats: fine for next/previous, not for toggles. */
  repeat?: boolean;
}

export interface KeyState {
  /** Digits typed before Enter ("12" then Enter goes to slide 12). */
  digits: string;
  screen: 'slide' | 'black' | 'white';
  fullscreen: boolean;
  /** The glossary overlay is shown (Esc then hides it instead of leaving). */
  glossary?: boolean;
}

export interface KeyResult {
  command: PresentationCommand;
  digits: string;
  /** Whether the browser's default action must be prevented (F5 reloads, Space scrolls…). */
  handled: boolean;
}

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', ' ', 'Spacebar', 'PageDown', 'Enter', 'n', 'N']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P']);
const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock', 'NumLock', 'Fn', 'OS']);
/** More digits than any deck has slides: ignore the rest rather than overflow. */
const MAX_DIGITS = 4;

const none = (digits: string, handled = false): KeyResult => ({ command: { type: 'none' }, digits, handled });
const run = (command: PresentationCommand, digits = ''): KeyResult => ({ command, digits, handled: true });

export function mapPresentationKey(input: KeyInput, state: KeyState): KeyResult {
  const { key } = input;
  // Typing in a field (a later note-taking panel, say) never drives the slides.
  if (input.inEditable) return none(state.digits);
  // Browser and system shortcuts (Ctrl+R, Alt+←, Cmd+F…) keep their meaning.
  if (input.ctrlKey || input.altKey || input.metaKey) return none(state.digits);
  if (MODIFIER_KEYS.has(key)) return none(state.digits);

  // Full screen first, as the browser does: Esc leaves it before anything else.
  if (key === 'Escape' && state.fullscreen) return run({ type: 'exit-fullscreen' }, '');

  // On a black or white screen, any key brings the slide back (and does nothing else),
  // as in PowerPoint; B on black or W on white is the same toggle.
  if (state.screen !== 'slide') return run({ type: 'unblank' }, '');

  if (key === 'Escape' && state.glossary) return run({ type: 'glossary', open: false });

  if (/^[0-9]$/.test(key)) {
    const digits = state.digits.length >= MAX_DIGITS ? state.digits : state.digits + key;
    return run({ type: 'digit' }, digits);
  }
  if (key === 'Enter' && state.digits !== '') {
    const n = Number.parseInt(state.digits, 10);
    // "0" then Enter has no slide to go to: drop it rather than guess.
    return n >= 1 ? run({ type: 'goto', index: n - 1 }) : run({ type: 'none' });
  }
  // Backspace corrects a number being typed before it moves back a slide.
  if (key === 'Backspace' && state.digits !== '') return run({ type: 'digit' }, state.digits.slice(0, -1));

  if (NEXT_KEYS.has(key)) return run({ type: 'next' });
  if (PREVIOUS_KEYS.has(key)) return run({ type: 'previous' });
  if (input.repeat) return none('');

  switch (key) {
    case 'Home':
      return run({ type: 'first' });
    case 'End':
      return run({ type: 'last' });
    case 'b':
    case 'B':
    case '.':
      return run({ type: 'blank', screen: 'black' });
    case 'w':
    case 'W':
    case ',':
      return run({ type: 'blank', screen: 'white' });
    case 'F5':
      return run({ type: input.shiftKey ? 'resume' : 'restart' });
    case 'f':
    case 'F':
      return run({ type: 'toggle-fullscreen' });
    case 'Escape':
      return run({ type: 'close' });
    // D for « définitions »: free in reveal.js (whose L is "next"), PowerPoint and Impress.
    case 'd':
    case 'D':
      return run({ type: 'glossary', open: !state.glossary });
    default:
      // Any other key cancels a half-typed number, so a stray digit never lingers.
      return none('');
  }
}

/** Whether a key event's target is somewhere the user types text. */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  return el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}
