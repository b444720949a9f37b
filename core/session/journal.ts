// The write-ahead journal that makes typing durable within a second (see
// host/session/journal-writer.ts for why a journal rather than rewriting the whole file).
//
// `<name>.ctg-seance.journal` is a text file of JSON lines:
//   line 1: {"journal":"ctg-diois-seance","base":"<sha-256 of the main file it extends>"}
//   then:   {"s":1,"r":42,"at":"2026-03-03T14:05:00.000Z","ops":[…primitive operations…]}
// A line cut by a crash is not valid JSON and is skipped. `r` is the session's revision once
// the record is applied: when a crash falls between the compaction's rename of the main file
// and the journal's reset, the journal still extends the previous file (now the backup) and
// the records the new main file already holds (r ≤ its revision) are skipped — replaying them
// would bring back older values of the draft or of an entry.
import { z } from 'zod';
import { sessionOpSchema, type SessionOp } from './ops.js';
import { LIMITS, sessionSchema } from './schema.js';
import type { Draft, Entry, Session } from './model.js';

export const JOURNAL_FORMAT = 'ctg-diois-seance';
export const JOURNAL_EXTENSION = '.journal';

const headerSchema = z.object({ journal: z.literal(JOURNAL_FORMAT), base: z.string().max(128) });
const recordSchema = z.object({ s: z.number().int().min(0), r: z.number().int().min(0), at: z.iso.datetime({ offset: true }), ops: z.array(sessionOpSchema).max(10_000) });

export function journalHeader(baseHash: string): string {
  return JSON.stringify({ journal: JOURNAL_FORMAT, base: baseHash }) + '\n';
}

export function journalRecord(seq: number, revision: number, at: string, ops: readonly SessionOp[]): string {
  return JSON.stringify({ s: seq, r: revision, at, ops }) + '\n';
}

/** Which records of a journal to replay, given the hash of the main file it extends. */
export type SkipPolicy = (base: string) => number;

export interface ReplayResult {
  session: Session;
  /** Records applied. */
  applied: number;
  /** Lines that could not be read (a record cut by a crash or a full disk). */
  skipped: number;
  /** The hash of the main file the journal was started on ("" if the header is unreadable). */
  base: string;
  /** The highest sequence number read. */
  lastSeq: number;
  /** Reading stopped early: too many unreadable lines (not a journal this app wrote). */
  abandoned?: boolean;
}

/** A journal larger than this is not read (compaction keeps real ones under a megabyte). */
export const MAX_JOURNAL_BYTES = 20 * 1024 * 1024;

/**
 * Entry moves allowed for positioned inserts (an undone deletion puts an entry back in its
 * place, which shifts those after it). Real journals do a handful; a crafted one could ask
 * for one per record on 50,000 entries: past this budget such records are left out, so
 * replay stays linear in the journal's length.
 */
export const MAX_REPLAY_MOVES = 1_000_000;

/**
 * Unreadable lines after which the rest of a journal is not read. A crash cuts at most the
 * line being written, so a real journal has a handful at most; a crafted one full of them
 * would cost a failed validation (tens of microseconds) per line.
 */
export const MAX_UNREADABLE_LINES = 1_000;

/**
 * Applies the journal's records to `session` (the main file's content). Never throws.
 * Linear in the journal's length: each record is validated once by its own schema and
 * applied in place (an index by entry id, deletions left as holes until the end), instead
 * of copying the entries and re-validating the whole session after every record.
 */
export function replayJournal(session: Session, text: string, skipUpTo: SkipPolicy = () => -1): ReplayResult {
  const state = new ReplayState(session);
  let base = '';
  let applied = 0;
  let skipped = 0;
  let lastSeq = 0;
  let skipBelow = skipUpTo('');
  let lineNo = 0;
  let abandoned = false;
  for (let start = 0; start <= text.length; lineNo++) {
    if (skipped > MAX_UNREADABLE_LINES) {
      abandoned = true;
      break;
    }
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end);
    start = end === -1 ? text.length + 1 : end + 1;
    // (trim() only on short lines: copying every long one would double the work)
    if (line.length === 0 || (line.length < 16 && line.trim() === '')) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      skipped++;
      continue;
    }
    if (lineNo === 0) {
      const header = headerSchema.safeParse(value);
      if (header.success) {
        base = header.data.base;
        skipBelow = skipUpTo(base);
        continue;
      }
    }
    const record = recordSchema.safeParse(value);
    if (!record.success) {
      skipped++;
      continue;
    }
    if (record.data.r <= skipBelow) continue;
    // A record that would make the session invalid (too many entries, too costly) is left out.
    if (!state.apply(record.data.ops, record.data.at, record.data.r)) {
      skipped++;
      continue;
    }
    applied++;
    lastSeq = Math.max(lastSeq, record.data.s);
  }
  const extra = abandoned ? { abandoned } : {};
  if (applied === 0) return { session, applied, skipped, base, lastSeq, ...extra };
  const result = state.session();
  // Records are checked by their own schemas, which are the session's field schemas, and the
  // entry count on the way: the result is valid. One last check, linear, in case a future
  // field escapes that reasoning: then nothing is replayed rather than an invalid session opened.
  if (!sessionSchema.safeParse(result).success) return { session, applied: 0, skipped: skipped + applied, base, lastSeq: 0, ...extra };
  return { session: result, applied, skipped, base, lastSeq, ...extra };
}

/** The session being rebuilt, mutable for the replay's sake only. */
class ReplayState {
  private entries: (Entry | null)[];
  private readonly index = new Map<string, number>();
  private live: number;
  private holes = 0;
  private moves = 0;
  private fields: Record<string, unknown>;
  private draft: Draft | undefined;

  constructor(private readonly base: Session) {
    this.entries = [...base.entries];
    this.entries.forEach((e, i) => this.index.set(e!.id, i));
    this.live = this.entries.length;
    const { entries: _entries, draft, ...fields } = base;
    this.fields = fields;
    this.draft = draft;
  }

  /** Applies one record's operations, as applyOps does; false (nothing changed) if it cannot. */
  apply(ops: readonly SessionOp[], at: string, revision: number): boolean {
    if (!this.fits(ops)) return false;
    for (const op of ops) {
      switch (op.t) {
        case 'put': {
          const i = this.index.get(op.entry.id);
          if (i !== undefined) this.entries[i] = op.entry;
          else if (op.at !== undefined && op.at < this.live) this.insertAt(op.at, op.entry);
          else {
            this.index.set(op.entry.id, this.entries.length);
            this.entries.push(op.entry);
            this.live++;
          }
          break;
        }
        case 'remove': {
          const i = this.index.get(op.id);
          if (i === undefined) break;
          this.entries[i] = null;
          this.index.delete(op.id);
          this.live--;
          this.holes++;
          break;
        }
        case 'draft':
          this.draft = op.draft ?? undefined;
          break;
        case 'meta':
          for (const [key, value] of Object.entries(op.patch)) {
            if (value === null || value === undefined) delete this.fields[key];
            else this.fields[key] = value;
          }
          break;
      }
    }
    this.fields.revision = Math.max((this.fields.revision as number) + 1, revision);
    this.fields.updatedAt = at;
    return true;
  }

  /** Whether the record keeps the entries within bounds, and its inserts within the budget. */
  private fits(ops: readonly SessionOp[]): boolean {
    // The usual record is one operation: no bookkeeping needed.
    if (ops.length === 1) {
      const op = ops[0]!;
      if (op.t !== 'put' || this.index.has(op.entry.id)) return true;
      if (this.live + 1 > LIMITS.entries) return false;
      if (op.at === undefined || op.at >= this.live) return true;
      if (this.moves + this.entries.length > MAX_REPLAY_MOVES) return false;
      this.moves += this.entries.length;
      return true;
    }
    // Cheap upper bounds first: every put a new entry, every positioned one shifting them all.
    let puts = 0;
    let positioned = 0;
    for (const op of ops) {
      if (op.t === 'put') {
        puts++;
        if (op.at !== undefined) positioned++;
      }
    }
    const boundCost = positioned * (this.entries.length + puts);
    if (this.live + puts <= LIMITS.entries && (boundCost === 0 || this.moves + boundCost <= MAX_REPLAY_MOVES)) {
      this.moves += boundCost;
      return true;
    }
    let count = this.live;
    let cost = 0;
    const added = new Set<string>();
    const removed = new Set<string>();
    for (const op of ops) {
      if (op.t === 'put') {
        const id = op.entry.id;
        const present = (this.index.has(id) && !removed.has(id)) || added.has(id);
        if (!present) {
          count++;
          added.add(id);
          removed.delete(id);
          if (op.at !== undefined && op.at < count - 1) cost += this.entries.length;
        }
      } else if (op.t === 'remove') {
        const present = (this.index.has(op.id) && !removed.has(op.id)) || added.has(op.id);
        if (present) {
          count--;
          removed.add(op.id);
          added.delete(op.id);
        }
      }
    }
    if (count > LIMITS.entries) return false;
    if (cost > 0 && this.moves + cost > MAX_REPLAY_MOVES) return false;
    this.moves += cost;
    return true;
  }

  /** Puts a new entry at live position `at`: holes are closed first, then later entries shift. */
  private insertAt(at: number, entry: Entry): void {
    let from = at;
    if (this.holes > 0) {
      this.entries = this.entries.filter((e) => e !== null);
      this.holes = 0;
      from = 0; // every position may have moved
    }
    this.entries.splice(at, 0, entry);
    for (let i = from; i < this.entries.length; i++) this.index.set(this.entries[i]!.id, i);
    this.live++;
  }

  session(): Session {
    const next: Record<string, unknown> = { ...this.fields, entries: this.entries.filter((e) => e !== null) };
    if (this.draft !== undefined) next.draft = this.draft;
    return next as unknown as Session;
  }
}
