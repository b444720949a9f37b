// The PowerPoint export: one slide per slide plus one per workshop prompt, every title and
// note findable in the file's XML, and LibreOffice opens it with the same page count.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { loadAllDecks } from '../deck-store.js';
import type { Deck } from '../../core/deck/model.js';
import { deckToPptx, PPTX_FONT } from './export-pptx.js';

const SLIDES = join(import.meta.dirname, '..', '..', 'slides');

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The text of every <a:t> of a part, joined per paragraph. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) => [...p[1]!.matchAll(/<a:t>([\s\S]*?)<\/a:t>/g)].map((t) => unescapeXml(t[1]!)).join(''));
}

async function decks(): Promise<Deck[]> {
  return (await loadAllDecks(SLIDES)).flatMap((r) => (r.ok ? [r.deck] : []));
}

describe('PowerPoint export', () => {
  it('has one slide per slide and per workshop prompt, with every title and note as text', async () => {
    for (const deck of await decks()) {
      const { data, slideCount } = await deckToPptx(deck);
      const expected = deck.slides.length + deck.slides.reduce((n, s) => n + s.prompts.length, 0);
      expect(slideCount, deck.file).toBe(expected);
      const zip = await JSZip.loadAsync(data);
      const slideFiles = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
      expect(slideFiles, deck.file).toHaveLength(expected);
      const slideXml = await Promise.all(slideFiles.map((f) => zip.file(f)!.async('string')));
      const allText = slideXml.flatMap(paragraphs).join('\n');
      for (const slide of deck.slides) if (slide.title) expect(allText, `${deck.file}: ${slide.title}`).toContain(slide.title);
      for (const prompt of deck.slides.flatMap((s) => s.prompts)) expect(allText).toContain(prompt.question);
      const noteFiles = Object.keys(zip.files).filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name));
      const notesText = (await Promise.all(noteFiles.map((f) => zip.file(f)!.async('string')))).flatMap(paragraphs).join('\n');
      for (const note of deck.slides.flatMap((s) => s.notes)) for (const line of note.split('\n')) expect(notesText, deck.file).toContain(line);
      // The theme's font on the text, and no review marker.
      expect(slideXml.join('')).toContain(`typeface="${PPTX_FONT}"`);
      expect(allText).not.toMatch(/\[à vérifier\]/i);
    }
  }, 60_000);

  it('draws a diagram as native shapes with its labels as text', async () => {
    const deck = (await decks()).find((d) => d.meta.id === 'petite-enfance')!;
    const zip = await JSZip.loadAsync((await deckToPptx(deck)).data);
    const index = deck.slides.findIndex((s) => s.blocks.some((b) => b.type === 'diagram'));
    const xml = await zip.file(`ppt/slides/slide${index + 1}.xml`)!.async('string');
    expect(xml).toContain('prst="ellipse"');
    expect(paragraphs(xml).join('\n')).toContain('Structuration de l’offre');
  });

  it('opens in LibreOffice with one page per slide', async () => {
    const deck = (await decks()).find((d) => d.meta.id === 'petite-enfance')!;
    const { data, slideCount } = await deckToPptx(deck);
    const dir = await mkdtemp(join(tmpdir(), 'ctg-pptx-'));
    try {
      await writeFile(join(dir, 'deck.pptx'), data);
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, join(dir, 'deck.pptx')], { timeout: 180_000, stdio: 'ignore' });
      expect(await readdir(dir)).toContain('deck.pdf');
      const info = execFileSync('pdfinfo', [join(dir, 'deck.pdf')], { encoding: 'utf8' });
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(slideCount);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 200_000);
});
