// The authoring part of the renderer↔host interface (decks in the user's documents, the
// editor's saves, shipped updates), in the style of core/host-api.ts: the integrator merges
// `authoringArgs` into `hostArgs` and `AuthoringApi` into `HostApi`. Every method answers
// with a result carrying a French message; none rejects on a disk problem.
import { z } from 'zod';
import { MAX_DECK_BYTES } from '../deck/parse-deck.js';
import { DECK_MODELS, type DeckModel } from './deck-model-names.js';
import { AUTHORING_METHODS } from './channels.js';

const deckId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'identifiant de présentation invalide');
/** A deck file's name inside the decks folder: never a path, never hidden. */
export const deckFileName = z
  .string()
  .min(4)
  .max(200)
  .regex(/^[^/\\:*?"<>|\u0000-\u001f.][^/\\:*?"<>|\u0000-\u001f]*\.md$/i, 'nom de fichier de présentation invalide');
/** Pictures are scaled to projector size by the editor before they are sent. */
export const MAX_IMAGE_BYTES = 4 * 1024 * 1024;
const sha = z.string().regex(/^[a-f0-9]{64}$/, 'empreinte invalide');

export const newDeckSchema = z
  .object({
    model: z.enum(DECK_MODELS),
    title: z.string().trim().min(1, 'le titre est vide').max(200),
    /** COPIL: the agenda items of a session, one per line on the agenda slide. */
    agenda: z.array(z.string().max(300)).max(40).optional(),
  })
  .strict();
export type NewDeckOptions = z.infer<typeof newDeckSchema>;

export const authoringArgs = {
  deckFolder: z.tuple([]),
  openDeckFolder: z.tuple([]),
  getDeckSource: z.tuple([deckId]),
  saveDeckSource: z.tuple([deckFileName, z.string().max(MAX_DECK_BYTES), sha, z.object({ overwrite: z.boolean().optional() }).strict().optional()]),
  shippedUpdates: z.tuple([]),
  restoreShippedDeck: z.tuple([deckFileName]),
  keepMyDeck: z.tuple([deckFileName]),
  createDeck: z.tuple([newDeckSchema]),
  exportDeckPptx: z.tuple([deckId]),
  addDeckImage: z.tuple([z.string().max(200), z.string().max(Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 4)]),
  deckImage: z.tuple([z.string().min(1).max(500)]),
} as const;

// Compile-time check: the zod-free list (preload) names exactly these methods.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const listed: Same<(typeof AUTHORING_METHODS)[number], keyof typeof authoringArgs> = true;
void listed;

export interface DeckFolderInfo {
  /** Absolute path of the decks folder (Documents/CTG Diois/Présentations). */
  path: string;
  /** Whether « Ouvrir le dossier » can open it (the desktop app); the browser host shows the path. */
  canOpen: boolean;
}

export type DeckSource =
  | { ok: true; file: string; text: string; hash: string }
  | { ok: false; message: string };

export type SaveDeckResult =
  | { ok: true; hash: string; savedAt: string }
  /** `conflict`: the file changed on disk since it was read (another editor, a USB key). */
  | { ok: false; conflict?: boolean; message: string };

export interface ShippedUpdate {
  file: string;
  title: string;
  /** What changed, in French, one line each (« Diapositive 3 « Titre » modifiée »). */
  changes: string[];
}

export type SimpleResult = { ok: true } | { ok: false; message: string };

export interface AuthoringApi {
  deckFolder(): Promise<DeckFolderInfo>;
  openDeckFolder(): Promise<SimpleResult>;
  /** The deck file's text as it is on disk, and its hash (the base of the next save). */
  getDeckSource(id: string): Promise<DeckSource>;
  /** Atomic save with a `.bak`; refused when the file changed since `baseHash` unless `overwrite`. */
  saveDeckSource(file: string, text: string, baseHash: string, options?: { overwrite?: boolean }): Promise<SaveDeckResult>;
  /** Shipped decks that a later version of the app changed: offered, never written over. */
  shippedUpdates(): Promise<ShippedUpdate[]>;
  /** « Rétablir la version livrée »: the user's copy goes to `.bak`, the shipped text replaces it. */
  restoreShippedDeck(file: string): Promise<SimpleResult>;
  /** « Garder ma version »: the offer is dismissed until the next shipped change. */
  keepMyDeck(file: string): Promise<SimpleResult>;
  createDeck(options: NewDeckOptions): Promise<{ ok: true; id: string; file: string } | { ok: false; message: string }>;
  /** « Exporter en PowerPoint (.pptx) »: the file, base64, with its name; the renderer downloads it. */
  /** Saves a picture (PNG, JPEG, WebP; base64) in the decks folder's `images/`; returns its Markdown reference. */
  addDeckImage(name: string, base64: string): Promise<{ ok: true; src: string } | { ok: false; message: string }>;
  /** A picture of the decks folder as a data: URL (the editor's preview). */
  deckImage(src: string): Promise<{ ok: true; dataUrl: string } | { ok: false; message: string }>;
  exportDeckPptx(id: string): Promise<{ ok: true; fileName: string; base64: string; slideCount: number } | { ok: false; message: string }>;
}

export type { DeckModel };
