// Keys and clickers, the same in every view: a pure mapping from a key press to an action
// for the host (or a window command for the view's host). Follows the presenting habits of
// PowerPoint and Impress, and what clickers (Logitech, Kensington) send.
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

/** Window commands the view forwards to its host (placement, not presentation state). */
export type WindowCommand = 'present' | 'escape' | 'swap';

export interface KeyResult {
  /** The view should preventDefault: the key was ours. */
  handled: boolean;
  action?: PresentationAction;
  command?: WindowCommand;
  /** Digits typed so far for a « number then Enter » jump ("" when none). */
  buffer: string;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', ' ', 'Spacebar', 'PageDown', 'n', 'N']);
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'Backspace', 'PageUp', 'p', 'P']);
const BLACK = new Set(['b', 'B', '.']);
const WHITE = new Set(['w', 'W', ',']);
const FREEZE = new Set(['f', 'F']);
const SWAP = new Set(['e', 'E']);
const MAX_DIGITS = 4;

/**
 * Interprets one key press. `buffer` is the digits typed before (keep the returned one);
 * `state` is needed for the freeze key, which freezes or catches up.
 *
 * Keys: next → ↓ Space PageDown N Enter; previous ← ↑ Backspace PageUp P; Home/End first
 * and last; B or `.` black; W or `,` white; F freeze / catch up; digits then Enter go to
 * that slide; F5 starts from the first slide (full screen), Shift+F5 from the current one;
 * Esc leaves full screen; E swaps the screens. A key with Ctrl, Alt or Meta, or typed in a
 * field, is never ours.
 */
export function interpretKey(press: KeyPress, buffer: string, state: PresentationState): KeyResult {
  const ignored: KeyResult = { handled: false, buffer };
  if (press.editable || press.ctrlKey || press.altKey || press.metaKey) return ignored;
  const { key } = press;

  if (/^[0-9]$/.test(key)) {
    return { handled: true, buffer: (buffer + key).slice(-MAX_DIGITS) };
  }
  if (key === 'Enter' && buffer !== '') {
    const slide = Number.parseInt(buffer, 10) - 1;
    return slide >= 0 ? { handled: true, action: { type: 'goTo', slide }, buffer: '' } : { handled: true, buffer: '' };
  }
  if (key === 'Backspace' && buffer !== '') return { handled: true, buffer: buffer.slice(0, -1) };
  if (key === 'Escape') return { handled: true, command: 'escape', buffer: '' };

  const act = (action: PresentationAction): KeyResult => ({ handled: true, action, buffer: '' });
  if (NEXT.has(key) || key === 'Enter') return act({ type: 'next' });
  if (PREV.has(key)) return act({ type: 'prev' });
  if (key === 'Home') return act({ type: 'first' });
  if (key === 'End') return act({ type: 'last' });
  if (BLACK.has(key)) return act({ type: 'toggleBlack' });
  if (WHITE.has(key)) return act({ type: 'toggleWhite' });
  if (FREEZE.has(key)) return act({ type: state.frozen ? 'catchUp' : 'freeze' });
  if (key === 'F5') {
    return press.shiftKey
      ? { handled: true, command: 'present', buffer: '' }
      : { handled: true, action: { type: 'first' }, command: 'present', buffer: '' };
  }
  if (SWAP.has(key)) return { handled: true, command: 'swap', buffer: '' };
  return ignored;
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
