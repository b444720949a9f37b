// The editor's state: the document with its undo history, the selected slide, and what the
// disk holds (its hash, the base of the next save). Pure: EditorScreen wires it to the host.
import { readDeckDocument, writeDeckDocument, type DeckDocument } from '../../core/authoring/deck-source.js';
import { addSlide, deleteSlide, duplicateSlide, editSlide, moveSlide, replaceSlideText } from '../../core/authoring/deck-edits.js';
import { record, redo, startHistory, undo, type DeckHistory } from '../../core/authoring/deck-history.js';
import type { SlideFields } from '../../core/authoring/slide-fields.js';
import type { SlideModel } from '../../core/authoring/slide-models.js';

export interface EditorState {
  file: string;
  history: DeckHistory;
  selected: number;
  /** Hash of the text on disk that the next save replaces. */
  baseHash: string;
  /** The text last written (or read): equal to the document's text when nothing is pending. */
  savedText: string;
  /** Bumped when the document changes other than by typing in the form (undo, reload): forms re-read it. */
  revision: number;
  /** The last typing edit, merged into one undo step while the same field is typed in. */
  lastField?: string;
  /** Said to screen readers and shown in the status line. */
  announcement: string;
}

export type EditorAction =
  | { type: 'select'; index: number }
  | { type: 'add'; model: SlideModel; at: number; image?: { path: string; alt: string } }
  | { type: 'duplicate'; index: number }
  | { type: 'delete'; index: number }
  | { type: 'move'; from: number; to: number }
  | { type: 'edit'; index: number; patch: Partial<SlideFields>; field: string }
  | { type: 'source'; index: number; text: string }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'saved'; text: string; hash: string }
  | { type: 'reload'; text: string; hash: string };

export function initialEditorState(file: string, text: string, hash: string): EditorState {
  return { file, history: startHistory(readDeckDocument(text)), selected: 0, baseHash: hash, savedText: text, revision: 0, announcement: '' };
}

export function currentText(state: EditorState): string {
  return writeDeckDocument(state.history.present);
}

function change(state: EditorState, next: DeckDocument, selected: number, announcement: string, field?: string): EditorState {
  const merge = field !== undefined && field === state.lastField;
  return {
    ...state,
    history: record(state.history, next, merge),
    selected: Math.max(0, Math.min(selected, next.slides.length - 1)),
    // Typing keeps the form as it is; anything else (and an inserted picture) re-reads the document.
    revision: field === undefined || field.endsWith(':image') ? state.revision + 1 : state.revision,
    ...(field !== undefined ? { lastField: field } : { lastField: undefined }),
    announcement,
  };
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  const doc = state.history.present;
  switch (action.type) {
    case 'select':
      return { ...state, selected: Math.max(0, Math.min(action.index, doc.slides.length - 1)), lastField: undefined };
    case 'add':
      return change(state, addSlide(doc, action.at, action.model, action.image ? { imagePath: action.image.path, imageAlt: action.image.alt } : undefined), action.at, 'Diapositive ajoutée.');
    case 'duplicate':
      return change(state, duplicateSlide(doc, action.index), action.index + 1, 'Diapositive dupliquée.');
    case 'delete':
      if (doc.slides.length <= 1) return { ...state, announcement: 'Une présentation garde au moins une diapositive.' };
      return change(state, deleteSlide(doc, action.index), Math.min(action.index, doc.slides.length - 2), 'Diapositive supprimée. «\u00a0Annuler\u00a0» (Ctrl+Z) la rétablit.');
    case 'move': {
      const to = Math.max(0, Math.min(action.to, doc.slides.length - 1));
      if (to === action.from) return state;
      return change(state, moveSlide(doc, action.from, to), to, `Diapositive déplacée en position ${to + 1}.`);
    }
    case 'edit':
      return change(state, editSlide(doc, action.index, action.patch), action.index, '', `${action.index}:${action.field}`);
    case 'source':
      return change(state, replaceSlideText(doc, action.index, action.text), action.index, '', `${action.index}:source`);
    case 'undo': {
      const history = undo(state.history);
      if (history === state.history) return { ...state, announcement: 'Rien à annuler.' };
      return { ...state, history, selected: Math.min(state.selected, history.present.slides.length - 1), revision: state.revision + 1, lastField: undefined, announcement: 'Modification annulée.' };
    }
    case 'redo': {
      const history = redo(state.history);
      if (history === state.history) return { ...state, announcement: 'Rien à rétablir.' };
      return { ...state, history, selected: Math.min(state.selected, history.present.slides.length - 1), revision: state.revision + 1, lastField: undefined, announcement: 'Modification rétablie.' };
    }
    case 'saved':
      return { ...state, baseHash: action.hash, savedText: action.text };
    case 'reload':
      return { ...initialEditorState(state.file, action.text, action.hash), selected: state.selected, revision: state.revision + 1, announcement: 'La version du disque a été rechargée.' };
  }
}
