// « Nouvelle version livrée »: a shipped deck that a later version of the app changed is
// offered beside the user's copy, with what changed; the copy is written only when she
// chooses « Rétablir la version livrée » (her copy then goes to `.bak`).
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDeck } from '../../core/deck/parse-deck.js';
import type { Deck } from '../../core/deck/model.js';
import { fr } from '../../core/deck/text.js';
import type { ShippedUpdate, SimpleResult } from '../../core/authoring/api.js';
import { writeFileAtomic } from '../session/atomic.js';
import { nodeSessionFs } from '../session/fs.js';
import { readManifest, sha256, writeManifest } from './deck-folder.js';
import { backupPathFor } from './deck-save.js';

async function readOrUndefined(path: string): Promise<Uint8Array | undefined> {
  try {
    return await readFile(path);
  } catch {
    return undefined;
  }
}

export async function listShippedUpdates(shippedDir: string, decksDir: string): Promise<ShippedUpdate[]> {
  const manifest = readManifest(decksDir);
  const updates: ShippedUpdate[] = [];
  let changed = false;
  for (const [file, entry] of Object.entries(manifest.files)) {
    const shipped = await readOrUndefined(join(shippedDir, file));
    const mine = await readOrUndefined(join(decksDir, file));
    if (!shipped || !mine) continue; // no longer shipped, or deleted by the user: nothing to offer
    const shippedHash = sha256(shipped);
    if (shippedHash === entry.shippedHash) continue;
    if (sha256(mine) === shippedHash) {
      // Her copy already is the new version (copied by hand): nothing to offer.
      manifest.files[file] = { shippedHash };
      changed = true;
      continue;
    }
    const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
    const next = parseDeck(file, decode(shipped));
    const current = parseDeck(file, decode(mine));
    updates.push({
      file,
      title: next.ok ? next.deck.meta.title : file,
      changes: next.ok && current.ok ? describeChanges(current.deck, next.deck) : [fr`Le fichier livré a changé.`],
    });
  }
  if (changed) writeManifest(decksDir, manifest);
  return updates;
}

/** What the shipped version changes compared with the user's copy, slide by slide, in French. */
export function describeChanges(mine: Deck, shipped: Deck): string[] {
  const key = (slide: Deck['slides'][number]) => JSON.stringify([slide.title, slide.blocks.map((b) => ({ ...b, line: 0 })), slide.notes, slide.prompts.map((p) => ({ ...p, line: 0 }))]);
  const changes: string[] = [];
  const count = Math.max(mine.slides.length, shipped.slides.length);
  for (let i = 0; i < count; i++) {
    const a = mine.slides[i];
    const b = shipped.slides[i];
    if (a && b && key(a) !== key(b)) changes.push(fr`Diapositive ${i + 1} « ${b.title || 'sans titre'} » modifiée`);
    else if (!a && b) changes.push(fr`Diapositive ${i + 1} « ${b.title || 'sans titre'} » ajoutée`);
    else if (a && !b) changes.push(fr`Diapositive ${i + 1} « ${a.title || 'sans titre'} » retirée`);
  }
  if (JSON.stringify(mine.meta) !== JSON.stringify(shipped.meta)) changes.unshift(fr`En-tête (titre, durée ou ordre) modifié`);
  if (!changes.length) changes.push(fr`Mise en forme du fichier seulement`);
  return changes.slice(0, 20);
}

export async function restoreShipped(shippedDir: string, decksDir: string, file: string): Promise<SimpleResult> {
  const shipped = await readOrUndefined(join(shippedDir, file));
  if (!shipped) return { ok: false, message: fr`« ${file} » n’est pas une présentation livrée avec l’application.` };
  const target = join(decksDir, file);
  try {
    if (await readOrUndefined(target)) await copyFile(target, backupPathFor(target));
    await writeFileAtomic(nodeSessionFs, target, shipped);
  } catch (error) {
    return { ok: false, message: fr`La version livrée n’a pas pu être rétablie (${String((error as { code?: string }).code ?? error)}).` };
  }
  const manifest = readManifest(decksDir);
  manifest.files[file] = { shippedHash: sha256(shipped) };
  writeManifest(decksDir, manifest);
  return { ok: true };
}

export async function keepMine(shippedDir: string, decksDir: string, file: string): Promise<SimpleResult> {
  const shipped = await readOrUndefined(join(shippedDir, file));
  if (!shipped) return { ok: false, message: fr`« ${file} » n’est pas une présentation livrée avec l’application.` };
  const manifest = readManifest(decksDir);
  manifest.files[file] = { shippedHash: sha256(shipped) };
  writeManifest(decksDir, manifest);
  return { ok: true };
}
