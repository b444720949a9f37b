// Odd files cannot stall the host: FIFOs, devices and links to them are reported (in French)
// and skipped, never read; size caps hold before reading; journal replay is linear, so a
// crafted journal or a 50,000-entry one opens (or is refused) at once; listings read each file
// once per (size, mtime), a few at a time, and never replay journals. Time bounds here only
// catch a hang (10 s): the speed figures live in bench/session-files.ts.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, symlink, truncate, writeFile, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { journalHeader, journalRecord, MAX_JOURNAL_BYTES, MAX_UNREADABLE_LINES, replayJournal } from '../../core/session/journal.js';
import { applyOps, type SessionOp } from '../../core/session/ops.js';
import { LIMITS, sessionSchema } from '../../core/session/schema.js';
import { createFromTemplate } from '../../core/session/templates.js';
import type { Entry, Session } from '../../core/session/model.js';
import { nodeSessionFs, type SessionFs } from '../../host/session/fs.js';
import { createSessionService, type SessionService } from '../../host/session/service.js';
import { hashBytes, journalPath, MAX_SESSION_BYTES } from '../../host/session/store.js';
import { mulberry32, seedFromEnv } from './seeded-random.js';

const HANG = 10_000;
const NOW = '2026-03-03T14:00:00.000Z';
let dir: string;
const services: SessionService[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ctg-odd-'));
});
afterEach(async () => {
  for (const s of services.splice(0)) await s.closeAll().catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

function make(fs: SessionFs = nodeSessionFs): SessionService {
  const s = createSessionService({ documentsDir: dir, fs, compaction: { records: 1e6, bytes: 1e12, ms: 1e12 } });
  services.push(s);
  return s;
}

/** Rejects if `p` has not settled after HANG ms: a hang fails the test instead of freezing it. */
function within<T>(p: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer after ${HANG} ms`)), HANG);
  });
  return Promise.race([p, hang]).finally(() => clearTimeout(timer));
}

/** A valid session file written by the service and closed, plus its path. */
async function savedSession(service: SessionService, title = 'COPIL'): Promise<string> {
  const created = await service.createSession({ template: 'copil-ctg', date: '2026-03-03', title });
  if (!created.ok) throw new Error(created.message);
  await service.closeSession(created.state.handle);
  return created.state.path;
}

const note = (id: string, text = `Note ${id}`): Entry => ({ id, kind: 'note', text, createdAt: NOW, updatedAt: NOW });

/** A journal extending the file at `path`, with these records (one op list each). */
async function writeJournal(path: string, records: readonly SessionOp[][]): Promise<number> {
  const base = hashBytes(await readFile(path));
  const revision = (JSON.parse(await readFile(path, 'utf8')) as Session).revision;
  const parts = [journalHeader(base)];
  records.forEach((ops, i) => parts.push(journalRecord(i + 1, revision + i + 1, NOW, ops)));
  const text = parts.join('');
  await writeFile(journalPath(path), text);
  return Buffer.byteLength(text);
}

describe('files that are not regular files', () => {
  it('a FIFO named like a session: listings answer (even ten at once), with a French card; opening refuses at once', async () => {
    const service = make();
    const good = await savedSession(service);
    const fifo = join(dir, 'x.ctg-seance.json');
    execFileSync('mkfifo', [fifo]);
    const lists = await within(Promise.all(Array.from({ length: 10 }, () => service.listSessions())), 'listSessions');
    for (const list of lists) {
      if (!list.ok) throw new Error(list.message);
      const card = list.sessions.find((s) => s.path === fifo);
      expect(card).toMatchObject({ ok: false, message: expect.stringMatching(/n’est pas un fichier ordinaire/) });
      expect(list.sessions.find((s) => s.path === good)?.ok).toBe(true);
    }
    const opened = await within(service.openSession(fifo), 'openSession');
    expect(opened).toMatchObject({ ok: false, message: expect.stringMatching(/^Impossible d’ouvrir «\u00a0x\.ctg-seance\.json\u00a0»\u00a0: ce n’est pas un fichier ordinaire/) });
    // And the host still answers file calls afterwards.
    expect((await within(service.openSession(good), 'openSession')).ok).toBe(true);
  });

  it('a link to /dev/zero named like a session: refused unread (no memory growth), listing and opening answer', async () => {
    const service = make();
    const zero = join(dir, 'zéro.ctg-seance.json');
    await symlink('/dev/zero', zero);
    const before = process.memoryUsage().rss;
    const list = await within(service.listSessions(), 'listSessions');
    expect(list.ok && list.sessions[0]).toMatchObject({ ok: false, message: expect.stringMatching(/pas un fichier ordinaire/) });
    const opened = await within(service.openSession(zero), 'openSession');
    expect(opened).toMatchObject({ ok: false, message: expect.stringMatching(/pas un fichier ordinaire/) });
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('the opened handle is what is checked: a FIFO read directly is refused without blocking', async () => {
    const fifo = join(dir, 'tube');
    execFileSync('mkfifo', [fifo]);
    await expect(within(nodeSessionFs.readFile(fifo, 1024), 'readFile')).rejects.toMatchObject({ code: 'CTG_NOT_REGULAR', kind: 'tube' });
    await expect(within(nodeSessionFs.readFile('/dev/zero', 1024), 'readFile')).rejects.toMatchObject({ code: 'CTG_NOT_REGULAR', kind: 'périphérique' });
  });

  it('a FIFO or a link to /dev/zero in the journal’s place: the session opens from its file, with a French notice', async () => {
    const service = make();
    const withFifo = await savedSession(service, 'Avec tube');
    execFileSync('mkfifo', [journalPath(withFifo)]);
    const a = await within(service.openSession(withFifo), 'openSession');
    expect(a.ok).toBe(true);
    expect(a.ok && a.notice).toMatch(/\.journal\u00a0» : ce n’est pas un fichier ordinaire|pas un fichier ordinaire/);
    // Typing still works (the journal is replaced by a regular one).
    if (!a.ok) return;
    expect((await within(service.addEntry(a.state.handle, { kind: 'note', text: 'après le tube' }), 'addEntry')).ok).toBe(true);

    const withZero = await savedSession(service, 'Avec zéro');
    await symlink('/dev/zero', journalPath(withZero));
    const b = await within(service.openSession(withZero), 'openSession');
    expect(b.ok).toBe(true);
  });
});

describe('size caps, checked before reading', () => {
  it('a session file over the cap is refused in French; a journal over the cap refuses the opening and changes nothing', async () => {
    const service = make();
    const big = join(dir, 'énorme.ctg-seance.json');
    await writeFile(big, '{');
    await truncate(big, MAX_SESSION_BYTES + 1); // sparse: its size, not its bytes, must stop it
    const opened = await within(service.openSession(big), 'openSession');
    expect(opened).toMatchObject({ ok: false, message: expect.stringMatching(/bien trop gros/) });
    const list = await within(service.listSessions(), 'listSessions');
    expect(list.ok && list.sessions.find((s) => s.path === big)).toMatchObject({ ok: false, message: expect.stringMatching(/bien trop gros/) });

    const path = await savedSession(service);
    const before = await readFile(path);
    await writeFile(journalPath(path), journalHeader(hashBytes(before)));
    await truncate(journalPath(path), MAX_JOURNAL_BYTES + 1);
    const refused = await within(service.openSession(path), 'openSession');
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/journal des saisies .* dépasse 20\u00a0Mo/) });
    expect(Buffer.compare(await readFile(path), before)).toBe(0);
  });
});

// Building and writing these journals takes the test itself a few seconds on a busy machine.
describe('journal replay is linear', { timeout: 60_000 }, () => {
  it('a crafted 8 MB journal (entries past the limit, positioned inserts, removals, garbage) opens at once, valid', async () => {
    const service = make();
    const path = await savedSession(service);
    const records: SessionOp[][] = [];
    // Positioned inserts on a growing list (each would shift every entry), then removals of the
    // first entries, then lines of garbage, until 8 MB.
    for (let i = 0; i < 30_000; i++) records.push([{ t: 'put', entry: note(`a${i}`, 'x'), at: 0 }]);
    for (let i = 0; i < 20_000; i++) records.push([{ t: 'remove', id: `a${i}` }, { t: 'put', entry: note(`b${i}`, 'y') }]);
    let bytes = await writeJournal(path, records);
    const filler = '{"s":1,"r":1,"at":"bad","ops":[]}\n'.repeat(Math.max(0, Math.ceil((8 * 1024 * 1024 - bytes) / 34)));
    await writeFile(journalPath(path), filler, { flag: 'a' });
    bytes += Buffer.byteLength(filler);
    expect(bytes).toBeGreaterThan(8 * 1024 * 1024);
    const opened = await within(service.openSession(path), 'openSession');
    if (!opened.ok) {
      expect(opened.message).toMatch(/^Impossible d’ouvrir/);
      return;
    }
    expect(sessionSchema.safeParse(opened.state.session).success).toBe(true);
    expect(opened.state.session.entries.length).toBeLessThanOrEqual(LIMITS.entries);
  });

  it('a valid 50,000-entry journal opens with every entry, in order', async () => {
    const service = make();
    const path = await savedSession(service);
    await writeJournal(path, Array.from({ length: LIMITS.entries }, (_, i) => [{ t: 'put', entry: note(`n${i}`) }] as SessionOp[]));
    const opened = await within(service.openSession(path), 'openSession');
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.state.session.entries).toHaveLength(LIMITS.entries);
    expect(opened.state.session.entries[0]!.id).toBe('n0');
    expect(opened.state.session.entries.at(-1)!.id).toBe(`n${LIMITS.entries - 1}`);
    // One more entry would pass the limit: that record is left out, the others kept.
    await service.closeSession(opened.state.handle);
  });

  it('stops reading a journal after 1,000 unreadable lines (no app writes those), keeping what came before', () => {
    const base = createFromTemplate('copil-ctg', { id: 's', now: NOW, date: '2026-03-03' });
    const before = journalRecord(1, 1, NOW, [{ t: 'put', entry: note('avant') }]);
    const after = journalRecord(2, 2, NOW, [{ t: 'put', entry: note('après') }]);
    const text = journalHeader('h') + before + '{"s":1,"r":1,"at":"bad","ops":[]}\n'.repeat(MAX_UNREADABLE_LINES + 5) + after;
    const replay = replayJournal(base, text);
    expect(replay.abandoned).toBe(true);
    expect(replay.session.entries.map((e) => e.id)).toEqual(['avant']);
    // A few cut lines (crashes) do not stop it.
    const few = replayJournal(base, journalHeader('h') + before + '{"s":2,"r"\n'.repeat(3) + after);
    expect(few.abandoned).toBeUndefined();
    expect(few.session.entries.map((e) => e.id)).toEqual(['avant', 'après']);
  });

  it('replays exactly as applying the records one by one would (seeded random journals)', () => {
    const seed = seedFromEnv('CTG_REPLAY_SEED');
    console.log(`replay equivalence seed: ${seed} (CTG_REPLAY_SEED=${seed} to replay)`);
    const random = mulberry32(seed);
    const pick = (n: number) => Math.floor(random() * n);
    for (let round = 0; round < 200; round++) {
      const base = createFromTemplate('copil-ctg', { id: 's', now: NOW, date: '2026-03-03' });
      const records: SessionOp[][] = [];
      for (let r = 0; r < 40; r++) {
        const ops: SessionOp[] = [];
        for (let k = 0, n = 1 + pick(3); k < n; k++) {
          const id = `e${pick(12)}`;
          const choice = pick(6);
          if (choice === 0) ops.push({ t: 'remove', id });
          else if (choice === 1) ops.push({ t: 'put', entry: note(id, `v${r}`), at: pick(8) });
          else if (choice === 2) ops.push({ t: 'draft', draft: pick(2) ? null : { kind: 'note', text: `brouillon ${r}`, updatedAt: NOW } });
          else if (choice === 3) ops.push({ t: 'meta', patch: pick(2) ? { title: `Titre ${r}` } : { startTime: pick(2) ? null : '09:30' } });
          else ops.push({ t: 'put', entry: note(id, `v${r}`) });
        }
        records.push(ops);
      }
      const text = journalHeader('h') + records.map((ops, i) => journalRecord(i + 1, i + 1, NOW, ops)).join('');
      const expected = records.reduce<Session>((s, ops, i) => ({ ...applyOps(s, ops, NOW), revision: Math.max(s.revision + 1, i + 1) }), base);
      const replay = replayJournal(base, text);
      expect(replay.applied).toBe(records.length);
      expect(replay.session).toEqual(expected);
    }
  });
});

describe('listing', { timeout: 30_000 }, () => {
  /** Counts reads and the most at once, on the real file system. */
  function countingFs(): { fs: SessionFs; reads: string[]; maxAtOnce: () => number } {
    const reads: string[] = [];
    let now = 0;
    let max = 0;
    const fs: SessionFs = {
      ...nodeSessionFs,
      async readFile(path, maxBytes) {
        reads.push(path);
        now++;
        max = Math.max(max, now);
        try {
          await new Promise((r) => setTimeout(r, 5)); // keep reads overlapping
          return await nodeSessionFs.readFile(path, maxBytes);
        } finally {
          now--;
        }
      },
    };
    return { fs, reads, maxAtOnce: () => max };
  }

  it('reads each file once per (size, mtime), at most 4 at a time across parallel listings, never a journal', async () => {
    const counting = countingFs();
    const writer = make();
    const paths: string[] = [];
    for (let i = 0; i < 12; i++) paths.push(await savedSession(writer, `Séance ${i}`));
    // A journal beside one of them: a listing must not read it.
    await writeJournal(paths[0]!, [[{ t: 'put', entry: note('j1') }]]);
    const service = make(counting.fs);
    const lists = await within(Promise.all(Array.from({ length: 10 }, () => service.listSessions())), 'listSessions');
    for (const list of lists) expect(list.ok && list.sessions.filter((s) => s.ok)).toHaveLength(12);
    expect(counting.reads.filter((p) => p.endsWith('.journal'))).toEqual([]);
    expect(counting.reads.toSorted()).toEqual(paths.toSorted());
    expect(counting.maxAtOnce()).toBeLessThanOrEqual(4);
    expect(counting.maxAtOnce()).toBeGreaterThan(1);

    // Unchanged files are not read again; a changed one is.
    counting.reads.length = 0;
    await service.listSessions();
    expect(counting.reads).toEqual([]);
    const later = new Date(Date.now() + 60_000);
    await utimes(paths[3]!, later, later);
    await service.listSessions();
    expect(counting.reads).toEqual([paths[3]]);
  });
});
