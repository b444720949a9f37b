// Keys as PowerPoint and Impress users expect them, as a pure function of the key event's
// fields and a little state (digits typed so far, whether the screen is blanked or full
// screen). reveal.js's own keyboard is turned off: this is the only key handler. What a key
// means is core's (core/presentation/keys.ts), shared with the facilitator and audience views.
import { isForeignPress, keyIntent, numberEntry, type KeyIntent } from '../../core/presentation/keys.js';

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

const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock', 'NumLock', 'Fn', 'OS']);

const none = (digits: string, handled = false): KeyResult => ({ command: { type: 'none' }, digits, handled });
const run = (command: PresentationCommand, digits = ''): KeyResult => ({ command, digits, handled: true });

/** The commands of the single window for what a key means (core's classification, shared with the facilitator views). */
function commandFor(intent: KeyIntent, state: KeyState): PresentationCommand | null {
  switch (intent) {
    case 'next':
      return { type: 'next' };
    case 'previous':
      return { type: 'previous' };
    case 'first':
      return { type: 'first' };
    case 'last':
      return { type: 'last' };
    case 'black':
      return { type: 'blank', screen: 'black' };
    case 'white':
      return { type: 'blank', screen: 'white' };
    case 'present-first':
      return { type: 'restart' };
    case 'present-current':
      return { type: 'resume' };
    case 'fullscreen':
      return { type: 'toggle-fullscreen' };
    case 'escape':
      return { type: 'close' };
    case 'glossary':
      return { type: 'glossary', open: !state.glossary };
    // One window, one screen: nothing to freeze or swap.
    case 'freeze':
    case 'swap':
      return null;
  }
}

export function mapPresentationKey(input: KeyInput, state: KeyState): KeyResult {
  const { key } = input;
  // Typing in a field (a later note-taking panel, say) never drives the slides; browser and
  // system shortcuts (Ctrl+R, Alt+←, Cmd+F…) keep their meaning.
  if (isForeignPress({ ...input, editable: input.inEditable })) return none(state.digits);
  if (MODIFIER_KEYS.has(key)) return none(state.digits);

  // Full screen first, as the browser does: Esc leaves it before anything else.
  if (key === 'Escape' && state.fullscreen) return run({ type: 'exit-fullscreen' }, '');

  // On a black or white screen, any key brings the slide back (and does nothing else),
  // as in PowerPoint; B on black or W on white is the same toggle.
  if (state.screen !== 'slide') return run({ type: 'unblank' }, '');

  if (key === 'Escape' && state.glossary) return run({ type: 'glossary', open: false });

  const entry = numberEntry(key, state.digits);
  if (entry) {
    if ('buffer' in entry) return run({ type: 'digit' }, entry.buffer);
    return run(entry.goTo === null ? { type: 'none' } : { type: 'goto', index: entry.goTo });
  }

  const intent = keyIntent(key, input.shiftKey);
  // A held key repeats next/previous, never a toggle.
  if (intent === 'next' || intent === 'previous' || (intent && !input.repeat)) {
    const command = commandFor(intent, state);
    if (command) return run(command);
  }
  // Any other key cancels a half-typed number, so a stray digit never lingers.
  return none('');
}

/** Whether a key event's target is somewhere the user types text. */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  return el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}
