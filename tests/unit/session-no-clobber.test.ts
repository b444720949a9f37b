// Writes never clobber: the minutes export and « Enregistrer sous… » refuse to replace an
// existing file unless the call says so, with a typed refusal (path and French message) the
// UI asks about; « Garder les deux » writes « nom (2).ext ». Windows-style paths are refused
// on Linux/macOS, so nothing lands in the host's working folder. Also through the browser
// host's HTTP API, as the attacker tried.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSessionService, type SessionService } from '../../host/session/service.js';
import { startServer } from '../../host/server.js';

let dir: string;
let service: SessionService;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ctg-clobber-'));
  service = createSessionService({ documentsDir: dir, platform: 'posix' });
});
afterEach(async () => {
  await service.closeAll();
  await rm(dir, { recursive: true, force: true });
});

async function open(): Promise<{ handle: string; path: string }> {
  const created = await service.createSession({ template: 'copil-ctg', date: '2026-03-03', title: 'COPIL' });
  if (!created.ok) throw new Error(created.message);
  await service.addEntry(created.state.handle, { kind: 'décision', text: 'Forum le 10 avril' });
  return { handle: created.state.handle, path: created.state.path };
}

describe('minutes export', () => {
  it('refuses to replace an existing file, leaves it intact, and says where', async () => {
    const { handle } = await open();
    const readme = join(dir, 'README.md');
    await writeFile(readme, 'à garder');
    const refused = await service.exportMinutes(handle, { format: 'markdown', variant: 'releve', path: readme });
    expect(refused).toEqual({ ok: false, reason: 'exists', path: readme, message: 'Un fichier «\u00a0README.md\u00a0» existe déjà à cet endroit.' });
    expect(await readFile(readme, 'utf8')).toBe('à garder');
  });

  it('the default file beside the session too: the second export asks', async () => {
    const { handle } = await open();
    const first = await service.exportMinutes(handle, { format: 'markdown', variant: 'releve' });
    expect(first.ok).toBe(true);
    const second = await service.exportMinutes(handle, { format: 'markdown', variant: 'releve' });
    expect(second).toMatchObject({ ok: false, reason: 'exists', path: first.ok ? first.path : '' });
  });

  it('replaces once told (overwrite), or keeps both (« nom (2).md », then « (3) »)', async () => {
    const { handle } = await open();
    const target = join(dir, 'relevé.md');
    await writeFile(target, 'ancien');
    const kept = await service.exportMinutes(handle, { format: 'markdown', variant: 'releve', path: target, keepBoth: true });
    expect(kept).toEqual({ ok: true, path: join(dir, 'relevé (2).md') });
    expect(await readFile(target, 'utf8')).toBe('ancien');
    expect(await readFile(join(dir, 'relevé (2).md'), 'utf8')).toContain('Forum le 10 avril');
    const third = await service.exportMinutes(handle, { format: 'markdown', variant: 'releve', path: target, keepBoth: true });
    expect(third).toEqual({ ok: true, path: join(dir, 'relevé (3).md') });
    const replaced = await service.exportMinutes(handle, { format: 'markdown', variant: 'releve', path: target, overwrite: true });
    expect(replaced).toEqual({ ok: true, path: target });
    expect(await readFile(target, 'utf8')).toContain('Forum le 10 avril');
  });

  it('refuses a Windows path on Linux/macOS: nothing is written in the working folder', async () => {
    const { handle } = await open();
    const before = await readdir(process.cwd());
    const r = await service.exportMinutes(handle, { format: 'markdown', variant: 'releve', path: '\\\\relatif.md' });
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/^Chemin refusé/) });
    expect(await readdir(process.cwd())).toEqual(before);
  });
});

describe('« Enregistrer sous… »', () => {
  it('refuses an existing file with its path, then replaces or keeps both as told', async () => {
    const { handle } = await open();
    const other = join(dir, 'autre.ctg-seance.json');
    await writeFile(other, 'pas à moi');
    const refused = await service.saveSessionAs(handle, other);
    expect(refused).toMatchObject({ ok: false, kind: 'existe', path: other, message: expect.stringMatching(/existe déjà/) });
    expect(await readFile(other, 'utf8')).toBe('pas à moi');
    const both = await service.saveSessionAs(handle, other, { keepBoth: true });
    expect(both.ok && both.state.path).toBe(join(dir, 'autre (2).ctg-seance.json'));
    expect(await readFile(other, 'utf8')).toBe('pas à moi');
    const replaced = await service.saveSessionAs(handle, other, { overwrite: true });
    expect(replaced.ok && replaced.state.path).toBe(other);
    expect(JSON.parse(await readFile(other, 'utf8')).title).toBe('COPIL');
  });

  it('refuses Windows paths on Linux/macOS (the issue’s « \\\\relatif.ctg-seance.json »), and opening them', async () => {
    const { handle } = await open();
    const r = await service.saveSessionAs(handle, '\\\\relatif.ctg-seance.json');
    expect(r).toMatchObject({ ok: false, kind: 'refusé', message: expect.stringMatching(/chemin Windows/) });
    expect((await service.openSession('C:\\x.ctg-seance.json')).ok).toBe(false);
    expect(await readdir(process.cwd())).not.toContain('\\relatif.ctg-seance.json');
  });

  it('applies Windows rules when the host runs on Windows (a POSIX path is refused there)', async () => {
    const windows = createSessionService({ documentsDir: dir, platform: 'win32' });
    const r = await windows.openSession(resolve(dir, 'a.ctg-seance.json'));
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/lecteur/) });
  });
});

describe('through the browser host’s API, with its key', () => {
  it('the issue’s attack (export over an existing README.md) is refused and the file kept', async () => {
    const server = await startServer({ slidesDir: resolve(import.meta.dirname, '../../slides'), rendererDir: dir, documentsDir: dir, port: 0, host: '127.0.0.1' });
    try {
      const entered = await fetch(server.entryUrl, { redirect: 'manual' });
      const cookie = entered.headers.get('set-cookie')!.split(';')[0]!;
      const call = async (method: string, ...args: unknown[]) => {
        const res = await fetch(new URL('/api/call', server.url), { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ method, args }) });
        return (await res.json()) as { ok: boolean; value: any };
      };
      const readme = join(dir, 'README.md');
      await writeFile(readme, '# Projet\n');
      const created = await call('createSession', { template: 'copil-ctg', date: '2026-03-03' });
      const h = created.value.state.handle as string;
      const r = await call('exportMinutes', h, { format: 'markdown', variant: 'releve', path: readme });
      expect(r.value).toMatchObject({ ok: false, reason: 'exists', path: readme });
      expect(await readFile(readme, 'utf8')).toBe('# Projet\n');
    } finally {
      await server.close();
    }
  });
});
