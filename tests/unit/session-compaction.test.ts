// Folding the journal into the session file (compaction) does not hold up typing: while the
// main file and its backup are written and flushed (slow on a USB key), each keystroke's
// journal append still becomes durable at once, and nothing typed meanwhile is lost — in
// memory, in the new journal, and after reopening.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeSessionFs, type SessionFs } from '../../host/session/fs.js';
import { createSessionService, type SessionService } from '../../host/session/service.js';
import { journalPath, loadSession } from '../../host/session/store.js';

/** How long flushing a temporary file of the main file (or its backup) takes: a slow USB key. */
const SLOW_SYNC_MS = 800;

let dir: string;
let service: SessionService;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ctg-compaction-'));
});
afterEach(async () => {
  await service?.closeAll();
  await rm(dir, { recursive: true, force: true });
});

/** Real files; fsync of the session file's temporary copies is slow, the journal's is not. */
function slowMainFs(): { fs: SessionFs; slowSyncs: () => number } {
  let slowSyncs = 0;
  const fs: SessionFs = {
    ...nodeSessionFs,
    async open(path, flags) {
      const handle = await nodeSessionFs.open(path, flags);
      const isMainCopy = path.endsWith('.tmp') && !path.includes('.journal.');
      if (!isMainCopy) return handle;
      return {
        ...handle,
        sync: async () => {
          slowSyncs++;
          await new Promise((r) => setTimeout(r, SLOW_SYNC_MS));
          await handle.sync();
        },
      };
    },
  };
  return { fs, slowSyncs: () => slowSyncs };
}

describe('background compaction', () => {
  it('keystrokes are durable at once while the main file is being rewritten, and none is lost', async () => {
    const slow = slowMainFs();
    service = createSessionService({ documentsDir: dir, fs: slow.fs, compaction: { records: 5, bytes: 1e9, ms: 1e9 } });
    const created = await service.createSession({ template: 'copil-ctg', date: '2026-03-03' });
    if (!created.ok) throw new Error(created.message);
    const { handle, path } = created.state;
    const before = slow.slowSyncs();
    const latencies: number[] = [];
    for (let n = 1; n <= 31; n++) {
      const t0 = Date.now();
      const r = await service.recordDraft(handle, { kind: 'note', text: `k=${n}` });
      latencies.push(Date.now() - t0);
      expect(r.ok).toBe(true);
      if (n % 10 === 0) expect((await service.addEntry(handle, { kind: 'note', text: `entrée ${n}` })).ok).toBe(true);
    }
    // Compactions did run (the slow path was taken) while the keystrokes went through.
    expect(slow.slowSyncs()).toBeGreaterThan(before);
    // A keystroke never waited for a whole compaction (two slow flushes at least).
    expect(Math.max(...latencies)).toBeLessThan(SLOW_SYNC_MS);
    await service.flush(handle);
    // What the disk holds now (main file + journal) is everything typed.
    const reopened = await loadSession(nodeSessionFs, path);
    if (!reopened.ok) throw new Error(reopened.message);
    expect(reopened.session.draft?.text).toBe('k=31');
    expect(reopened.session.entries.map((e) => e.text)).toEqual(['entrée 10', 'entrée 20', 'entrée 30']);
    // The journal was restarted on the new main file: it does not grow without end.
    const journal = await readFile(journalPath(path), 'utf8');
    expect(journal.split('\n').filter(Boolean).length).toBeLessThan(30);
  }, 60_000);
});
