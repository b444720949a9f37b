import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAppRequestPath, type ProtocolRoots } from './protocol-path.js';

// A real folder tree in a temp dir: the served root, a secret file beside it, and
// symlinks inside the root pointing in and out.
let base: string;
let root: string;
let roots: ProtocolRoots;

beforeAll(async () => {
  base = realpathSync(await mkdtemp(path.join(os.tmpdir(), 'ctg-protocol-')));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>CTG</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(root, 'assets', 'nom avec espace.css'), 'body{}');
  await writeFile(path.join(base, 'secret.txt'), 'secret');
  await mkdir(path.join(base, 'outside'));
  await writeFile(path.join(base, 'outside', 'data.json'), '{}');
  await symlink(path.join(base, 'secret.txt'), path.join(root, 'lien-fichier.txt'));
  await symlink(path.join(base, 'outside'), path.join(root, 'lien-dossier'));
  await symlink(path.join(root, 'assets', 'app.js'), path.join(root, 'lien-interne.js'));
  roots = { app: root };
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const resolve = (url: string) => resolveAppRequestPath(url, roots);

describe('app:// path resolution', () => {
  it('serves files of the renderer build', async () => {
    expect(await resolve('app://app/index.html')).toEqual({ status: 200, filePath: path.join(root, 'index.html') });
    expect(await resolve('app://app/assets/app.js')).toEqual({ status: 200, filePath: path.join(root, 'assets', 'app.js') });
    expect(await resolve('app://app/assets/nom%20avec%20espace.css')).toMatchObject({ status: 200 });
  });

  it('serves index.html for the bare origin and ignores query and fragment', async () => {
    for (const url of ['app://app', 'app://app/', 'app://app/?deck=petite-enfance', 'app://app/#/3']) {
      expect(await resolve(url), url).toEqual({ status: 200, filePath: path.join(root, 'index.html') });
    }
    expect(await resolve('app://app/assets/app.js?v=2#x')).toMatchObject({ status: 200 });
  });

  it('answers the app pages with index.html, and only the listed ones', async () => {
    const index = { status: 200, filePath: path.join(root, 'index.html') };
    expect(await resolve('app://app/audience')).toMatchObject({ status: 404 });
    const withPresenterPages = new Set(['/', '/index.html', '/audience', '/facilitator']);
    for (const url of ['app://app/audience', 'app://app/facilitator?deck=enfance', 'app://app/facilitator#/2']) {
      expect(await resolveAppRequestPath(url, roots, undefined, withPresenterPages), url).toEqual(index);
    }
    expect(await resolveAppRequestPath('app://app/audience/../../secret.txt', roots, undefined, withPresenterPages)).toMatchObject({
      status: 403,
    });
  });

  it('answers 404 for missing files, folders and unknown hosts', async () => {
    expect(await resolve('app://app/absent.js')).toMatchObject({ status: 404 });
    expect(await resolve('app://app/assets/')).toMatchObject({ status: 404 });
    expect(await resolve('app://slides/index.html')).toMatchObject({ status: 404 });
    expect(await resolve('app://evil@app/index.html')).toMatchObject({ status: 404 });
    expect(await resolve('app://app:8080/index.html')).toMatchObject({ status: 404 });
    expect(await resolve('file:///etc/passwd')).toMatchObject({ status: 404 });
    expect(await resolve('https://app/index.html')).toMatchObject({ status: 404 });
  });

  it.each([
    'app://app/../secret.txt',
    'app://app/assets/../../secret.txt',
    'app://app/./index.html',
    'app://app/%2e%2e/secret.txt',
    'app://app/%2E%2E/secret.txt',
    'app://app/.%2e/secret.txt',
    'app://app/%2e./secret.txt',
    'app://app/assets%2f..%2f..%2fsecret.txt',
    'app://app/..%2fsecret.txt',
    'app://app/..%5csecret.txt',
    'app://app/..\\secret.txt',
    'app://app/assets\\..\\..\\secret.txt',
    'app://app/index.html%00.png',
    'app://app/index.html\0',
  ])('refuses the traversal attempt %s', async (url) => {
    const decision = await resolve(url);
    expect(decision.status).not.toBe(200);
    expect([400, 403]).toContain(decision.status);
  });

  it('decodes only once: a double-encoded %252e%252e names a literal folder, not the parent', async () => {
    expect(await resolve('app://app/%252e%252e/secret.txt')).toMatchObject({ status: 404 });
    expect(await resolve('app://app/assets/%252e%252e/%252e%252e/secret.txt')).toMatchObject({ status: 404 });
  });

  it.each([
    'app://app//etc/passwd',
    'app://app///etc/passwd',
    'app://app/C:/Windows/win.ini',
    'app://app/C:%5CWindows%5Cwin.ini',
    `app://app/${encodeURIComponent('/tmp/secret.txt')}`,
  ])('refuses the absolute path %s', async (url) => {
    expect(await resolve(url)).toMatchObject({ status: 403 });
  });

  it('refuses symlinks that lead out of the folder, follows those that stay inside', async () => {
    expect(await resolve('app://app/lien-fichier.txt')).toMatchObject({ status: 403 });
    expect(await resolve('app://app/lien-dossier/data.json')).toMatchObject({ status: 403 });
    expect(await resolve('app://app/lien-interne.js')).toEqual({
      status: 200,
      filePath: path.join(root, 'assets', 'app.js'),
    });
  });

  it('refuses over-long and non-string input without throwing', async () => {
    expect(await resolve(`app://app/${'a'.repeat(5000)}`)).toMatchObject({ status: 400 });
    expect(await resolveAppRequestPath(42 as unknown as string, roots)).toMatchObject({ status: 400 });
    expect(await resolve('app://app/%E0%A4%A')).toMatchObject({ status: 400 });
  });

  it('never returns a file outside the root, whatever the path', async () => {
    const pieces = ['..', '.', '%2e', '%2E', '%2f', '%5c', '/', '\\', 'assets', 'index.html', 'secret.txt', 'lien-dossier', '%00', ':', ''];
    // Every three-piece path from these fragments: a deterministic sweep of the combinations.
    for (const a of pieces) {
      for (const b of pieces) {
        for (const c of pieces) {
          const decision = await resolve(`app://app/${a}/${b}${c}`);
          if (decision.status === 200) {
            expect(path.relative(root, decision.filePath).startsWith('..')).toBe(false);
          }
        }
      }
    }
  });
});
