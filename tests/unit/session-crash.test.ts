// Kills a typing writer process with SIGKILL at random moments, hundreds of times, on the
// same session files: the file must always open, with everything the host acknowledged as
// durable and everything typed more than one second before the kill.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { createSessionService } from '../../host/session/service.js';
import { loadSession } from '../../host/session/store.js';
import { nodeSessionFs } from '../../host/session/fs.js';

const KILLS_PER_CHAIN = 55;
const CHAINS = 4; // 220 kills in all, 4 processes at a time

let dir: string;
let writerJs: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ctg-crash-'));
  writerJs = join(dir, 'writer.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, '../fixtures/session-writer/writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    outfile: writerJs,
    logLevel: 'silent',
    // Everything bundled: the script runs from the temporary folder.
    absWorkingDir: join(import.meta.dirname, '../..'),
  });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const progressOf = (text: string | undefined): number => Number(/^k=(\d+)$/.exec(text ?? '')?.[1] ?? -1);

interface RunLog {
  typed: { n: number; at: number }[];
  acked: number;
  start: number;
}

function runOnce(docs: string, path: string, killAfterMs: number): Promise<{ log: RunLog; killedAt: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writerJs, docs, path], {
      cwd: join(import.meta.dirname, '../..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const log: RunLog = { typed: [], acked: -1, start: -1 };
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
        else if (tag === 'A') log.acked = Math.max(log.acked, Number(a));
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

describe('a session survives SIGKILL while typing', () => {
  it(`opens after ${CHAINS * KILLS_PER_CHAIN} kills and loses at most the last second`, async () => {
    const chain = async (c: number): Promise<number> => {
      const docs = join(dir, `docs-${c}`);
      const service = createSessionService({ documentsDir: docs });
      const created = await service.createSession({ template: 'forum-habiter-le-diois', date: '2026-03-03' });
      if (!created.ok) throw new Error(created.message);
      const path = created.state.path;
      await service.closeSession(created.state.handle);
      let kills = 0;
      for (let k = 0; k < KILLS_PER_CHAIN; k++) {
        // Mostly short runs (crashes early in a write), some long ones (across compactions).
        const wait = Math.random() < 0.7 ? 20 + Math.random() * 250 : 300 + Math.random() * 900;
        const { log, killedAt } = await runOnce(docs, path, wait);
        kills++;
        const loaded = await loadSession(nodeSessionFs, path);
        if (!loaded.ok) throw new Error(`chaîne ${c}, arrêt ${k}: ${loaded.message}`);
        const s = loaded.session;
        const progress = Math.max(progressOf(s.draft?.text), ...s.entries.map((e) => progressOf(e.text)), 0);
        const typedBeforeLastSecond = Math.max(log.start, ...log.typed.filter((t) => t.at <= killedAt - 1000).map((t) => t.n));
        expect(progress, `acknowledged as durable (chaîne ${c}, arrêt ${k})`).toBeGreaterThanOrEqual(log.acked);
        expect(progress, `typed more than 1 s before the kill (chaîne ${c}, arrêt ${k})`).toBeGreaterThanOrEqual(typedBeforeLastSecond);
        // Nothing invented: never more than what was typed.
        expect(progress).toBeLessThanOrEqual(Math.max(log.start, ...log.typed.map((t) => t.n)));
        // Entries are recorded every 40 characters: none is missing below the progress.
        const entryMarks = new Set(s.entries.map((e) => progressOf(e.text)));
        for (let m = 40; m <= progress; m += 40) expect(entryMarks.has(m), `entry k=${m}`).toBe(true);
      }
      return kills;
    };
    const kills = await Promise.all(Array.from({ length: CHAINS }, (_, c) => chain(c)));
    expect(kills.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(200);
  }, 600_000);
});
