// Primitive changes to a session. Every user operation (add, edit, group, vote, undo…)
// compiles to a list of these. They are idempotent "set" operations (put an entry by id,
// remove by id, set the draft, set metadata), which is what makes the write-ahead journal
// safe: replaying a record that is already in the main file changes nothing.
import { z } from 'zod';
import { draftSchema, entrySchema, participantSchema, agendaItemSchema, sessionSchema } from './schema.js';
import type { Draft, Entry, Session } from './model.js';

export const metaPatchSchema = z
  .object({
    title: sessionSchema.shape.title,
    type: sessionSchema.shape.type,
    date: sessionSchema.shape.date,
    // null clears an optional field (JSON has no undefined, and the journal is JSON).
    startTime: sessionSchema.shape.startTime.unwrap().nullable(),
    place: sessionSchema.shape.place,
    redacteur: sessionSchema.shape.redacteur.unwrap().nullable(),
    nextMeeting: sessionSchema.shape.nextMeeting.unwrap().nullable(),
    diffusion: sessionSchema.shape.diffusion.unwrap().nullable(),
    participants: z.array(participantSchema).max(1_000),
    agenda: z.array(agendaItemSchema).max(200),
    current: sessionSchema.shape.current.unwrap().nullable(),
    participation: sessionSchema.shape.participation.unwrap().nullable(),
  })
  .partial();
export type MetaPatch = z.infer<typeof metaPatchSchema>;

export const sessionOpSchema = z.discriminatedUnion('t', [
  /** Insert or replace an entry by id; `at` places a new entry (undo of a delete). */
  z.object({ t: z.literal('put'), entry: entrySchema, at: z.number().int().min(0).optional() }),
  z.object({ t: z.literal('remove'), id: z.string().min(1).max(80) }),
  z.object({ t: z.literal('draft'), draft: draftSchema.nullable() }),
  z.object({ t: z.literal('meta'), patch: metaPatchSchema }),
]);
export type SessionOp = z.infer<typeof sessionOpSchema>;

/** Applies primitive operations; `revision` grows by one per call, `updatedAt` is `now`. */
export function applyOps(session: Session, ops: readonly SessionOp[], now: string): Session {
  let entries = session.entries;
  let draft: Draft | undefined = session.draft;
  let meta: Record<string, unknown> = {};
  for (const op of ops) {
    switch (op.t) {
      case 'put': {
        const at = entries.findIndex((e) => e.id === op.entry.id);
        if (at >= 0) entries = entries.with(at, op.entry);
        else if (op.at !== undefined && op.at < entries.length) entries = entries.toSpliced(op.at, 0, op.entry);
        else entries = [...entries, op.entry];
        break;
      }
      case 'remove':
        entries = entries.filter((e) => e.id !== op.id);
        break;
      case 'draft':
        draft = op.draft ?? undefined;
        break;
      case 'meta':
        meta = { ...meta, ...op.patch };
        break;
    }
  }
  const next: Record<string, unknown> = { ...session, ...meta, entries, revision: session.revision + 1, updatedAt: now };
  for (const key of Object.keys(meta)) if (next[key] === null || next[key] === undefined) delete next[key];
  if (draft === undefined) delete next.draft;
  else next.draft = draft;
  return next as Session;
}

/** The operations that undo `ops` when applied to the state after them. */
export function invertOps(before: Session, ops: readonly SessionOp[]): SessionOp[] {
  const inverse: SessionOp[] = [];
  let entries: readonly Entry[] = before.entries;
  for (const op of ops) {
    switch (op.t) {
      case 'put': {
        const at = entries.findIndex((e) => e.id === op.entry.id);
        const old = entries[at];
        inverse.push(old ? { t: 'put', entry: old } : { t: 'remove', id: op.entry.id });
        entries = at >= 0 ? entries.with(at, op.entry) : [...entries, op.entry];
        break;
      }
      case 'remove': {
        const at = entries.findIndex((e) => e.id === op.id);
        const old = entries[at];
        if (old) inverse.push({ t: 'put', entry: old, at });
        entries = entries.filter((e) => e.id !== op.id);
        break;
      }
      case 'draft':
        inverse.push({ t: 'draft', draft: before.draft ?? null });
        break;
      case 'meta': {
        const old: Record<string, unknown> = {};
        for (const k of Object.keys(op.patch)) old[k] = before[k as keyof Session] ?? null;
        inverse.push({ t: 'meta', patch: old as MetaPatch });
        break;
      }
    }
  }
  return inverse.reverse();
}
