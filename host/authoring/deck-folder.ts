// The user's decks folder, Documents/CTG Diois/Présentations: where the app reads and saves
// the decks (an installed app's own folder is read-only, or replaced by each update).
// On first run the shipped decks are copied there; a sidecar manifest records, per copied
// file, the hash of the shipped text it came from, so that a later shipped change is offered
// (shipped-updates.ts) and never written over the user's copy.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const DECKS_FOLDER_NAME = 'Présentations';
/** Hidden (a dot) and not `.md`: the deck listing never shows it. */
export const MANIFEST_NAME = '.ctg-versions-livrees.json';

export interface ManifestEntry {
  /** Hash of the shipped text this copy came from, or that the user last chose to keep. */
  shippedHash: string;
}

export interface Manifest {
  version: 1;
  files: Record<string, ManifestEntry>;
}

export function decksFolderFor(documentsDir: string): string {
  return join(documentsDir, DECKS_FOLDER_NAME);
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The shipped deck files (and the format's guide), by name. */
export function shippedDeckNames(shippedDir: string): string[] {
  try {
    return readdirSync(shippedDir).filter((name) => /\.md$/i.test(name) && name.toLowerCase() !== 'readme.md' && !name.startsWith('.'));
  } catch {
    return [];
  }
}

export function readManifest(decksDir: string): Manifest {
  try {
    const data = JSON.parse(readFileSync(join(decksDir, MANIFEST_NAME), 'utf8')) as Manifest;
    if (data && data.version === 1 && data.files && typeof data.files === 'object') return data;
  } catch {
    // Missing or damaged: rebuilt from what is there (a deck already present is never recopied).
  }
  return { version: 1, files: {} };
}

export function writeManifest(decksDir: string, manifest: Manifest): void {
  const path = join(decksDir, MANIFEST_NAME);
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(temp, path);
}

/**
 * Creates the folder and copies each shipped deck the user has never had (a deck she deleted
 * stays deleted: it is in the manifest). Synchronous: a dozen small files, once, at start-up,
 * before the first listing. Never overwrites a file.
 */
export function seedDecksFolder(shippedDir: string, decksDir: string): { copied: string[] } {
  mkdirSync(decksDir, { recursive: true });
  const manifest = readManifest(decksDir);
  const copied: string[] = [];
  let changed = false;
  for (const name of shippedDeckNames(shippedDir)) {
    if (manifest.files[name]) continue;
    const shipped = readFileSync(join(shippedDir, name));
    const target = join(decksDir, name);
    if (!existsSync(target)) {
      copyFileSync(join(shippedDir, name), target);
      copied.push(name);
      manifest.files[name] = { shippedHash: sha256(shipped) };
    } else {
      // A file of that name is already there (a manifest lost): it is the user's; any
      // difference with the shipped text is offered as an update.
      manifest.files[name] = { shippedHash: sha256(readFileSync(target)) };
    }
    changed = true;
  }
  // The format's guide, for whoever opens the folder with a text editor.
  const guide = join(shippedDir, 'README.md');
  if (existsSync(guide) && !existsSync(join(decksDir, 'README.md'))) {
    try {
      copyFileSync(guide, join(decksDir, 'README.md'));
    } catch {
      // The guide is a convenience; the decks matter.
    }
  }
  if (changed) writeManifest(decksDir, manifest);
  return { copied };
}
