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
import { applyOps, sessionOpSchema, type SessionOp } from './ops.js';
import { sessionSchema } from './schema.js';
import type { Session } from './model.js';

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
}

/** Applies the journal's records to `session` (the main file's content). Never throws. */
export function replayJournal(session: Session, text: string, skipUpTo: SkipPolicy = () => -1): ReplayResult {
  // Validating the whole session after each record would be quadratic: validate once, and
  // only if the result is invalid, replay again checking record by record.
  const fast = replay(session, text, skipUpTo, false);
  if (fast.applied === 0 || sessionSchema.safeParse(fast.session).success) return fast;
  return replay(session, text, skipUpTo, true);
}

function replay(session: Session, text: string, skipUpTo: SkipPolicy, checkEach: boolean): ReplayResult {
  const lines = text.split('\n');
  let base = '';
  let current = session;
  let applied = 0;
  let skipped = 0;
  let lastSeq = 0;
  let skipBelow = skipUpTo('');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      skipped++;
      continue;
    }
    if (i === 0) {
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
    const next = { ...applyOps(current, record.data.ops, record.data.at), revision: Math.max(current.revision + 1, record.data.r) };
    // A record that would make the session invalid (e.g. too many entries) is left out.
    if (checkEach && !sessionSchema.safeParse(next).success) {
      skipped++;
      continue;
    }
    current = next;
    applied++;
    lastSeq = Math.max(lastSeq, record.data.s);
  }
  return { session: current, applied, skipped, base, lastSeq };
}
