// `npm start` after the build: Electron when its binary is there (a stand-in executable
// here, through ELECTRON_OVERRIDE_DIST_PATH), otherwise one French line and the browser
// host. Electron is made "missing" on purpose (an empty override folder), so the test
// behaves the same where Electron is installed.
import { execSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../host/csp.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

let child: ChildProcess | undefined;
let noElectron: string;

beforeAll(() => {
  if (!existsSync(path.join(repo, 'dist/host/serve.mjs')) || !existsSync(path.join(repo, 'dist/renderer/index.html'))) {
    execSync('npm run build', { cwd: repo, stdio: 'inherit' });
  }
  noElectron = mkdtempSync(path.join(os.tmpdir(), 'ctg-no-electron-'));
}, 300_000);

afterAll(() => {
  child?.kill('SIGTERM');
  rmSync(noElectron, { recursive: true, force: true });
});

describe('npm start without Electron', () => {
  it('says so in one French line and serves the app on 127.0.0.1', async () => {
    const port = await freePort();
    child = spawn(process.execPath, [path.join(repo, 'scripts/start.mjs'), '--port', String(port)], {
      cwd: repo,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, CTG_START_SKIP_BUILD: '1', CTG_NO_BROWSER: '1', ELECTRON_SKIP_BINARY_DOWNLOAD: '1', ELECTRON_OVERRIDE_DIST_PATH: noElectron, PORT: '' },
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));

    // Wait until the browser host prints its address with the key (it does once listening).
    const url = `http://127.0.0.1:${port}/`;
    const entry = new RegExp(`http://127\\.0\\.0\\.1:${port}/\\?cle=[A-Za-z0-9_-]{43}`);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no server after 30 s:\n${output}`)), 30_000);
      const check = () => {
        if (entry.test(output)) {
          clearTimeout(timer);
          resolve();
        } else if (child!.exitCode !== null) {
          clearTimeout(timer);
          reject(new Error(`start.mjs exited early:\n${output}`));
        } else setTimeout(check, 50);
      };
      check();
    });

    // One line says it all, last, with the reason and the way out; the address (with its key) once.
    const lines = output.trim().split('\n');
    const entryUrl = entry.exec(output)![0];
    expect(lines.at(-1)).toBe(
      `Electron n’est pas installé sur cette machine (son téléchargement est désactivé par ELECTRON_SKIP_BINARY_DOWNLOAD)\u00a0: ` +
        `la version navigateur est ouverte sur ${entryUrl} — pour l’application de bureau, connectez-vous une fois à Internet puis relancez \`npm start\`.`,
    );
    expect(output.split(`127.0.0.1:${port}`).length - 1).toBe(1);
    // Without the key: refused. Through the printed address: a cookie, then the app.
    expect((await fetch(url)).status).toBe(401);
    const entered = await fetch(entryUrl, { redirect: 'manual' });
    expect(entered.status).toBe(303);
    const response = await fetch(url, { headers: { cookie: entered.headers.get('set-cookie')!.split(';')[0]! } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<div id="root">');

    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    // Stopping `npm start` stopped its server too.
    await expect(fetch(url)).rejects.toThrow();
  }, 60_000);

  it('stops its server when only it is interrupted (SIGINT not sent to the group)', async () => {
    const port = await freePort();
    const start = spawn(process.execPath, [path.join(repo, 'scripts/start.mjs'), '--port', String(port)], {
      cwd: repo,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, CTG_START_SKIP_BUILD: '1', CTG_NO_BROWSER: '1', ELECTRON_SKIP_BINARY_DOWNLOAD: '1', ELECTRON_OVERRIDE_DIST_PATH: noElectron, PORT: '' },
    });
    let output = '';
    start.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const url = `http://127.0.0.1:${port}/`;
    const deadline = Date.now() + 30_000;
    while (!output.includes('relancez') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    // The server answers (401 without its key), until the interruption.
    expect((await fetch(url)).status).toBe(401);
    const exited = new Promise<void>((resolve) => start.once('exit', () => resolve()));
    start.kill('SIGINT');
    await exited;
    await expect(fetch(url)).rejects.toThrow();
  }, 60_000);
});

describe('npm start with Electron', () => {
  it.skipIf(process.platform === 'win32')('launches the Electron binary on the project and passes its exit status on', () => {
    const dist = mkdtempSync(path.join(os.tmpdir(), 'ctg-fake-electron-'));
    try {
      const record = path.join(dist, 'launched-with.txt');
      const fake = path.join(dist, 'electron');
      writeFileSync(fake, `#!/bin/sh\nprintf '%s\\n' "$@" > '${record}'\nprintf '%s' "$ELECTRON_RUN_AS_NODE" >> '${record}'\nexit 3\n`);
      chmodSync(fake, 0o755);
      const result = spawnSync(process.execPath, [path.join(repo, 'scripts/start.mjs')], {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, CTG_START_SKIP_BUILD: '1', ELECTRON_SKIP_BINARY_DOWNLOAD: '1', ELECTRON_OVERRIDE_DIST_PATH: dist, ELECTRON_RUN_AS_NODE: '1' },
      });
      expect(result.status).toBe(3);
      expect(result.stdout).not.toContain('version navigateur');
      // The app folder as its only argument, and never in "run as Node" mode.
      expect(readFileSync(record, 'utf8')).toBe(`${repo}\n`);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
