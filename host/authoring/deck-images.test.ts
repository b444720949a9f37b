// Pictures: only PNG, JPEG and WebP are stored (an SVG can carry script), never outside the
// decks folder, and a deck's pictures reach the presentation and the exports as data: URLs.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDeck } from '../deck-store.js';
import { imagePath, saveImage } from './deck-images.js';

// A 1 × 1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ctg-images-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('deck pictures', () => {
  it('stores a PNG in images/ and refuses an SVG or a renamed text file', async () => {
    const saved = await saveImage(dir, 'Logo CAF.png', PNG);
    expect(saved).toMatchObject({ ok: true, src: expect.stringMatching(/^images\/logo-caf-[a-f0-9]{8}\.png$/) });
    const svg = await saveImage(dir, 'logo.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'));
    expect(svg.ok).toBe(false);
    if (!svg.ok) expect(svg.message).toContain('SVG sont refusées');
    expect((await saveImage(dir, 'photo.jpg', Buffer.from('pas une image'))).ok).toBe(false);
    expect(await readdir(join(dir, 'images'))).toHaveLength(1);
  });

  it('never reads outside the decks folder, nor from the network', () => {
    expect(imagePath(dir, '../secret.png')).toBeUndefined();
    expect(imagePath(dir, 'images/../../secret.png')).toBeUndefined();
    expect(imagePath(dir, '/etc/passwd')).toBeUndefined();
    expect(imagePath(dir, 'https://example.org/x.png')).toBeUndefined();
    expect(imagePath(dir, 'images/photo%20du%20forum.png')).toBe(join(dir, 'images', 'photo du forum.png'));
  });

  it('gives the loaded deck its pictures as data: URLs, and says when one is missing', async () => {
    const saved = await saveImage(dir, 'photo.png', PNG);
    if (!saved.ok) throw new Error(saved.message);
    const deck = ['---', 'id: photos', 'titre: Photos', 'thematique: Test', 'ordre: 1', 'duree: 5', '---', '', '## Le forum', '', `![Le forum](${saved.src})`, '', '---', '', '## Absente', '', '![Absente](images/absente.png)', ''].join('\n');
    await writeFile(join(dir, 'photos.md'), deck);
    const result = await loadDeck(dir, 'photos');
    if (!result.ok) throw new Error(result.errors[0]!.message);
    expect(result.deck.slides[0]!.blocks[1]).toMatchObject({ type: 'image', alt: 'Le forum', src: `data:image/png;base64,${PNG.toString('base64')}` });
    expect(JSON.stringify(result.deck.slides[1]!.blocks[1])).toContain('Image introuvable');
  });
});
