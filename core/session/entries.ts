// Pure operations on the entries of a session (add, edit, delete, group, vote, show to the
// room) with undo/redo. Each returns the new state and the primitive operations it applied,
// which the host appends to its journal: what is undone is exactly what was done.
import { z } from 'zod';
import { deckIdSchema } from '../id-schemas.js';
import { entryKindSchema, entryOriginSchema, LIMITS } from './schema.js';
import { applyOps, invertOps, type MetaPatch, type SessionOp } from './ops.js';
import type { AgendaItem, Draft, Entry, EntryKind, Session } from './model.js';

/** How many operations can be undone. */
export const UNDO_DEPTH = 200;

const short = z.string().max(LIMITS.shortText);
const anchorInput = {
  agendaItemId: z.string().min(1).max(80).optional(),
  deckId: deckIdSchema.optional(),
  slideIndex: z.number().int().min(0).max(LIMITS.slideIndex).optional(),
};

/** What the UI sends to record a new entry. */
export const newEntrySchema = z.object({
  kind: entryKindSchema,
  text: z.string().max(LIMITS.text, 'texte trop long'),
  ...anchorInput,
  qui: short.optional(),
  echeance: short.optional(),
  partenaires: short.optional(),
  group: short.optional(),
  votes: z.number().int().min(0).max(LIMITS.votes).optional(),
  shown: z.boolean().optional(),
  origin: entryOriginSchema.optional(),
});
export type NewEntry = z.infer<typeof newEntrySchema>;

/** What the UI sends to change an entry: only the fields that change. */
export const entryPatchSchema = newEntrySchema.partial();
export type EntryPatch = z.infer<typeof entryPatchSchema>;

export interface UndoStep {
  /** A French label for the button: « Annuler : suppression d’une décision ». */
  label: string;
  /** The operations that take the session back. */
  ops: SessionOp[];
}

export interface Editor {
  session: Session;
  undo: UndoStep[];
  redo: UndoStep[];
}

export type EditResult =
  | { ok: true; editor: Editor; ops: SessionOp[]; entryId?: string }
  | { ok: false; message: string };

export function openEditor(session: Session): Editor {
  return { session, undo: [], redo: [] };
}

const KIND_ARTICLE: Record<EntryKind, string> = {
  note: 'd’une note',
  contribution: 'd’une contribution',
  décision: 'd’une décision',
  action: 'd’une action',
  question: 'd’une question',
};

/** Builds a complete entry of `kind` from common fields and the kind's own fields. */
function buildEntry(
  base: { id: string; text: string; createdAt: string; updatedAt: string } & Pick<Entry, 'agendaItemId' | 'deckId' | 'slideIndex' | 'origin'>,
  kind: EntryKind,
  extra: EntryPatch & Partial<Record<'qui' | 'echeance' | 'partenaires' | 'group', string>>,
): Entry {
  const anchor: Pick<Entry, 'agendaItemId' | 'deckId' | 'slideIndex' | 'origin'> = {};
  if (base.agendaItemId !== undefined) anchor.agendaItemId = base.agendaItemId;
  if (base.deckId !== undefined) anchor.deckId = base.deckId;
  if (base.slideIndex !== undefined) anchor.slideIndex = base.slideIndex;
  if (base.origin !== undefined) anchor.origin = base.origin;
  const common = { id: base.id, text: base.text, ...anchor, createdAt: base.createdAt, updatedAt: base.updatedAt };
  switch (kind) {
    case 'contribution': {
      const entry: Entry = { ...common, kind, votes: extra.votes ?? 0, shown: extra.shown ?? false };
      if (extra.group) entry.group = extra.group;
      return entry;
    }
    case 'action': {
      const entry: Entry = { ...common, kind, qui: extra.qui ?? '', echeance: extra.echeance ?? '' };
      if (extra.partenaires) entry.partenaires = extra.partenaires;
      return entry;
    }
    default:
      return { ...common, kind };
  }
}

/** Applies `ops`, recording their inverse for undo (unless `undoable` is false). */
function commit(editor: Editor, ops: SessionOp[], now: string, label: string | null, entryId?: string): EditResult {
  const inverse = label === null ? [] : invertOps(editor.session, ops);
  const session = applyOps(editor.session, ops, now);
  const undo = label === null ? editor.undo : [...editor.undo, { label, ops: inverse }].slice(-UNDO_DEPTH);
  const redo = label === null ? editor.redo : [];
  const result: EditResult = { ok: true, editor: { session, undo, redo }, ops };
  if (entryId !== undefined) result.entryId = entryId;
  return result;
}

function draftClearingOps(session: Session, entryId: string | undefined): SessionOp[] {
  const d = session.draft;
  if (!d) return [];
  return d.entryId === entryId ? [{ t: 'draft', draft: null }] : [];
}

export function addEntry(editor: Editor, input: NewEntry, ctx: { id: string; now: string }): EditResult {
  const parsed = newEntrySchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: 'Entrée invalide\u00A0: ' + (parsed.error.issues[0]?.message ?? '') };
  if (editor.session.entries.some((e) => e.id === ctx.id)) return { ok: false, message: 'Cette entrée existe déjà.' };
  if (editor.session.entries.length >= LIMITS.entries) return { ok: false, message: 'La séance a atteint le nombre maximal d’entrées.' };
  const v = parsed.data;
  const entry = buildEntry({ ...v, id: ctx.id, createdAt: ctx.now, updatedAt: ctx.now }, v.kind, v);
  // Recording the entry also clears the draft of a new entry: it is now a real entry.
  const ops: SessionOp[] = [{ t: 'put', entry }, ...draftClearingOps(editor.session, undefined)];
  return commit(editor, ops, ctx.now, 'ajout ' + KIND_ARTICLE[v.kind], ctx.id);
}

export function editEntry(editor: Editor, id: string, patch: EntryPatch, now: string): EditResult {
  const parsed = entryPatchSchema.safeParse(patch);
  if (!parsed.success) return { ok: false, message: 'Modification invalide\u00A0: ' + (parsed.error.issues[0]?.message ?? '') };
  const old = editor.session.entries.find((e) => e.id === id);
  if (!old) return { ok: false, message: 'Cette entrée n’existe plus (elle a peut-être été supprimée).' };
  const p = parsed.data;
  const kind = p.kind ?? old.kind;
  const oldExtra = old as Partial<Record<string, unknown>>;
  const entry = buildEntry(
    {
      id,
      text: p.text ?? old.text,
      agendaItemId: 'agendaItemId' in p ? p.agendaItemId : old.agendaItemId,
      deckId: 'deckId' in p ? p.deckId : old.deckId,
      slideIndex: 'slideIndex' in p ? p.slideIndex : old.slideIndex,
      origin: p.origin ?? old.origin,
      createdAt: old.createdAt,
      updatedAt: now,
    },
    kind,
    {
      qui: p.qui ?? (oldExtra.qui as string | undefined),
      echeance: p.echeance ?? (oldExtra.echeance as string | undefined),
      partenaires: p.partenaires ?? (oldExtra.partenaires as string | undefined),
      group: p.group ?? (oldExtra.group as string | undefined),
      votes: p.votes ?? (oldExtra.votes as number | undefined),
      shown: p.shown ?? (oldExtra.shown as boolean | undefined),
    },
  );
  const ops: SessionOp[] = [{ t: 'put', entry }, ...draftClearingOps(editor.session, id)];
  return commit(editor, ops, now, 'modification ' + KIND_ARTICLE[kind], id);
}

export function deleteEntry(editor: Editor, id: string, now: string): EditResult {
  const old = editor.session.entries.find((e) => e.id === id);
  if (!old) return { ok: false, message: 'Cette entrée n’existe plus.' };
  const ops: SessionOp[] = [{ t: 'remove', id }, ...draftClearingOps(editor.session, id)];
  return commit(editor, ops, now, 'suppression ' + KIND_ARTICLE[old.kind], id);
}

/** Puts contributions under one theme label on the wall ("" takes them out of any group). */
export function groupEntries(editor: Editor, ids: readonly string[], label: string, now: string): EditResult {
  if (label.length > LIMITS.shortText) return { ok: false, message: 'Nom de groupe trop long.' };
  const ops: SessionOp[] = [];
  for (const id of new Set(ids)) {
    const old = editor.session.entries.find((e) => e.id === id);
    if (!old) return { ok: false, message: 'Une des contributions n’existe plus.' };
    if (old.kind !== 'contribution') return { ok: false, message: 'Seules les contributions se regroupent.' };
    const entry = { ...old, updatedAt: now };
    if (label.trim()) entry.group = label.trim();
    else delete entry.group;
    ops.push({ t: 'put', entry });
  }
  if (ops.length === 0) return { ok: false, message: 'Aucune contribution choisie.' };
  return commit(editor, ops, now, label.trim() ? 'regroupement de contributions' : 'dégroupement de contributions');
}

/** Adds (or with a negative delta removes) dots to a contribution; never below zero. */
export function voteEntry(editor: Editor, id: string, delta: number, now: string): EditResult {
  const old = editor.session.entries.find((e) => e.id === id);
  if (!old) return { ok: false, message: 'Cette contribution n’existe plus.' };
  if (old.kind !== 'contribution') return { ok: false, message: 'Seules les contributions reçoivent des votes.' };
  if (!Number.isInteger(delta)) return { ok: false, message: 'Nombre de votes invalide.' };
  const votes = Math.min(LIMITS.votes, Math.max(0, old.votes + delta));
  return commit(editor, [{ t: 'put', entry: { ...old, votes, updatedAt: now } }], now, 'vote', id);
}

/** The entry being typed; not an undoable step (undo is for whole entries). */
export function setDraft(editor: Editor, draft: Draft | null, now: string): EditResult {
  return commit(editor, [{ t: 'draft', draft }], now, null);
}

/** Changes the session's own fields (title, participants, agenda, where the meeting is). */
export function updateMeta(editor: Editor, patch: MetaPatch, now: string, undoable = true): EditResult {
  return commit(editor, [{ t: 'meta', patch }], now, undoable ? metaLabel(editor.session, patch) : null);
}

/** What an undo of this change names: « suppression du point « Logement » »… */
export function metaLabel(session: Session, patch: MetaPatch): string {
  const q = (title: string) => `«\u00A0${title}\u00A0»`;
  if (patch.agenda) {
    const before = session.agenda;
    const after = patch.agenda;
    const ids = new Set(after.map((a) => a.id));
    const removed = before.filter((a) => !ids.has(a.id));
    const added = after.filter((a) => !before.some((b) => b.id === a.id));
    if (removed.length === 1 && added.length === 0) return `suppression du point ${q(removed[0]!.title)}`;
    if (added.length === 1 && removed.length === 0) return `ajout du point ${q(added[0]!.title)}`;
    if (removed.length === 0 && added.length === 0) {
      // Reordered: the point whose place changed the most is the one the user moved.
      let moved: AgendaItem | undefined;
      let distance = 0;
      after.forEach((a, i) => {
        const d = Math.abs(before.findIndex((b) => b.id === a.id) - i);
        if (d > distance) [moved, distance] = [a, d];
      });
      if (moved) return `déplacement du point ${q(moved.title)}`;
      const edited = after.find((a) => JSON.stringify(a) !== JSON.stringify(before.find((b) => b.id === a.id)));
      if (edited) return `modification du point ${q(edited.title)}`;
    }
    return 'modification de l’ordre du jour';
  }
  if (patch.participants) return 'modification des participants';
  return 'modification de l’en-tête de la séance';
}

export function undo(editor: Editor, now: string): EditResult {
  const step = editor.undo.at(-1);
  if (!step) return { ok: false, message: 'Rien à annuler.' };
  const inverse = invertOps(editor.session, step.ops);
  const session = applyOps(editor.session, step.ops, now);
  return {
    ok: true,
    editor: { session, undo: editor.undo.slice(0, -1), redo: [...editor.redo, { label: step.label, ops: inverse }] },
    ops: step.ops,
  };
}

export function redo(editor: Editor, now: string): EditResult {
  const step = editor.redo.at(-1);
  if (!step) return { ok: false, message: 'Rien à rétablir.' };
  const inverse = invertOps(editor.session, step.ops);
  const session = applyOps(editor.session, step.ops, now);
  return {
    ok: true,
    editor: { session, undo: [...editor.undo, { label: step.label, ops: inverse }], redo: editor.redo.slice(0, -1) },
    ops: step.ops,
  };
}

/** « Annuler : suppression d’une décision », for the button's tooltip. */
export function undoLabel(editor: Editor): string | undefined {
  const step = editor.undo.at(-1);
  return step ? 'Annuler\u00A0: ' + step.label : undefined;
}
export function redoLabel(editor: Editor): string | undefined {
  const step = editor.redo.at(-1);
  return step ? 'Rétablir\u00A0: ' + step.label : undefined;
}
