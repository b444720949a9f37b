// The editor's state: deleting is undone, typing in one field is one undo step, and undo back
// to the saved text leaves nothing to save.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentText, editorReducer, initialEditorState, type EditorAction, type EditorState } from './editor-state.js';
import { readSlideFields } from '../../core/authoring/slide-fields.js';

const TEXT = readFileSync(join(import.meta.dirname, '..', '..', 'slides', '04-enfance.md'), 'utf8');
const run = (state: EditorState, ...actions: EditorAction[]) => actions.reduce(editorReducer, state);
const start = () => initialEditorState('04-enfance.md', TEXT, 'a'.repeat(64));

describe('editor state', () => {
  it('deletes a slide and brings it back with undo, byte for byte', () => {
    const state = start();
    const count = state.history.present.slides.length;
    const deleted = run(state, { type: 'delete', index: 2 });
    expect(deleted.history.present.slides).toHaveLength(count - 1);
    expect(deleted.announcement).toContain('Annuler');
    const undone = run(deleted, { type: 'undo' });
    expect(currentText(undone)).toBe(TEXT);
    expect(currentText(run(undone, { type: 'redo' }))).toBe(currentText(deleted));
  });

  it('makes one undo step of a run of typing in the same field', () => {
    const state = run(start(), { type: 'select', index: 2 });
    const typed = ['N', 'No', 'Nou', 'Nouveau'].reduce(
      (s, title) => editorReducer(s, { type: 'edit', index: 2, patch: { title }, field: 'title' }),
      state,
    );
    expect(readSlideFields(typed.history.present.slides[2]!.text).title).toBe('Nouveau');
    expect(currentText(run(typed, { type: 'undo' }))).toBe(TEXT);
  });

  it('keeps the selection on a moved slide and refuses to delete the last one', () => {
    const moved = run(start(), { type: 'select', index: 3 }, { type: 'move', from: 3, to: 1 });
    expect(moved.selected).toBe(1);
    let state = start();
    while (state.history.present.slides.length > 1) state = run(state, { type: 'delete', index: 0 });
    const refused = run(state, { type: 'delete', index: 0 });
    expect(refused.history.present.slides).toHaveLength(1);
    expect(refused.announcement).toContain('au moins une');
  });
});
