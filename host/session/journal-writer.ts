// Durability of typing: the write-ahead journal writer.
//
// Why a journal rather than rewriting the session file on every change: the UI sends the
// entry being typed about every 300 ms, and a three-hour COPIL reaches thousands of entries
// (≈ 1 MB of JSON). Rewriting and fsyncing the whole file (twice, with its backup) three times
// a second would tie keystroke durability to the session's size and wear USB keys. Appending
// one small line and fsyncing it costs the same for the first entry and the two-thousandth, so
// typing is on disk within one fsync (milliseconds on a laptop SSD, well under a second on a
// slow USB key). Appends that arrive while a flush is in progress are coalesced into the next
// one, so a slow disk makes batches bigger, not a queue longer. The service folds the journal
// into the main file (an atomic rewrite) from time to time, on save and on close.
//
// Proof: tests/unit/session-crash.test.ts kills a writer process with SIGKILL at random
// moments and checks that everything acknowledged, and everything typed more than a second
// before the kill, is found again; bench/session.ts measures keystroke-to-durable latency.
import { journalHeader, journalRecord } from '../../core/session/journal.js';
import type { SessionOp } from '../../core/session/ops.js';
import { writeFileAtomic } from './atomic.js';
import type { SessionFileHandle, SessionFs } from './fs.js';
import type { Mutex } from './mutex.js';

export type AppendResult = { ok: true } | { ok: false; error: unknown };

interface Pending {
  data: Uint8Array;
  /** The session's revision once this record is applied. */
  revision: number;
  done: (result: AppendResult) => void;
}

export class JournalWriter {
  private handle: SessionFileHandle | undefined;
  /** Bytes of the journal known to be whole; a failed append is cut back to this. */
  private goodLength = 0;
  /** Set when the journal must be (re)started on this base before the next append. */
  private headerBase: string | null;
  private pending: Pending[] = [];
  private scheduled = false;
  private seq = 0;
  /**
   * Records written since a background compaction took its snapshot (markSnapshot): they
   * are not in the main file it writes, so the fresh journal starts with them.
   */
  private sinceSnapshot: { revision: number; data: Uint8Array }[] | null = null;
  /** Records and bytes appended since the journal was last started. */
  records = 0;
  bytes = 0;

  constructor(
    private readonly fs: SessionFs,
    readonly path: string,
    private readonly lock: Mutex,
    /** Hash of the main file; null to keep appending to an existing journal (not ours to reset). */
    base: string | null,
  ) {
    this.headerBase = base;
  }

  /** Queues a record; resolves once it is flushed to the device (or failed). */
  append(at: string, revision: number, ops: readonly SessionOp[]): Promise<AppendResult> {
    const data = new TextEncoder().encode(journalRecord(++this.seq, revision, at, ops));
    return new Promise((done) => {
      this.pending.push({ data, revision, done });
      this.kick();
    });
  }

  /** How many queued records there are (a compaction covers the first ones). */
  get queued(): number {
    return this.pending.length;
  }

  private kick(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    void this.lock.run(async () => {
      this.scheduled = false;
      await this.flushLocked();
    });
  }

  /** Writes every queued record with one write and one fsync. Call with the lock held. */
  async flushLocked(): Promise<void> {
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    const size = batch.reduce((n, p) => n + p.data.length, 0);
    const data = new Uint8Array(size);
    let at = 0;
    for (const p of batch) {
      data.set(p.data, at);
      at += p.data.length;
    }
    try {
      if (this.headerBase !== null) await this.startLocked(this.headerBase);
      if (!this.handle) {
        this.handle = await this.fs.open(this.path, 'a');
        this.goodLength = (await this.fs.stat(this.path)).size;
      }
      await this.handle.write(data);
      await this.handle.sync();
      this.goodLength += size;
      this.records += batch.length;
      this.bytes += size;
      if (this.sinceSnapshot) for (const p of batch) this.sinceSnapshot.push({ revision: p.revision, data: p.data });
      for (const p of batch) p.done({ ok: true });
    } catch (error) {
      // Cut a half-written record off, so the next append starts on a clean line.
      await this.handle?.truncate(this.goodLength).catch(() => undefined);
      await this.handle?.close().catch(() => undefined);
      this.handle = undefined;
      for (const p of batch) p.done({ ok: false, error });
    }
  }

  /** Replaces the journal by an empty one extending the main file of hash `base`. */
  private async startLocked(base: string): Promise<void> {
    await this.handle?.close().catch(() => undefined);
    this.handle = undefined;
    const header = new TextEncoder().encode(journalHeader(base));
    await writeFileAtomic(this.fs, this.path, header);
    this.headerBase = null;
    this.goodLength = header.length;
    this.records = 0;
    this.bytes = 0;
  }

  /**
   * After the main file was rewritten with everything applied so far: the first `covered`
   * queued records are in it (durable), and the journal restarts on the new file's hash.
   * Call with the lock held.
   */
  async compactedLocked(base: string, covered: number): Promise<void> {
    for (const p of this.pending.splice(0, covered)) p.done({ ok: true });
    this.headerBase = base;
    this.records = 0;
    this.bytes = 0;
    try {
      await this.startLocked(base);
    } catch {
      // Retried before the next append; the main file already holds everything.
    }
    if (this.pending.length) this.kick();
  }

  /**
   * A background compaction took its snapshot of the session (after flushLocked): from now
   * on the records written are remembered, for restartAfterSnapshotLocked. Call with the lock held.
   */
  markSnapshot(): void {
    this.sinceSnapshot = [];
  }

  /** The background compaction failed: the journal goes on as it was. */
  dropSnapshot(): void {
    this.sinceSnapshot = null;
  }

  /**
   * The main file now holds the snapshot (revision `revision`, hash `base`): the journal
   * restarts on it, holding the records written meanwhile (revision above the snapshot's),
   * in one atomic replacement. If that fails, the old journal stays: it extends the previous
   * main file, now the backup, and opening skips the records the new main file holds.
   * Call with the lock held.
   */
  async restartAfterSnapshotLocked(base: string, revision: number): Promise<void> {
    const keep = (this.sinceSnapshot ?? []).filter((r) => r.revision > revision);
    this.sinceSnapshot = null;
    await this.handle?.close().catch(() => undefined);
    this.handle = undefined;
    const header = new TextEncoder().encode(journalHeader(base));
    const data = new Uint8Array(header.length + keep.reduce((n, r) => n + r.data.length, 0));
    data.set(header, 0);
    let at = header.length;
    for (const r of keep) {
      data.set(r.data, at);
      at += r.data.length;
    }
    try {
      await writeFileAtomic(this.fs, this.path, data);
      this.headerBase = null;
      this.goodLength = data.length;
      this.records = keep.length;
      this.bytes = data.length - header.length;
    } catch {
      // The old journal is still whole and still right (see above); appends reopen it.
    }
  }

  /** Forgets queued records (the user chose to reload the file): they are reported as not written. */
  dropPending(): void {
    for (const p of this.pending.splice(0)) p.done({ ok: false, error: new Error('abandonné') });
  }

  /** Closes the journal and deletes it (after a final save: the main file holds everything). */
  async removeLocked(): Promise<void> {
    await this.handle?.close().catch(() => undefined);
    this.handle = undefined;
    await this.fs.unlink(this.path).catch(() => undefined);
  }

  async closeLocked(): Promise<void> {
    await this.handle?.close().catch(() => undefined);
    this.handle = undefined;
  }
}
