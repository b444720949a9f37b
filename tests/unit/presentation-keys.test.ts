import { describe, expect, it } from 'vitest';
import { isEditableTarget, interpretKey, type KeyPress } from '../../core/presentation/keys.js';
import { reduce } from '../../core/presentation/reduce.js';
import { initialPresentationState, type PresentationState } from '../../core/presentation/state.js';

const T0 = Date.UTC(2026, 2, 12, 13, 0);
const opened = reduce(
  initialPresentationState,
  { type: 'openDeck', deckId: 'copil', durationMinutes: 30, shape: { slides: Array.from({ length: 15 }, () => ({ fragments: 1, promptMinutes: [] })) } },
  T0,
);

/** Plays a sequence of key presses through the host reducer, as the views do. */
function play(keys: Array<string | KeyPress>, start: PresentationState = opened) {
  let state = start;
  let buffer = '';
  const commands: string[] = [];
  for (const k of keys) {
    const r = interpretKey(typeof k === 'string' ? { key: k } : k, buffer, state);
    buffer = r.buffer;
    if (r.action) state = reduce(state, r.action, T0);
    if (r.command) commands.push(r.command);
  }
  return { state, buffer, commands };
}

describe('keys and clickers', () => {
  it('clicker PageDown/PageUp step through fragments and slides', () => {
    expect(play(['PageDown', 'PageDown', 'PageDown']).state.position).toEqual({ slide: 1, fragment: 1 });
    expect(play(['PageDown', 'PageDown', 'PageUp']).state.position).toEqual({ slide: 0, fragment: 1 });
  });

  it('a number then Enter jumps to that slide; Backspace corrects a digit', () => {
    expect(play(['1', '2', 'Enter']).state.position).toEqual({ slide: 11, fragment: 0 });
    expect(play(['1', '3', 'Backspace', '2', 'Enter']).state.position.slide).toBe(11);
    // Beyond the deck: refused by the host, nothing moves, the number is forgotten.
    const far = play(['9', '9', 'Enter']);
    expect(far.state.position.slide).toBe(0);
    expect(far.buffer).toBe('');
  });

  it('`.` and B black the screen, W and `,` white it, again to return', () => {
    expect(play(['.']).state.screen).toBe('black');
    expect(play(['b', 'B']).state.screen).toBe('normal');
    expect(play([',']).state.screen).toBe('white');
  });

  it('G freezes, the room stays, G again catches it up', () => {
    const frozen = play(['g', 'PageDown', 'PageDown', 'PageDown']).state;
    expect(frozen.frozen).toEqual({ slide: 0, fragment: 0 });
    expect(play(['G'], frozen).state.frozen).toBeNull();
  });

  it('F is full screen, as in the single-window presentation: it never freezes the room', () => {
    const f = play(['f', 'PageDown', 'F']);
    expect(f.commands).toEqual(['fullscreen', 'fullscreen']);
    expect(f.state.frozen).toBeNull();
    expect(f.state.position).toEqual({ slide: 0, fragment: 1 });
  });

  it('D shows the sigles on the room screen, D again hides them; Esc hides them before leaving', () => {
    const shown = play(['d']);
    expect(shown.state.glossary).toBe(true);
    expect(play(['D'], shown.state).state.glossary).toBe(false);
    const escaped = play(['Escape', 'Escape'], shown.state);
    expect(escaped.state.glossary).toBe(false);
    expect(escaped.commands).toEqual(['escape']);
  });

  it('a number longer than any deck keeps its first digits', () => {
    expect(play(['1', '2', '3', '4', '5']).buffer).toBe('1234');
  });

  it('F5 starts from the first slide full screen, Shift+F5 from the current one, Esc leaves', () => {
    const f5 = play(['End', 'F5', 'Escape']);
    expect(f5.state.position.slide).toBe(0);
    expect(f5.commands).toEqual(['present', 'escape']);
    const shifted = play(['End', { key: 'F5', shiftKey: true }]);
    expect(shifted.state.position.slide).toBe(14);
  });

  it('typing in a field, or with Ctrl, never moves the slides', () => {
    expect(play([{ key: 'ArrowRight', editable: true }, { key: 'n', editable: true }]).state.position.slide).toBe(0);
    expect(play([{ key: 'r', ctrlKey: true }, { key: 'ArrowRight', altKey: true }]).state).toBe(opened);
    expect(interpretKey({ key: 'q' }, '', opened).handled).toBe(false);
  });

  it('knows which elements take typing', () => {
    expect(isEditableTarget({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isEditableTarget({ tagName: 'input' })).toBe(true);
    expect(isEditableTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isEditableTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isEditableTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isEditableTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isEditableTarget(null)).toBe(false);
  });
});
