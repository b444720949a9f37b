import { mkdir, mkdtemp, rename, rm, unlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listDecks, loadDeck } from './deck-store.js';

function deck(id: string, order: number, title = `Titre ${id}`): string {
  return ['---', `id: ${id}`, `titre: ${title}`, 'thematique: Essai', `ordre: ${order}`, 'duree: 10', '---', '', `# ${title}`, '', '---', '', '## Suite', ''].join('\n');
}

const spaces = (text: string) => text.replace(/\u00a0/g, ' ');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ctg-decks-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('listDecks', () => {
  it('lists every deck file except README.md, by ordre then file name, error cards last', async () => {
    await writeFile(join(dir, '10-b.md'), deck('b', 2));
    await writeFile(join(dir, '02-a.md'), deck('a', 2));
    await writeFile(join(dir, '99-c.md'), deck('c', 1));
    await writeFile(join(dir, '00-broken.md'), '# pas d’en-tête\n');
    await writeFile(join(dir, 'README.md'), '# Écrire une présentation\n');
    await writeFile(join(dir, 'notes.txt'), 'pas une présentation');
    await mkdir(join(dir, 'dossier.md'));
    const list = await listDecks(dir);
    expect(list.map((d) => [d.file, d.ok])).toEqual([
      ['99-c.md', true],
      ['02-a.md', true],
      ['10-b.md', true],
      ['00-broken.md', false],
    ]);
    expect(list[0]).toEqual({
      ok: true,
      file: '99-c.md',
      meta: { id: 'c', title: 'Titre c', thematique: 'Essai', order: 1, durationMinutes: 10 },
      slideCount: 2,
      promptCount: 0,
      workshopMinutes: 0,
      reviewCount: 0,
    });
  });

  it('turns a repeated id into an error card on the later file, naming the first', async () => {
    await writeFile(join(dir, '01-premier.md'), deck('meme-id', 1));
    await writeFile(join(dir, '02-second.md'), deck('meme-id', 2));
    const list = await listDecks(dir);
    expect(list[0]).toMatchObject({ ok: true, file: '01-premier.md' });
    expect(list[1]).toMatchObject({ ok: false, file: '02-second.md', errors: [{ file: '02-second.md', line: 2 }] });
    const card = list[1]!;
    expect(card.ok ? '' : spaces(card.errors[0]!.message)).toMatch(/L’identifiant « meme-id » est déjà celui de 01-premier\.md/);
  });

  it('gives an error card, with its line, for a file not saved in UTF-8', async () => {
    const latin1 = Buffer.from(deck('latin', 1).replace('titre: Titre latin', 'titre: Th\u00e9matique'), 'latin1');
    await writeFile(join(dir, '01-latin1.md'), latin1);
    await writeFile(join(dir, '02-utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(deck('u', 1), 'utf16le')]));
    await writeFile(join(dir, '03-ok.md'), deck('ok', 1));
    const list = await listDecks(dir);
    expect(list.map((d) => [d.file, d.ok])).toEqual([
      ['03-ok.md', true],
      ['01-latin1.md', false],
      ['02-utf16.md', false],
    ]);
    const [latinCard, utf16Card] = list.slice(1).map((d) => (d.ok ? undefined : d.errors[0]!));
    expect(latinCard).toMatchObject({ file: '01-latin1.md', line: 3 });
    expect(spaces(latinCard!.message)).toMatch(/n’est pas du texte en UTF-8 \(premier caractère illisible à la ligne 3\)/);
    expect(spaces(utf16Card!.message)).toMatch(/enregistré en UTF-16/);
  });

  it('refuses a file over 1 MB with an error card, and binary garbage too', async () => {
    await writeFile(join(dir, '01-enorme.md'), Buffer.alloc(3 * 1024 * 1024, 0x61));
    await writeFile(join(dir, '02-image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    await writeFile(join(dir, '03-ok.md'), deck('ok', 1));
    const list = await listDecks(dir);
    expect(list.map((d) => d.ok)).toEqual([true, false, false]);
    const messages = list.slice(1).map((d) => (d.ok ? '' : spaces(d.errors[0]!.message)));
    expect(messages[0]).toMatch(/Le fichier est trop gros \(3 Mo ; au plus 1 Mo\)/);
    expect(messages[1]).toMatch(/UTF-8|binaires/);
  });

  it('returns one error card, and does not throw, when the folder cannot be read', async () => {
    const list = await listDecks(join(dir, 'absent'));
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ ok: false, file: 'absent/', errors: [{ line: 0 }] });
    expect(list[0]!.ok ? '' : spaces(list[0]!.errors[0]!.message)).toMatch(/Impossible de lire le dossier des présentations .*ENOENT/);
  });
});

describe('loadDeck', () => {
  it('loads a deck by the id of its front matter, not by its file name', async () => {
    await writeFile(join(dir, '03-petite-enfance.md'), deck('petite-enfance', 3, 'Petite enfance'));
    const result = await loadDeck(dir, 'petite-enfance');
    expect(result.ok && result.deck.meta.title).toBe('Petite enfance');
    expect(result.ok && result.deck.file).toBe('03-petite-enfance.md');
  });

  it('loads the first file when two share an id', async () => {
    await writeFile(join(dir, '01-a.md'), deck('x', 1, 'Premier'));
    await writeFile(join(dir, '02-b.md'), deck('x', 2, 'Second'));
    const result = await loadDeck(dir, 'x');
    expect(result.ok && result.deck.meta.title).toBe('Premier');
  });

  it('answers an unknown id with a French message', async () => {
    await writeFile(join(dir, '01-a.md'), deck('a', 1));
    const result = await loadDeck(dir, 'inconnu');
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : spaces(result.errors[0]!.message)).toBe('Aucune présentation n’a l’identifiant « inconnu » dans le dossier des présentations.');
    expect((await loadDeck(join(dir, 'absent'), 'a')).ok).toBe(false);
  });
});

describe('edits while the app runs', () => {
  // A coordinator fixes a typo in a deck file while the app is open: the next listing and the
  // next opening show the new text, though parsed decks are kept between calls.
  const later = (seconds: number) => new Date(Date.now() + seconds * 1000);

  it('re-reads a file saved again, even at the same size', async () => {
    const file = join(dir, '03-petite-enfance.md');
    await writeFile(file, deck('petite-enfance', 3, 'Titre AAAA'));
    expect(await loadDeck(dir, 'petite-enfance')).toMatchObject({ ok: true, deck: { meta: { title: 'Titre AAAA' } } });
    expect((await listDecks(dir))[0]).toMatchObject({ meta: { title: 'Titre AAAA' } });

    await writeFile(file, deck('petite-enfance', 3, 'Titre BBBB'));
    await utimes(file, later(5), later(5));
    expect(await loadDeck(dir, 'petite-enfance')).toMatchObject({ ok: true, deck: { meta: { title: 'Titre BBBB' } } });
    expect((await listDecks(dir))[0]).toMatchObject({ meta: { title: 'Titre BBBB' } });

    // An editor that saves by writing a new file and renaming it over the old one.
    await writeFile(join(dir, '.tmp-save'), deck('petite-enfance', 3, 'Titre CCCC'));
    await rename(join(dir, '.tmp-save'), file);
    expect(await loadDeck(dir, 'petite-enfance')).toMatchObject({ ok: true, deck: { meta: { title: 'Titre CCCC' } } });
  });

  it('sees an id changed, a deck broken by an edit, a file added and a file removed', async () => {
    await writeFile(join(dir, '01-a.md'), deck('a', 1));
    await writeFile(join(dir, '02-b.md'), deck('b', 2));
    expect((await loadDeck(dir, 'b')).ok).toBe(true);
    expect((await listDecks(dir)).map((d) => d.ok)).toEqual([true, true]);

    await writeFile(join(dir, '02-b.md'), deck('b-nouveau', 2));
    await utimes(join(dir, '02-b.md'), later(5), later(5));
    expect((await loadDeck(dir, 'b')).ok).toBe(false);
    expect(await loadDeck(dir, 'b-nouveau')).toMatchObject({ ok: true, deck: { file: '02-b.md' } });

    await writeFile(join(dir, '01-a.md'), '# plus d’en-tête\n');
    await writeFile(join(dir, '03-c.md'), deck('c', 3));
    await unlink(join(dir, '02-b.md'));
    expect((await listDecks(dir)).map((d) => [d.file, d.ok])).toEqual([
      ['03-c.md', true],
      ['01-a.md', false],
    ]);
    expect((await loadDeck(dir, 'a')).ok).toBe(false);
    expect((await loadDeck(dir, 'b-nouveau')).ok).toBe(false);
  });

  it('gives each caller its own copy: changing a loaded deck does not change the next load', async () => {
    await writeFile(join(dir, '01-a.md'), deck('a', 1, 'Original'));
    const first = await loadDeck(dir, 'a');
    if (first.ok) first.deck.meta.title = 'Modifié par un appelant';
    expect(await loadDeck(dir, 'a')).toMatchObject({ ok: true, deck: { meta: { title: 'Original' } } });
  });
});
