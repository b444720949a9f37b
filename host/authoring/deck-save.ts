// The editor's saves: atomic (temporary file, fsync, rename, folder fsync: host/session/atomic.ts),
// the previous version kept as `<file>.bak`, and refused when the file changed on disk since the
// editor read it (a text editor, a copy from a USB key): never silently overwritten.
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../session/atomic.js';
import { nodeSessionFs } from '../session/fs.js';
import { fr } from '../../core/deck/text.js';
import { loadDeck } from '../deck-store.js';
import type { DeckSource, SaveDeckResult } from '../../core/authoring/api.js';
import { sha256 } from './deck-folder.js';
import { Mutex } from '../session/mutex.js';

const mutexes = new Map<string, Mutex>();
function withMutex<T>(path: string, fn: () => Promise<T>): Promise<T> {
  let mutex = mutexes.get(path);
  if (!mutex) mutexes.set(path, (mutex = new Mutex()));
  return mutex.run(fn);
}

export function backupPathFor(path: string): string {
  return `${path}.bak`;
}

export async function readDeckSource(decksDir: string, id: string): Promise<DeckSource> {
  const result = await loadDeck(decksDir, id);
  if (!result.ok) return { ok: false, message: result.errors[0]?.message ?? fr`Présentation introuvable.` };
  try {
    const bytes = await readFile(join(decksDir, result.deck.file));
    return { ok: true, file: result.deck.file, text: new TextDecoder().decode(bytes), hash: sha256(bytes) };
  } catch (error) {
    return { ok: false, message: fr`Impossible de lire la présentation (${codeOf(error)}).` };
  }
}

/** Writes `text` to `decksDir/file`, if the file on disk is still the one hashed `baseHash`. */
export async function saveDeckText(
  decksDir: string,
  file: string,
  text: string,
  baseHash: string,
  options: { overwrite?: boolean } = {},
): Promise<SaveDeckResult> {
  const path = join(decksDir, file);
  // One save at a time per file: two quick autosaves must not interleave their renames.
  return withMutex(path, async () => {
    let current: Uint8Array | undefined;
    try {
      current = await readFile(path);
    } catch (error) {
      if (codeOf(error) !== 'ENOENT') return { ok: false, message: fr`Impossible de relire le fichier avant de l’enregistrer (${codeOf(error)}) : rien n’a été écrit.` };
    }
    if (current && sha256(current) !== baseHash && !options.overwrite) {
      return {
        ok: false,
        conflict: true,
        message: fr`Le fichier « ${file} » a été modifié en dehors de l’éditeur depuis son ouverture. Vos modifications ne l’ont pas écrasé.`,
      };
    }
    const data = new TextEncoder().encode(text);
    try {
      if (current) await copyFile(path, backupPathFor(path));
      await writeFileAtomic(nodeSessionFs, path, data);
    } catch (error) {
      return { ok: false, message: saveErrorMessage(error) };
    }
    return { ok: true, hash: sha256(data), savedAt: new Date().toISOString() };
  });
}

function saveErrorMessage(error: unknown): string {
  const code = codeOf(error);
  if (code === 'ENOSPC') return fr`Le disque est plein : la présentation n’a pas été enregistrée. Libérez de la place ; vos modifications restent à l’écran.`;
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return fr`Le dossier des présentations est en lecture seule (${code}) : la présentation n’a pas été enregistrée. Vos modifications restent à l’écran.`;
  }
  return fr`La présentation n’a pas pu être enregistrée (${code}). Vos modifications restent à l’écran.`;
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}
