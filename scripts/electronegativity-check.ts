// Runs Electronegativity (Doyensec's Electron security scanner) on the main process and the
// renderer's page as built, offline, and reports every finding of medium severity or above.
// `npm test` runs it (scripts/electronegativity-check.test.ts); by hand:
//   npx tsx scripts/electronegativity-check.ts
// What it scans: main/ (the TypeScript sources, which it parses) and renderer/index.html with
// the CSP <meta> tag the build adds (host/csp.ts's withCspMeta, the vite plugin's own function),
// copied together into a temporary folder: the scanner's global checks (CSP, navigation limits,
// permission handler) look across the files of one input.
// Offline: the scanner looks up Electron's releases and its own translations on GitHub at each
// run (and crashes on the failure of the first when offline). Its HTTP client 'got' is replaced
// by one that fails at once, which the scanner already handles as "no connectivity".
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withCspMeta } from '../host/csp.js';

/** The Electron the app ships (package.json pins it): the scanner cannot read it from TypeScript. */
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ELECTRON_VERSION = (JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies.electron!;
/** The scanner's severities from medium up: any of them fails the check. */
const FAILING = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);

export interface Finding {
  id: string;
  severity: string;
  file: string;
  line: number;
  description: string;
}

interface RawIssue {
  id: string;
  file: string;
  location: { line: number };
  description: string;
  severity: { name?: string } | string;
}

type Run = (options: Record<string, unknown>, forCli: boolean) => Promise<{ issues: RawIssue[]; errors: Array<{ file: string; message: string; tolerable: boolean }> }>;

const offlineGot = () => {
  const refuse = () => Promise.reject(new Error('hors ligne : la vérification ne fait aucune requête réseau'));
  return Object.assign(refuse, { head: refuse, get: refuse });
};

/** Scans `input` (a folder or a file) with the scanner, offline. */
export async function scan(input: string): Promise<{ findings: Finding[]; unreadable: string[] }> {
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const originalLoad = loader._load;
  loader._load = function (request: string, ...rest: unknown[]) {
    return request === 'got' ? offlineGot() : originalLoad.call(this, request, ...rest);
  };
  // The scanner chats on stdout (progress, "no connectivity"); the check prints its own summary.
  const log = console.log;
  console.log = () => {};
  try {
    const run = Module.createRequire(import.meta.url)('@doyensec/electronegativity/dist/runner.js') as Run;
    const result = await run({ input, electronVersionOverride: ELECTRON_VERSION, isRelative: true }, false);
    return {
      findings: result.issues.map((issue) => ({
        id: issue.id,
        severity: String(typeof issue.severity === 'string' ? issue.severity : issue.severity.name).toUpperCase(),
        file: issue.file,
        line: issue.location.line,
        description: issue.description,
      })),
      // A file it cannot parse is a file it did not check (e.g. class private fields).
      unreadable: result.errors.filter((e) => !e.tolerable).map((e) => `${e.file}: ${e.message}`),
    };
  } finally {
    console.log = log;
    loader._load = originalLoad;
  }
}

/** The app as the scanner should see it: main/ and the page with its CSP meta tag. */
export function stageApp(): string {
  const stage = mkdtempSync(path.join(tmpdir(), 'ctg-electronegativity-'));
  cpSync(path.join(repo, 'main'), path.join(stage, 'main'), { recursive: true });
  writeFileSync(path.join(stage, 'index.html'), withCspMeta(readFileSync(path.join(repo, 'renderer', 'index.html'), 'utf8')));
  return stage;
}

export async function checkApp(): Promise<{ failing: Finding[]; all: Finding[]; unreadable: string[] }> {
  const stage = stageApp();
  try {
    const { findings, unreadable } = await scan(stage);
    return { failing: findings.filter((f) => FAILING.has(f.severity)), all: findings, unreadable };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { failing, all, unreadable } = await checkApp();
  for (const f of failing) console.error(`${f.severity} ${f.id} ${f.file}:${f.line} ${f.description}`);
  for (const u of unreadable) console.error(`illisible pour le scanner : ${u}`);
  console.log(`Electronegativity (Electron ${ELECTRON_VERSION}) : ${all.length} constat(s), ${failing.length} de sévérité moyenne ou plus.`);
  process.exitCode = failing.length + unreadable.length > 0 ? 1 : 0;
}
