// The decks in the user's documents: seeded once, shipped updates offered and never written
// over, files dropped in the folder listed without a restart, saves atomic with a backup,
// and a file changed elsewhere never overwritten silently.
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHostService } from '../host-service.js';
import { DECKS_FOLDER_NAME, MANIFEST_NAME, sha256 } from './deck-folder.js';

const SLIDES = join(import.meta.dirname, '..', '..', 'slides');
let root: string;
let shipped: string;
let documents: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'ctg-authoring-'));
  shipped = join(root, 'shipped');
  documents = join(root, 'Documents', 'CTG Diois');
  await cp(SLIDES, shipped, { recursive: true });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const service = () => createHostService({ slidesDir: shipped, documentsDir: documents, standaloneDir: join(root, 'none') });
const decksDir = () => join(documents, DECKS_FOLDER_NAME);

describe('the decks folder', () => {
  it('is seeded on first run with every shipped deck, each recorded with the hash it came from', async () => {
    const host = service();
    const names = (await readdir(shipped)).filter((n) => n.endsWith('.md') && n !== 'README.md');
    const copied = await readdir(decksDir());
    for (const name of names) expect(copied).toContain(name);
    expect(copied).toContain('README.md');
    const manifest = JSON.parse(await readFile(join(decksDir(), MANIFEST_NAME), 'utf8'));
    for (const name of names) expect(manifest.files[name].shippedHash).toBe(sha256(await readFile(join(shipped, name))));
    const listed = await host.listDecks();
    expect(listed.filter((d) => d.ok)).toHaveLength(names.length);
    expect(await host.deckFolder()).toEqual({ path: decksDir(), canOpen: false });
    const open = await host.openDeckFolder();
    expect(open.ok).toBe(false);
    if (!open.ok) expect(open.message).toContain(decksDir());
  });

  it('never copies again over the user’s copy, nor brings back a deck she deleted', async () => {
    service();
    await writeFile(join(decksDir(), '04-enfance.md'), (await readFile(join(shipped, '04-enfance.md'), 'utf8')).replace('Thématique enfance', 'Mon enfance'));
    await rm(join(decksDir(), '05-jeunesse.md'));
    const host = service();
    expect(await readFile(join(decksDir(), '04-enfance.md'), 'utf8')).toContain('Mon enfance');
    expect(await readdir(decksDir())).not.toContain('05-jeunesse.md');
    expect(await host.shippedUpdates()).toEqual([]);
  });

  it('offers a shipped deck changed by a later version, says what changed, and restores it only when asked', async () => {
    service();
    const mine = join(decksDir(), '03-petite-enfance.md');
    const edited = (await readFile(mine, 'utf8')).replace('## Adaptation continue', '## Adaptation continue, ma version');
    await writeFile(mine, edited);
    // The next version of the app ships a changed deck.
    const shippedFile = join(shipped, '03-petite-enfance.md');
    await writeFile(shippedFile, (await readFile(shippedFile, 'utf8')).replace('## Une coordination très structurée', '## Une coordination structurée'));
    const host = service();
    expect(await readFile(mine, 'utf8')).toBe(edited);
    const updates = await host.shippedUpdates();
    expect(updates).toHaveLength(1);
    expect(updates[0]!.file).toBe('03-petite-enfance.md');
    expect(updates[0]!.changes.join('\n')).toMatch(/«\s*Une coordination structurée\s*»\s*modifiée/);
    expect(updates[0]!.changes.join('\n')).toContain('Adaptation continue');

    expect(await host.restoreShippedDeck('03-petite-enfance.md')).toEqual({ ok: true });
    expect(await readFile(mine, 'utf8')).toBe(await readFile(shippedFile, 'utf8'));
    expect(await readFile(`${mine}.bak`, 'utf8')).toBe(edited);
    expect(await host.shippedUpdates()).toEqual([]);
  });

  it('« Garder ma version » dismisses the offer until the next shipped change', async () => {
    service();
    const shippedFile = join(shipped, '06-parentalite.md');
    await writeFile(shippedFile, `${await readFile(shippedFile, 'utf8')}\n---\n\n## Une diapositive livrée en plus\n`);
    const host = service();
    expect((await host.shippedUpdates()).map((u) => u.file)).toEqual(['06-parentalite.md']);
    expect((await host.shippedUpdates())[0]!.changes.join()).toMatch(/«\s*Une diapositive livrée en plus\s*»\s*ajoutée/);
    expect(await host.keepMyDeck('06-parentalite.md')).toEqual({ ok: true });
    expect(await host.shippedUpdates()).toEqual([]);
  });

  it('lists a deck file dropped into the folder without a restart', async () => {
    const host = service();
    const before = await host.listDecks();
    const text = (await readFile(join(shipped, '04-enfance.md'), 'utf8')).replace('id: enfance', 'id: deposee').replace(/titre: .*/, 'titre: Déposée depuis une clé');
    await writeFile(join(decksDir(), '99-deposee.md'), text);
    const after = await host.listDecks();
    expect(after).toHaveLength(before.length + 1);
    expect(after.some((d) => d.ok && d.meta.title === 'Déposée depuis une clé')).toBe(true);
  });
});

describe('saving a deck', () => {
  it('writes atomically, keeps the previous version as .bak, and the library reads the new text', async () => {
    const host = service();
    const source = await host.getDeckSource('enfance');
    if (!source.ok) throw new Error(source.message);
    const next = source.text.replace('Thématique enfance', 'Thématique enfance (révisée)');
    const saved = await host.saveDeckSource(source.file, next, source.hash);
    expect(saved.ok).toBe(true);
    expect(await readFile(join(decksDir(), source.file), 'utf8')).toBe(next);
    expect(await readFile(join(decksDir(), `${source.file}.bak`), 'utf8')).toBe(source.text);
    // No temporary file left behind.
    expect((await readdir(decksDir())).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const deck = await host.loadDeck('enfance');
    expect(deck.ok && deck.deck.meta.title).toBe('Thématique enfance (révisée)');
    // Saving again from the new hash works; from the old one is a conflict.
    if (!saved.ok) return;
    expect((await host.saveDeckSource(source.file, next + '\n', saved.hash)).ok).toBe(true);
  });

  it('refuses to overwrite a file changed elsewhere, unless asked to', async () => {
    const host = service();
    const source = await host.getDeckSource('enfance');
    if (!source.ok) throw new Error(source.message);
    const elsewhere = source.text.replace('Thématique enfance', 'Modifiée sur un autre ordinateur');
    await writeFile(join(decksDir(), source.file), elsewhere);
    const mine = source.text.replace('Thématique enfance', 'Ma version');
    const refused = await host.saveDeckSource(source.file, mine, source.hash);
    expect(refused).toMatchObject({ ok: false, conflict: true });
    if (!refused.ok) expect(refused.message).toContain('modifié en dehors de l’éditeur');
    expect(await readFile(join(decksDir(), source.file), 'utf8')).toBe(elsewhere);
    const forced = await host.saveDeckSource(source.file, mine, source.hash, { overwrite: true });
    expect(forced.ok).toBe(true);
    expect(await readFile(join(decksDir(), source.file), 'utf8')).toBe(mine);
    expect(await readFile(join(decksDir(), `${source.file}.bak`), 'utf8')).toBe(elsewhere);
  });

  it('refuses a file name that is a path', async () => {
    const { dispatchHostCall } = await import('../dispatch.js');
    const host = service();
    const result = await dispatchHostCall(host, 'saveDeckSource', ['../evil.md', 'x', 'a'.repeat(64)]);
    expect(result.ok).toBe(false);
  });
});

describe('new decks', () => {
  it.each(['vide', 'thematique', 'copil'] as const)('a « %s » deck is created in the folder and loads', async (model) => {
    const host = service();
    const created = await host.createDeck({ model, title: 'COPIL de juin : bilan', agenda: ['Accueil', 'Bilan de la CTG : chiffres', 'Questions diverses'] });
    if (!created.ok) throw new Error(created.message);
    const deck = await host.loadDeck(created.id);
    if (!deck.ok) throw new Error(deck.errors.map((e) => e.message).join('\n'));
    expect(deck.deck.meta.title).toBe('COPIL de juin : bilan');
    if (model === 'copil') {
      const agenda = deck.deck.slides.find((s) => s.title === 'Ordre du jour');
      expect(JSON.stringify(agenda?.blocks)).toContain('Bilan de la CTG : chiffres');
    }
    if (model === 'thematique') expect(deck.deck.slides.length).toBeGreaterThanOrEqual(6);
    // A second one with the same title gets its own id.
    const again = await host.createDeck({ model, title: 'COPIL de juin : bilan' });
    expect(again.ok && again.id).not.toBe(created.id);
  });
});
