// Pictures in decks: stored beside the deck in `images/`, referenced relatively in the
// Markdown (`![description](images/photo.jpg)`), and handed to the renderer and the exports as
// data: URLs, so that presenting, printing, the standalone HTML page and PowerPoint all carry
// them without any file serving and without the network. Only PNG, JPEG and WebP: an SVG can
// carry script, so it is refused.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { imageSize } from 'image-size';
import type { Deck } from '../../core/deck/model.js';
import { fr } from '../../core/deck/text.js';
import { slugify } from '../../core/authoring/deck-models.js';
import { MAX_IMAGE_BYTES } from '../../core/authoring/api.js';

export const IMAGES_FOLDER = 'images';
const TYPES: Record<string, { mime: string; ext: string }> = {
  png: { mime: 'image/png', ext: 'png' },
  jpg: { mime: 'image/jpeg', ext: 'jpg' },
  webp: { mime: 'image/webp', ext: 'webp' },
};

export interface ImageInfo {
  mime: string;
  ext: string;
  width: number;
  height: number;
}

/** What the bytes are (not what the name says), or undefined for anything but PNG, JPEG, WebP. */
export function imageInfo(bytes: Uint8Array): ImageInfo | undefined {
  try {
    const size = imageSize(bytes);
    const type = size.type ? TYPES[size.type] : undefined;
    if (!type || !size.width || !size.height) return undefined;
    return { ...type, width: size.width, height: size.height };
  } catch {
    return undefined;
  }
}

/** The file of a picture reference, or undefined when it leaves the decks folder or is a URL. */
export function imagePath(decksDir: string, src: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('/') || src.startsWith('\\')) return undefined;
  let decoded: string;
  try {
    decoded = decodeURI(src);
  } catch {
    return undefined;
  }
  const relative = normalize(decoded);
  if (relative.startsWith('..') || relative.split(sep).includes('..')) return undefined;
  return join(decksDir, relative);
}

export async function readImageDataUrl(decksDir: string, src: string): Promise<string | undefined> {
  const path = imagePath(decksDir, src);
  if (!path) return undefined;
  try {
    const bytes = await readFile(path);
    if (bytes.length > MAX_IMAGE_BYTES) return undefined;
    const info = imageInfo(bytes);
    return info ? `data:${info.mime};base64,${bytes.toString('base64')}` : undefined;
  } catch {
    return undefined;
  }
}

/** The deck with each picture's `src` made a data: URL; a missing or refused picture shows its description. */
export async function withImages(decksDir: string, deck: Deck): Promise<Deck> {
  for (const slide of deck.slides) {
    for (let i = 0; i < slide.blocks.length; i++) {
      const block = slide.blocks[i]!;
      if (block.type !== 'image' || block.src.startsWith('data:')) continue;
      const url = await readImageDataUrl(decksDir, block.src);
      slide.blocks[i] = url
        ? { ...block, src: url }
        : { type: 'paragraph', line: block.line, text: [{ text: fr`[Image introuvable : ${block.src}]` }] };
    }
  }
  return deck;
}

/** Saves a picture the editor scaled down; returns the reference to write in the Markdown. */
export async function saveImage(decksDir: string, name: string, bytes: Uint8Array): Promise<{ ok: true; src: string } | { ok: false; message: string }> {
  if (bytes.length > MAX_IMAGE_BYTES) return { ok: false, message: fr`L’image est trop lourde (plus de 4 Mo).` };
  const info = imageInfo(bytes);
  if (!info) {
    return { ok: false, message: fr`Ce fichier n’est pas une image PNG, JPEG ou WebP (les images SVG sont refusées : elles peuvent contenir des programmes).` };
  }
  const base = slugify(name.replace(/\.[a-z0-9]+$/i, '')).slice(0, 40);
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 8);
  const file = `${base}-${hash}.${info.ext}`;
  try {
    await mkdir(join(decksDir, IMAGES_FOLDER), { recursive: true });
    await writeFile(join(decksDir, IMAGES_FOLDER, file), bytes);
  } catch (error) {
    return { ok: false, message: fr`L’image n’a pas pu être enregistrée (${String((error as { code?: string }).code ?? error)}).` };
  }
  return { ok: true, src: `${IMAGES_FOLDER}/${file}` };
}
