// The authoring services behind the host API (core/authoring/api.ts), shared by both hosts.
// Creating the service seeds the user's decks folder from the shipped decks.
import { access, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuthoringApi, SimpleResult } from '../../core/authoring/api.js';
import { deckModelText, slugify } from '../../core/authoring/deck-models.js';
import { fr } from '../../core/deck/text.js';
import { listDecks, loadDeck } from '../deck-store.js';
import { deckToPptx } from './export-pptx.js';
import { readImageDataUrl, saveImage } from './deck-images.js';
import { FILE_PREFIX, sanitizeFileName, shortDeckName } from '../../core/export/file-names.js';
import { decksFolderFor, seedDecksFolder } from './deck-folder.js';
import { readDeckSource, saveDeckText } from './deck-save.js';
import { keepMine, listShippedUpdates, restoreShipped } from './shipped-updates.js';

export interface AuthoringServiceOptions {
  /** The decks shipped with the app (`slides/`, or `--slides` in tests). */
  shippedDir: string;
  /** Documents/CTG Diois: the decks go in its « Présentations » folder. */
  documentsDir: string;
  /** The desktop app opens the folder in the file manager; absent in the browser host. */
  openFolder?: (path: string) => Promise<string>;
}

export interface AuthoringService extends AuthoringApi {
  /** Where the decks are read and saved. */
  readonly decksDir: string;
}

export function createAuthoringService(options: AuthoringServiceOptions): AuthoringService {
  const decksDir = decksFolderFor(options.documentsDir);
  try {
    seedDecksFolder(options.shippedDir, decksDir);
  } catch (error) {
    // The listing then says the folder cannot be read, in French, on the library.
    console.error(`Dossier des présentations non préparé : ${(error as Error).message}`);
  }
  const { shippedDir } = options;
  return {
    decksDir,
    deckFolder: async () => ({ path: decksDir, canOpen: !!options.openFolder }),
    openDeckFolder: async (): Promise<SimpleResult> => {
      if (!options.openFolder) return { ok: false, message: fr`Ouvrez ce dossier dans l’explorateur de fichiers : ${decksDir}` };
      const failure = await options.openFolder(decksDir);
      return failure ? { ok: false, message: fr`Le dossier n’a pas pu être ouvert (${failure}) : ${decksDir}` } : { ok: true };
    },
    getDeckSource: (id) => readDeckSource(decksDir, id),
    saveDeckSource: (file, text, baseHash, saveOptions) => saveDeckText(decksDir, file, text, baseHash, saveOptions),
    shippedUpdates: () => listShippedUpdates(shippedDir, decksDir),
    restoreShippedDeck: (file) => restoreShipped(shippedDir, decksDir, file),
    keepMyDeck: (file) => keepMine(shippedDir, decksDir, file),
    createDeck: async ({ model, title, agenda }) => {
      const decks = await listDecks(decksDir);
      const ids = new Set(decks.flatMap((d) => (d.ok ? [d.meta.id] : [])));
      const order = Math.max(0, ...decks.flatMap((d) => (d.ok ? [d.meta.order] : []))) + 1;
      const base = slugify(title);
      let id = base;
      for (let n = 2; ids.has(id) || (await exists(join(decksDir, `${id}.md`))); n++) id = `${base}-${n}`;
      const file = `${id}.md`;
      try {
        await writeFile(join(decksDir, file), deckModelText({ model, id, title: title.trim(), order, ...(agenda ? { agenda } : {}) }), { flag: 'wx' });
      } catch (error) {
        return { ok: false, message: fr`La présentation n’a pas pu être créée (${String((error as { code?: string }).code ?? error)}).` };
      }
      return { ok: true, id, file };
    },
    addDeckImage: (name, base64) => saveImage(decksDir, name, Buffer.from(base64, 'base64')),
    deckImage: async (src) => {
      const dataUrl = await readImageDataUrl(decksDir, src);
      return dataUrl ? { ok: true, dataUrl } : { ok: false, message: fr`Image introuvable : ${src}` };
    },
    exportDeckPptx: async (id) => {
      const result = await loadDeck(decksDir, id);
      if (!result.ok) return { ok: false, message: result.errors[0]?.message ?? fr`Présentation introuvable.` };
      try {
        const { data, slideCount } = await deckToPptx(result.deck);
        return { ok: true, fileName: `${sanitizeFileName(`${FILE_PREFIX} - ${shortDeckName(result.deck.meta)}`)}.pptx`, base64: Buffer.from(data).toString('base64'), slideCount };
      } catch (error) {
        return { ok: false, message: fr`Le fichier PowerPoint n’a pas pu être fabriqué (${(error as Error).message}).` };
      }
    },
  };
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
