// Kills a typing process with SIGKILL at seeded moments, on the same session files: the file
// must always open, with everything the host acknowledged as durable, and — on every kill —
// everything typed more than one second before the kill ("at most the last second lost").
// Two ways in: the session service called directly at machine speed, and the browser host's
// HTTP API fed at the notes panel's own draft cadence (DRAFT_INTERVAL_MS), as the renderer
// does. The seed is printed; CTG_CRASH_SEED=<seed> replays the same kill times (the OS
// scheduler, not the seed, decides what the writer was doing at that instant).
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { createSessionService } from '../../host/session/service.js';
import { loadSession } from '../../host/session/store.js';
import { nodeSessionFs } from '../../host/session/fs.js';
import { DRAFT_INTERVAL_MS } from '../../renderer/session/draft-cadence.js';
import { mulberry32, seedFromEnv } from './seeded-random.js';

const SEED = seedFromEnv('CTG_CRASH_SEED');
console.log(`session crash test seed: ${SEED} (CTG_CRASH_SEED=${SEED} to replay)`);

/** The promise: what was typed more than this long before a crash is on disk. */
const LAST_SECOND_MS = 1000;
const KILLS_PER_CHAIN = 35;
// 70 direct kills, 2 writers at a time: more writers fsyncing every few milliseconds on one
// disk measure the test's own contention, not the app (one writer alone: p99 ≈ 70 ms).
const CHAINS = 2;
const HTTP_KILLS = 10;
const REPO = join(import.meta.dirname, '../..');

let dir: string;
let writerJs: string;
let httpHostJs: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ctg-crash-'));
  writerJs = join(dir, 'writer.mjs');
  httpHostJs = join(dir, 'http-host.mjs');
  for (const [entry, outfile] of [['writer.ts', writerJs], ['http-host.ts', httpHostJs]] as const) {
    await build({
      entryPoints: [join(import.meta.dirname, '../fixtures/session-writer', entry)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      outfile,
      logLevel: 'silent',
      // Everything bundled: the script runs from the temporary folder.
      absWorkingDir: REPO,
      // The host's CommonJS dependencies (yaml…) call require(): give the ES module one.
      banner: { js: "import { createRequire as __ctgRequire } from 'node:module'; const require = __ctgRequire(import.meta.url);" },
    });
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const progressOf = (text: string | undefined): number => Number(/^k=(\d+)$/.exec(text ?? '')?.[1] ?? -1);

/** What a run typed and was told, with times on this machine's clock (ms since the epoch). */
interface RunLog {
  start: number;
  typed: { n: number; at: number }[];
  /** Acknowledged as durable by the host, with when the acknowledgement was seen here. */
  acked: { n: number; at: number }[];
}

/** Kill times, seeded: every kill comes more than a second after typing started, so the last-second check always has something to check. */
const killDelay = (random: () => number) => LAST_SECOND_MS + 100 + random() * 1000;

function runWriter(docs: string, path: string, killAfterMs: number): Promise<{ log: RunLog; killedAt: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writerJs, docs, path], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    const log: RunLog = { start: -1, typed: [], acked: [] };
    let buffer = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    let killedAt = 0;
    child.stdout.setEncoding('utf8');
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        const [tag, a, b] = line.split(' ');
        if (tag === 'READY') {
          log.start = Number(a);
          timer = setTimeout(() => {
            killedAt = Date.now();
            child.kill('SIGKILL');
          }, killAfterMs);
        } else if (tag === 'T') log.typed.push({ n: Number(a), at: Number(b) });
        else if (tag === 'A') log.acked.push({ n: Number(a), at: Date.now() });
        else if (tag === 'ERR') reject(new Error(line));
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`writer exited (${code}): ${stderr.slice(0, 2000)}`));
      else resolve({ log, killedAt });
    });
  });
}

/**
 * After a kill: the file opens, and holds (1) every keystroke acknowledged as durable —
 * acknowledged more than a second before the kill or not —, (2) every keystroke typed more
 * than a second before the kill, whether or not its acknowledgement had come, (3) nothing
 * never typed.
 * Returns the progress found, for the next run to continue from.
 */
async function checkAfterKill(path: string, log: RunLog, killedAt: number, where: string): Promise<number> {
  const loaded = await loadSession(nodeSessionFs, path);
  if (!loaded.ok) throw new Error(`${where}: ${loaded.message}`);
  const s = loaded.session;
  const progress = Math.max(progressOf(s.draft?.text), ...s.entries.map((e) => progressOf(e.text)), 0);
  const cutoff = killedAt - LAST_SECOND_MS;
  const typedBefore = log.typed.filter((t) => t.at <= cutoff);
  // Never vacuous: each kill came more than a second after typing started.
  expect(typedBefore.length, `${where}: typing more than 1 s before the kill`).toBeGreaterThan(0);
  expect(progress, `${where}: acknowledged as durable`).toBeGreaterThanOrEqual(Math.max(log.start, ...log.acked.map((a) => a.n)));
  const lastAck = log.acked.at(-1);
  expect(progress, `${where}: typed more than 1 s before the kill (last acknowledgement: k=${lastAck?.n} ${lastAck ? killedAt - lastAck.at : '?'} ms before the kill)`).toBeGreaterThanOrEqual(Math.max(...typedBefore.map((t) => t.n)));
  expect(progress, `${where}: nothing invented`).toBeLessThanOrEqual(Math.max(log.start, ...log.typed.map((t) => t.n)));
  // Entries are recorded every 40 characters: none is missing below the progress.
  const entryMarks = new Set(s.entries.map((e) => progressOf(e.text)));
  for (let m = 40; m <= progress; m += 40) expect(entryMarks.has(m), `${where}: entry k=${m}`).toBe(true);
  return progress;
}

async function newSession(docs: string): Promise<string> {
  const service = createSessionService({ documentsDir: docs });
  const created = await service.createSession({ template: 'forum-habiter-le-diois', date: '2026-03-03' });
  if (!created.ok) throw new Error(created.message);
  await service.closeSession(created.state.handle);
  return created.state.path;
}

describe('a session survives SIGKILL while typing', () => {
  it(`opens after ${CHAINS * KILLS_PER_CHAIN} kills of a writer at machine speed and loses at most the last second`, async () => {
    const chain = async (c: number): Promise<number> => {
      const random = mulberry32(SEED + c);
      const docs = join(dir, `docs-${c}`);
      const path = await newSession(docs);
      for (let k = 0; k < KILLS_PER_CHAIN; k++) {
        const { log, killedAt } = await runWriter(docs, path, killDelay(random));
        await checkAfterKill(path, log, killedAt, `seed ${SEED}, chaîne ${c}, arrêt ${k}`);
      }
      return KILLS_PER_CHAIN;
    };
    const kills = await Promise.all(Array.from({ length: CHAINS }, (_, c) => chain(c)));
    expect(kills.reduce((a, b) => a + b, 0)).toBe(CHAINS * KILLS_PER_CHAIN);
  }, 600_000);

  it(`through the browser host's HTTP API at the notes panel's draft cadence (${DRAFT_INTERVAL_MS} ms): ${HTTP_KILLS} kills of the host`, async () => {
    const random = mulberry32(SEED ^ 0x9e3779b9);
    const docs = join(dir, 'docs-http');
    const rendererDir = join(dir, 'renderer-none');
    await mkdir(rendererDir, { recursive: true });
    const path = await newSession(docs);
    let progress = 0;
    for (let k = 0; k < HTTP_KILLS; k++) {
      const { log, killedAt } = await typeThroughHttp(docs, rendererDir, path, progress, killDelay(random));
      progress = await checkAfterKill(path, log, killedAt, `seed ${SEED}, HTTP, arrêt ${k}`);
    }
  }, 600_000);
});

/**
 * Starts the browser host in its own process, enters it with its key, opens the session and
 * types as a person would in the notes panel: a keystroke every 25 ms, the draft sent at
 * most every DRAFT_INTERVAL_MS (latest value wins, one call at a time), an entry every 40
 * characters. Kills the host after `killAfterMs`.
 */
async function typeThroughHttp(docs: string, rendererDir: string, path: string, from: number, killAfterMs: number): Promise<{ log: RunLog; killedAt: number }> {
  const child: ChildProcess = spawn(process.execPath, [httpHostJs, docs, rendererDir, join(REPO, 'slides')], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    const entryUrl = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.setEncoding('utf8');
      child.stdout!.on('data', (chunk: string) => {
        out += chunk;
        const m = /^READY (\S+)$/m.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`host exited (${code}) before READY`)));
    });
    const entered = await fetch(entryUrl, { redirect: 'manual' });
    const cookie = entered.headers.get('set-cookie')!.split(';')[0]!;
    const api = new URL('/api/call', entryUrl);
    const call = async (method: string, ...args: unknown[]): Promise<{ ok: boolean; value?: { ok: boolean; state?: { handle: string } } }> => {
      const res = await fetch(api, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ method, args }) });
      return (await res.json()) as { ok: boolean; value?: { ok: boolean; state?: { handle: string } } };
    };
    const opened = await call('openSession', path);
    const handle = opened.value?.state?.handle;
    if (!handle) throw new Error(`openSession: ${JSON.stringify(opened).slice(0, 500)}`);

    const log: RunLog = { start: from, typed: [], acked: [] };
    let killed = false;
    // The notes panel's queue: one call at a time, drafts throttled, latest value wins.
    let queue = Promise.resolve();
    const serial = (task: () => Promise<void>) => {
      queue = queue.then(task, task).catch(() => undefined);
    };
    let pendingDraft: number | undefined;
    let lastSent = 0;
    let timer: NodeJS.Timeout | undefined;
    const sendDraft = () => {
      timer = undefined;
      if (pendingDraft === undefined) return;
      const n = pendingDraft;
      pendingDraft = undefined;
      lastSent = Date.now();
      serial(async () => {
        const r = await call('recordDraft', handle, { kind: 'note', text: `k=${n}`, agendaItemId: 'p1' });
        if (r.ok && r.value?.ok) log.acked.push({ n, at: Date.now() });
      });
    };
    const start = Date.now();
    let killedAt = 0;
    for (let n = from + 1; !killed; n++) {
      log.typed.push({ n, at: Date.now() });
      if (n % 40 === 0) {
        // Ctrl+Enter: the entry is recorded (the pending draft is superseded by it).
        pendingDraft = undefined;
        serial(async () => {
          const r = await call('addEntry', handle, { kind: 'note', text: `k=${n}`, agendaItemId: 'p1' });
          if (r.ok && r.value?.ok) log.acked.push({ n, at: Date.now() });
        });
      } else {
        pendingDraft = n;
        timer ??= setTimeout(sendDraft, Math.max(0, DRAFT_INTERVAL_MS - (Date.now() - lastSent)));
      }
      await new Promise((r) => setTimeout(r, 25));
      if (Date.now() - start >= killAfterMs) {
        killedAt = Date.now();
        child.kill('SIGKILL');
        killed = true;
      }
    }
    clearTimeout(timer);
    await exited;
    await queue;
    return { log, killedAt };
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  }
}
