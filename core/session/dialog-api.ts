// The session methods that need the desktop: native « Ouvrir… » / « Enregistrer sous… »
// dialogs and the minutes printed to PDF in a hidden window; merged into the one host API
// by core/host-api.ts. The browser host answers `unavailable`, and the UI keeps its path
// field and its printable page there.
import { z } from 'zod';
import { sessionHandleSchema } from '../id-schemas.js';
import { LIMITS } from './schema.js';
import { MINUTES_VARIANTS } from './api.js';

const handle = sessionHandleSchema;

export const chooseSessionFileSchema = z.object({
  mode: z.enum(['open', 'save']),
  /** The file name the save dialog proposes (without folder). */
  suggestedName: z.string().min(1).max(LIMITS.shortText).optional(),
});
export type ChooseSessionFileOptions = z.infer<typeof chooseSessionFileSchema>;

/** What a desktop dialog gave: a path (still validated by openSession / saveSessionAs), or why not. */
export type ChooseFileResult =
  | { ok: true; path: string }
  | { ok: false; canceled: true }
  | { ok: false; unavailable: true };

export type MinutesPdfResult =
  | { ok: true; path: string }
  | { ok: false; canceled: true; message: string }
  | { ok: false; unavailable: true; message: string }
  | { ok: false; message: string };

/** Argument schemas, one per method: the hosts reject anything else. */
export const sessionDialogArgs = {
  chooseSessionFile: z.tuple([chooseSessionFileSchema]),
  exportMinutesPdf: z.tuple([handle, z.enum(MINUTES_VARIANTS)]),
} as const;

export interface SessionDialogApi {
  /** The desktop's file dialog for a session file; `unavailable` in the browser host. */
  chooseSessionFile(options: ChooseSessionFileOptions): Promise<ChooseFileResult>;
  /** The minutes printed to PDF, saved where the save dialog says; `unavailable` in the browser host. */
  exportMinutesPdf(handle: string, variant: (typeof MINUTES_VARIANTS)[number]): Promise<MinutesPdfResult>;
}

export const DIALOGS_UNAVAILABLE =
  'Cette opération n’existe que dans l’application de bureau\u00A0: utilisez le chemin du fichier ou la page imprimable.';
