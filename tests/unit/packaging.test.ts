// Packaging smoke test: runs electron-builder --dir for Linux on the built app, with a stub
// Electron distribution (the real binary cannot be downloaded here), and checks what a user
// would install: app.asar holds the bundles and nothing else, the decks sit beside it as
// editable files. Fuses are left out of this run only: flipping them needs the real binary.
import { execFileSync, execSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFile, listPackage } from '@electron/asar';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const built = ['dist/main/main.cjs', 'dist/main/preload.cjs', 'dist/renderer/index.html'];

let work: string;
let unpacked: string;
let asarPath: string;
let entries: string[];

beforeAll(() => {
  // `npm test` builds before vitest; a lone run of this file builds for itself.
  if (!built.every((file) => existsSync(path.join(repo, file)))) {
    execSync('npm run build', { cwd: repo, stdio: 'inherit' });
  }

  work = mkdtempSync(path.join(os.tmpdir(), 'ctg-packaging-'));
  // The stub: an "electron" executable and a few Chromium locales, nothing else.
  const stub = path.join(work, 'electron-stub');
  mkdirSync(path.join(stub, 'locales'), { recursive: true });
  writeFileSync(path.join(stub, 'electron'), '#!/bin/sh\necho "stub electron"\n');
  chmodSync(path.join(stub, 'electron'), 0o755);
  for (const locale of ['fr', 'en-US', 'de', 'ja']) writeFileSync(path.join(stub, 'locales', `${locale}.pak`), locale);

  const config = parse(readFileSync(path.join(repo, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
  delete config.electronFuses;
  config.electronDist = stub;
  config.directories = { ...(config.directories as object), output: path.join(work, 'release') };
  const configPath = path.join(work, 'electron-builder.yml');
  writeFileSync(configPath, stringify(config));

  try {
    execFileSync(
      process.execPath,
      [path.join(repo, 'node_modules/electron-builder/cli.js'), '--dir', '--linux', '--x64', '--config', configPath],
      { cwd: repo, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', CI: '1' } },
    );
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    throw new Error(`electron-builder --dir failed:\n${failed.stdout ?? ''}\n${failed.stderr ?? ''}`);
  }

  unpacked = path.join(work, 'release', 'linux-unpacked');
  asarPath = path.join(unpacked, 'resources', 'app.asar');
  entries = listPackage(asarPath, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const inAsar = (file: string) => extractFile(asarPath, file);

describe('packaged app (electron-builder --dir, stub Electron)', () => {
  it('holds the main process, the preload and the renderer build, as built', () => {
    expect(entries).toEqual(expect.arrayContaining(['/package.json', '/dist/main/main.cjs', '/dist/main/preload.cjs', '/dist/renderer/index.html']));
    expect(inAsar('dist/main/main.cjs').equals(readFileSync(path.join(repo, 'dist/main/main.cjs')))).toBe(true);
    expect(inAsar('dist/main/preload.cjs').equals(readFileSync(path.join(repo, 'dist/main/preload.cjs')))).toBe(true);
    // The offline player that exported HTML decks are made of.
    expect(inAsar('dist/standalone/player.js').equals(readFileSync(path.join(repo, 'dist/standalone/player.js')))).toBe(true);
    // The room's phone page, served by the participant server.
    expect(inAsar('dist/phone/telephone.js').equals(readFileSync(path.join(repo, 'dist/phone/telephone.js')))).toBe(true);
    const manifest = JSON.parse(inAsar('package.json').toString('utf8')) as { main: string };
    expect(manifest.main).toBe('dist/main/main.cjs');
  });

  it('holds every script, style and font the renderer page asks for', () => {
    const html = inAsar('dist/renderer/index.html').toString('utf8');
    const referenced = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((match) => `/dist/renderer/${match[1]}`);
    expect(referenced.length).toBeGreaterThan(0);
    expect(entries).toEqual(expect.arrayContaining(referenced));
    expect(entries.some((entry) => /^\/dist\/renderer\/assets\/.+\.woff2$/.test(entry))).toBe(true);
  });

  it('holds no sources, tests, source maps, decks or node_modules', () => {
    const files = entries.filter((entry) => /\.[a-z0-9]+$/i.test(entry));
    expect(files.filter((entry) => /\.(ts|tsx|mts|cts)$/.test(entry))).toEqual([]);
    expect(files.filter((entry) => /\.test\.|\.spec\./.test(entry))).toEqual([]);
    expect(files.filter((entry) => entry.endsWith('.map'))).toEqual([]);
    expect(entries.filter((entry) => entry.includes('/node_modules/'))).toEqual([]);
    // Only package.json and dist/ at the top: no core/, host/, main/, renderer/, tests/, slides/.
    const top = new Set(entries.map((entry) => entry.split('/')[1]));
    expect([...top].sort()).toEqual(['dist', 'package.json']);
    // ssr: the first slide the host renders before any script (host/first-slide); phone: the room's phone page.
    expect(new Set(entries.filter((e) => e.startsWith('/dist/')).map((e) => e.split('/')[2]))).toEqual(new Set(['main', 'renderer', 'standalone', 'ssr', 'phone']));
  });

  it('puts the decks beside the app as editable files, README included', () => {
    const slides = path.join(unpacked, 'resources', 'slides');
    // Every file of slides/ (decks, README, glossary…), whatever the content team adds.
    const filesIn = (dir: string) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((name) => !name.split(path.sep).some((part) => part.startsWith('.')) && statSync(path.join(dir, name)).isFile())
        .sort();
    const expected = filesIn(path.join(repo, 'slides'));
    expect(expected).toContain('README.md');
    expect(expected.filter((name) => name.endsWith('.md')).length).toBeGreaterThan(1);
    expect(filesIn(slides)).toEqual(expected);
    for (const name of expected) {
      expect(readFileSync(path.join(slides, name)).equals(readFileSync(path.join(repo, 'slides', name))), name).toBe(true);
    }
  });

  it('names the executable and keeps only the French and English Chromium locales', () => {
    expect(existsSync(path.join(unpacked, 'ctg-diois'))).toBe(true);
    expect(readdirSync(path.join(unpacked, 'locales')).sort()).toEqual(['en-US.pak', 'fr.pak']);
  });
});
