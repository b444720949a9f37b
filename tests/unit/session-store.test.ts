// Session files on disk, in real temporary folders: saving with a backup, damaged files,
// injected write failures (full disk, permission denied, read-only), conflicts, migration,
// recovery of typing after a crash, undo through the service.
import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import { mkdtemp, readFile, readdir, rm, writeFile, stat, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSessionService, type SessionService } from '../../host/session/service.js';
import { loadSession, backupPath, journalPath } from '../../host/session/store.js';
import { nodeSessionFs, type SessionFs } from '../../host/session/fs.js';
import type { SessionState } from '../../core/session/api.js';

let dir: string;
const services: SessionService[] = [];
/** A service closed after the test (its journal handles released). */
function make(options: Parameters<typeof createSessionService>[0]): SessionService {
  const service = createSessionService(options);
  services.push(service);
  return service;
}
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ctg-store-'));
});
afterEach(async () => {
  for (const service of services.splice(0)) await service.closeAll().catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

async function newSession(service: SessionService): Promise<SessionState> {
  const created = await service.createSession({ template: 'copil-ctg', date: '2026-03-03', place: 'Die' });
  if (!created.ok) throw new Error(created.message);
  return created.state;
}

function errno(code: string, syscall: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected, ${syscall}`), { code, syscall });
}

/**
 * The real file system with failures injected at its layer. We run as root here, where
 * chmod cannot make a folder unwritable, so permission and full-disk errors are injected
 * as the errno errors the OS would return. A full disk fails after writing half the bytes.
 */
function failingFs(): { fs: SessionFs; fail: (code: string | null) => void } {
  let failing: string | null = null;
  const fs: SessionFs = {
    ...nodeSessionFs,
    async open(path, flags) {
      if (failing && flags !== 'r' && failing !== 'ENOSPC') throw errno(failing, 'open');
      const handle = await nodeSessionFs.open(path, flags);
      return {
        ...handle,
        async write(data) {
          if (failing === 'ENOSPC') {
            await handle.write(data.subarray(0, Math.floor(data.length / 2)));
            throw errno('ENOSPC', 'write');
          }
          return handle.write(data);
        },
      };
    },
    async rename(from, to) {
      if (failing) throw errno(failing === 'ENOSPC' ? 'ENOSPC' : failing, 'rename');
      return nodeSessionFs.rename(from, to);
    },
  };
  return { fs, fail: (code) => (failing = code) };
}

describe('saving and opening', () => {
  it('saves readable JSON, keeps the previous version as .bak, and reopens everything', async () => {
    const service = make({ documentsDir: dir });
    const s = await newSession(service);
    expect(s.fileName).toBe('2026-03-03 Comité de pilotage de la CTG du Diois.ctg-seance.json');
    await service.addEntry(s.handle, { kind: 'décision', text: 'Le forum aura lieu en avril', agendaItemId: 'p14' });
    expect((await service.saveSession(s.handle)).ok).toBe(true);
    const first = await readFile(s.path, 'utf8');
    expect(first).toContain('\n  "format": "ctg-diois-seance",\n');
    await service.addEntry(s.handle, { kind: 'action', text: 'Réunir la commission logement', qui: 'CCD', echeance: '2026-06-30' });
    expect((await service.saveSession(s.handle)).ok).toBe(true);
    expect(await readFile(backupPath(s.path), 'utf8')).toBe(first);
    const loaded = await loadSession(nodeSessionFs, s.path);
    expect(loaded.ok && loaded.session.entries.map((e) => e.text)).toEqual(['Le forum aura lieu en avril', 'Réunir la commission logement']);
    // Closing folds the journal in and removes it; the folder holds only what the user expects.
    await service.closeSession(s.handle);
    expect((await readdir(dir)).sort()).toEqual([s.fileName, s.fileName + '.bak']);
  });

  it('lists the sessions of the documents folder, with an error card for a damaged one', async () => {
    const service = make({ documentsDir: dir });
    const s = await newSession(service);
    await writeFile(join(dir, 'abîmée.ctg-seance.json'), '{"format": "ctg-diois-seance", "version": 1,');
    const list = await service.listSessions();
    if (!list.ok) throw new Error(list.message);
    expect(list.sessions.find((x) => x.ok)).toMatchObject({ title: s.session.title, type: 'copil', date: '2026-03-03' });
    expect(list.sessions.find((x) => !x.ok)).toMatchObject({ fileName: 'abîmée.ctg-seance.json' });
  });

  it('recovers the typing of a session that was not closed (the app was killed)', async () => {
    const a = make({ documentsDir: dir });
    const s = await newSession(a);
    await a.addEntry(s.handle, { kind: 'note', text: 'Tour de table fait' });
    await a.recordDraft(s.handle, { kind: 'question', text: 'Qui porte le guichet uniq' });
    // A second service (the app restarted) opens the file: nothing was saved explicitly.
    const b = make({ documentsDir: dir });
    const opened = await b.openSession(s.path);
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.notice).toMatch(/dernières saisies ont été retrouvées/);
    expect(opened.state.session.entries.map((e) => e.text)).toEqual(['Tour de table fait']);
    expect(opened.state.session.draft).toMatchObject({ kind: 'question', text: 'Qui porte le guichet uniq' });
  });
});

describe('a damaged session file', () => {
  it('gives a French message with the line, offers the backup, and never overwrites the damaged file', async () => {
    const service = make({ documentsDir: dir });
    const s = await newSession(service);
    await service.addEntry(s.handle, { kind: 'note', text: 'Première note' });
    await service.saveSession(s.handle);
    await service.addEntry(s.handle, { kind: 'note', text: 'Deuxième note' });
    await service.closeSession(s.handle);
    const good = await readFile(s.path, 'utf8');
    const damaged = good.slice(0, Math.floor(good.length * 0.6));
    await writeFile(s.path, damaged);
    const bakTime = new Date(2026, 2, 3, 14, 5);
    await utimes(backupPath(s.path), bakTime, bakTime);

    const other = make({ documentsDir: dir });
    const opened = await other.openSession(s.path);
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    const line = damaged.split('\n').length;
    expect(opened.message).toBe(
      `Le fichier de séance «\u00A0${s.fileName}\u00A0» est abîmé (ligne ${line})\u00A0: le fichier s’arrête au milieu de son contenu ` +
        `(il a sans doute été coupé pendant un enregistrement). Une sauvegarde du 03/03/2026 à 14:05 existe\u00A0: voulez-vous l’ouvrir\u00A0?`,
    );
    expect(opened.backup?.path).toBe(backupPath(s.path));
    await other.listSessions();
    expect(await readFile(s.path, 'utf8')).toBe(damaged);

    // The user chooses the backup: the damaged file is set aside, not deleted.
    const fromBackup = await other.openSessionBackup(s.path);
    if (!fromBackup.ok) throw new Error(fromBackup.message);
    expect(fromBackup.state.session.entries.map((e) => e.text)).toEqual(['Première note']);
    const aside = (await readdir(dir)).find((n) => n.includes('.abime-'));
    expect(aside).toBeDefined();
    expect(await readFile(join(dir, aside!), 'utf8')).toBe(damaged);
    expect((await loadSession(nodeSessionFs, s.path)).ok).toBe(true);
  });

  it('a file that is not UTF-8 says so, with its line', async () => {
    const path = join(dir, 'latin1.ctg-seance.json');
    await writeFile(path, Buffer.concat([Buffer.from('{\n  "format": "ctg-diois-seance",\n  "title": "R'), Buffer.from([0xe9]), Buffer.from('union"\n}')]));
    const opened = await make({ documentsDir: dir }).openSession(path);
    expect(!opened.ok && opened.message).toMatch(/abîmé \(ligne 3\)\u00A0: il contient des octets illisibles/);
  });
});

describe('write failures injected at the file-system layer', () => {
  for (const [code, words] of [
    ['ENOSPC', /est plein/],
    ['EACCES', /accès à cet emplacement est refusé/],
    ['EROFS', /lecture seule/],
  ] as const) {
    it(`${code}: the previous file stays intact, a French message is returned, the text stays in memory`, async () => {
      const { fs, fail } = failingFs();
      const service = make({ documentsDir: dir, fs });
      const s = await newSession(service);
      await service.addEntry(s.handle, { kind: 'note', text: 'Avant la panne' });
      await service.saveSession(s.handle);
      const before = await readFile(s.path, 'utf8');
      const journalBefore = await readFile(journalPath(s.path), 'utf8');

      fail(code);
      const added = await service.addEntry(s.handle, { kind: 'décision', text: 'Décision tapée pendant la panne' });
      expect(added.ok).toBe(false);
      if (added.ok) return;
      expect(added.kind).toBe('non-enregistré');
      expect(added.message).toMatch(words);
      expect(added.message).toMatch(/Votre saisie reste à l’écran et le fichier précédent est intact/);
      expect('state' in added && added.state.session.entries.map((e) => e.text)).toContain('Décision tapée pendant la panne');
      const saved = await service.saveSession(s.handle);
      expect(saved.ok).toBe(false);
      expect(!saved.ok && saved.message).toMatch(words);
      expect(await readFile(s.path, 'utf8')).toBe(before);
      // A half-written journal record was cut off: the journal is as it was.
      expect(await readFile(journalPath(s.path), 'utf8')).toBe(journalBefore);
      expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);

      // Space is freed: the next change writes everything, including what was typed meanwhile.
      fail(null);
      const next = await service.addEntry(s.handle, { kind: 'note', text: 'Après la panne' });
      expect(next.ok).toBe(true);
      const reread = await loadSession(nodeSessionFs, s.path);
      expect(reread.ok && reread.session.entries.map((e) => e.text)).toEqual([
        'Avant la panne',
        'Décision tapée pendant la panne',
        'Après la panne',
      ]);
    });
  }
});

describe('a file changed elsewhere', () => {
  it('is never silently overwritten: conflict, then save as a copy', async () => {
    const here = make({ documentsDir: dir });
    const s = await newSession(here);
    await here.saveSession(s.handle);
    // The same file, opened on another computer (USB key), changed and saved there.
    const there = make({ documentsDir: join(dir, 'ailleurs') });
    const t = await there.openSession(s.path);
    if (!t.ok) throw new Error(t.message);
    await there.addEntry(t.state.handle, { kind: 'note', text: 'Écrit sur l’autre ordinateur' });
    await there.closeSession(t.state.handle);
    const theirs = await readFile(s.path, 'utf8');

    await here.addEntry(s.handle, { kind: 'note', text: 'Écrit ici' });
    const saved = await here.saveSession(s.handle);
    expect(saved.ok).toBe(false);
    expect(!saved.ok && saved.kind).toBe('conflit');
    expect(!saved.ok && saved.message).toMatch(/a été modifié ailleurs depuis son ouverture/);
    expect(await readFile(s.path, 'utf8')).toBe(theirs);

    const copy = await here.saveSessionCopy(s.handle);
    if (!copy.ok) throw new Error(copy.message);
    expect(copy.state.fileName).toMatch(/\(copie du \d{4}-\d\d-\d\d \d\dh\d\d\)\.ctg-seance\.json$/);
    const mine = await loadSession(nodeSessionFs, copy.state.path);
    expect(mine.ok && mine.session.entries.map((e) => e.text)).toEqual(['Écrit ici']);
    expect(await readFile(s.path, 'utf8')).toBe(theirs);
  });

  it('detects a change that keeps the size and the modification time (content hash)', async () => {
    const service = make({ documentsDir: dir });
    const s = await newSession(service);
    await service.saveSession(s.handle);
    const before = await stat(s.path);
    const text = await readFile(s.path, 'utf8');
    await writeFile(s.path, text.replace('"place": "Die"', '"place": "Lus"'));
    await utimes(s.path, before.atime, before.mtime);
    expect((await stat(s.path)).size).toBe(before.size);
    await service.addEntry(s.handle, { kind: 'note', text: 'x' });
    const saved = await service.saveSession(s.handle);
    expect(!saved.ok && saved.kind).toBe('conflit');
  });

  it('reload takes the file’s version', async () => {
    const service = make({ documentsDir: dir });
    const s = await newSession(service);
    await service.saveSession(s.handle);
    const text = await readFile(s.path, 'utf8');
    await writeFile(s.path, text.replace('"place": "Die"', '"place": "Luc-en-Diois"'));
    await service.addEntry(s.handle, { kind: 'note', text: 'abandonnée' });
    const reloaded = await service.reloadSession(s.handle);
    if (!reloaded.ok) throw new Error(reloaded.message);
    expect(reloaded.state.session.place).toBe('Luc-en-Diois');
    expect(reloaded.state.session.entries).toEqual([]);
  });
});

describe('migration and undo through the service', () => {
  it('opens a version 0 file, saves it in version 1 and keeps the original as backup', async () => {
    const path = join(dir, 'ancien.ctg-seance.json');
    const v0 = JSON.stringify({
      format: 'ctg-diois-seance',
      type: 'forum',
      title: 'Forum 2025',
      date: '2025-05-20',
      place: 'Die',
      participants: ['Lucie Blanc (ESCDD)', 'Marc Petit (CD26) — excusé'],
      agenda: [],
      entries: [{ id: 'e1', kind: 'contribution', text: 'Un lieu unique d’information' }],
    });
    await writeFile(path, v0);
    const opened = await make({ documentsDir: dir }).openSession(path);
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.notice).toMatch(/version précédente/);
    expect(opened.state.session.participants[1]).toMatchObject({ name: 'Marc Petit', organisation: 'CD26', status: 'excusé' });
    expect(JSON.parse(await readFile(path, 'utf8')).version).toBe(1);
    expect(await readFile(backupPath(path), 'utf8')).toBe(v0);
  });

  it('undoes a deletion and the undo is durable', async () => {
    const service = make({ documentsDir: dir });
    const s = await newSession(service);
    const added = await service.addEntry(s.handle, { kind: 'action', text: 'Écrire au bailleur', qui: 'Mairie', echeance: 'mai' });
    if (!added.ok) throw new Error(added.message);
    const deleted = await service.deleteEntry(s.handle, added.entryId!);
    expect(deleted.ok && deleted.state.undoLabel).toBe('Annuler\u00A0: suppression d’une action');
    const undone = await service.undo(s.handle);
    expect(undone.ok && undone.state.session.entries.map((e) => e.text)).toEqual(['Écrire au bailleur']);
    // The journal has the undo: a restarted app finds the entry.
    const reopened = await make({ documentsDir: dir }).openSession(s.path);
    expect(reopened.ok && reopened.state.session.entries.map((e) => e.text)).toEqual(['Écrire au bailleur']);
  });
});
