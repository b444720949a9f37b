// The session part of the renderer↔host interface, in the style of core/host-api.ts: the
// integrator merges `sessionArgs` into `hostArgs` and `SessionApi` into `HostApi`.
// Every method returns a result value with a French message; none rejects on a disk problem,
// so what the facilitator typed always stays on screen.
import { z } from 'zod';
import { deckIdSchema, sessionHandleSchema } from '../id-schemas.js';
import { draftSchema, LIMITS, SESSION_EXTENSION } from './schema.js';
import { entryPatchSchema, newEntrySchema } from './entries.js';
import { metaPatchSchema } from './ops.js';
import { TEMPLATE_IDS, type TemplateInfo } from './templates.js';
import type { Session, SessionSummary } from './model.js';

const handle = sessionHandleSchema;
const entryId = z.string().min(1).max(80);
// Paths come from the Ouvrir… / Enregistrer sous… dialogs. They must be absolute and end
// with the expected extension: a renderer (or a page talking to the browser host) can then
// never make the host read or overwrite any other kind of file. This first check accepts
// either platform's form; the host then judges the path by its own platform's rules
// (core/session/path-rules.ts).
const absolute = (p: string): boolean => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p) && !p.includes('\u0000');
const sessionPath = z
  .string()
  .min(1)
  .max(4096)
  .refine(absolute, 'chemin invalide (chemin complet attendu)')
  .refine((p) => p.endsWith(SESSION_EXTENSION), `le fichier doit se terminer par ${SESSION_EXTENSION}`);

export const createSessionSchema = z.object({
  template: z.enum(TEMPLATE_IDS),
  date: z.iso.date({ message: 'date invalide' }),
  title: z.string().max(LIMITS.shortText).optional(),
  place: z.string().max(LIMITS.shortText).optional(),
  startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).optional(),
  /** The workshop's theme. */
  deckId: deckIdSchema.optional(),
  /** Decks of the library, for real titles, durations and prompts. */
  decks: z
    .array(
      z.object({
        id: deckIdSchema,
        title: z.string().max(LIMITS.shortText),
        durationMinutes: z.number().int().min(0).max(LIMITS.durationMinutes),
        prompts: z.array(z.string().max(LIMITS.text)).max(LIMITS.prompts).optional(),
        /** Its workshops with method and minutes, so a template can choose those that fit. */
        workshops: z
          .array(
            z.object({
              question: z.string().max(LIMITS.text),
              method: z.string().max(LIMITS.shortText),
              durationMinutes: z.number().int().min(0).max(LIMITS.durationMinutes),
            }),
          )
          .max(LIMITS.prompts)
          .optional(),
      }),
    )
    .max(100)
    .optional(),
});
export type CreateSessionOptions = z.infer<typeof createSessionSchema>;

/**
 * An existing target is never replaced unless the call says so (the user confirmed):
 * `overwrite` replaces it, `keepBoth` writes to the first free « nom (2).ext » beside it.
 */
export const writeChoiceSchema = z.object({ overwrite: z.boolean().optional(), keepBoth: z.boolean().optional() });
export type WriteChoice = z.infer<typeof writeChoiceSchema>;

export const MINUTES_FORMATS = ['docx', 'markdown', 'html'] as const;
export const MINUTES_VARIANTS = ['compte-rendu', 'releve'] as const;
export const MINUTES_EXTENSIONS: Record<(typeof MINUTES_FORMATS)[number], string> = { docx: '.docx', markdown: '.md', html: '.html' };
export const exportSchema = z
  .object({
    format: z.enum(MINUTES_FORMATS),
    variant: z.enum(MINUTES_VARIANTS),
    /** Where to write it (the Enregistrer sous… dialog); beside the session file by default. */
    path: z.string().min(1).max(4096).refine(absolute, 'chemin invalide (chemin complet attendu)').optional(),
    ...writeChoiceSchema.shape,
  })
  .refine((o) => o.path === undefined || o.path.toLowerCase().endsWith(MINUTES_EXTENSIONS[o.format]), {
    message: 'l’extension du fichier ne correspond pas au format choisi',
  });
export type ExportOptions = z.infer<typeof exportSchema>;

/** Argument schemas, one per method: the hosts reject anything else. */
export const sessionArgs = {
  listSessionTemplates: z.tuple([]),
  listSessions: z.tuple([]),
  createSession: z.tuple([createSessionSchema]),
  openSession: z.tuple([sessionPath]),
  openSessionBackup: z.tuple([sessionPath]),
  getSession: z.tuple([handle]),
  saveSession: z.tuple([handle]),
  saveSessionAs: z.tuple([handle, sessionPath, writeChoiceSchema.optional()]),
  saveSessionCopy: z.tuple([handle]),
  reloadSession: z.tuple([handle]),
  closeSession: z.tuple([handle]),
  recordDraft: z.tuple([handle, draftSchema.omit({ updatedAt: true }).nullable()]),
  addEntry: z.tuple([handle, newEntrySchema]),
  editEntry: z.tuple([handle, entryId, entryPatchSchema]),
  deleteEntry: z.tuple([handle, entryId]),
  groupEntries: z.tuple([handle, z.array(entryId).max(LIMITS.entries), z.string().max(LIMITS.shortText)]),
  voteEntry: z.tuple([handle, entryId, z.number().int().min(-1000).max(1000)]),
  updateSession: z.tuple([handle, metaPatchSchema]),
  /** The label the view showed: refused when the host's last change is another one. */
  undo: z.tuple([handle, z.string().max(600).optional()]),
  redo: z.tuple([handle]),
  exportMinutes: z.tuple([handle, exportSchema]),
  minutesHtml: z.tuple([handle, z.enum(MINUTES_VARIANTS)]),
} as const;

export type SessionMethod = keyof typeof sessionArgs;
export type DraftInput = z.infer<typeof sessionArgs.recordDraft>[1];

/** Where the session's file stands. */
export type StorageStatus =
  | { state: 'enregistré'; at: string }
  /** A write failed (full disk, read-only key…): the session is in memory only. */
  | { state: 'non-enregistré'; message: string }
  /** The file was changed elsewhere: save a copy, or reload. */
  | { state: 'conflit'; message: string };

/** What the UI shows for an open session. */
export interface SessionState {
  handle: string;
  path: string;
  fileName: string;
  session: Session;
  /** « Annuler : suppression d’une décision », or absent when there is nothing to undo. */
  undoLabel?: string;
  redoLabel?: string;
  storage: StorageStatus;
}

export type OpenResult =
  | { ok: true; state: SessionState; notice?: string }
  | {
      ok: false;
      message: string;
      /** A backup of a damaged file, offered to the user (openSessionBackup). */
      backup?: { path: string; savedAt: string };
    };

export type MutationResult =
  | { ok: true; state: SessionState; entryId?: string }
  /** `refusé`: nothing changed. `non-enregistré` / `conflit`: changed in memory, not on disk. */
  | { ok: false; kind: 'refusé'; message: string }
  | { ok: false; kind: 'non-enregistré' | 'conflit'; message: string; state: SessionState; entryId?: string };

/** Light answer to a draft: it is durable on disk, or why not. */
export type DraftResult = { ok: true } | { ok: false; kind: 'refusé' | 'non-enregistré'; message: string };

export type SaveResult =
  | { ok: true; state: SessionState }
  /** `existe`: nothing written, `path` is there already; call again with `overwrite` or `keepBoth` once the user chose. */
  | { ok: false; kind: 'existe'; message: string; path: string; state?: SessionState }
  | { ok: false; kind: 'refusé' | 'non-enregistré' | 'conflit'; message: string; state?: SessionState };

/** The refusal to replace an existing file, for the UI to ask (« Remplacer », « Garder les deux »). */
export type ExistsRefusal = { ok: false; reason: 'exists'; path: string; message: string };

export type ExportResult = { ok: true; path: string } | ExistsRefusal | { ok: false; reason?: undefined; message: string };

export interface SessionApi {
  listSessionTemplates(): Promise<TemplateInfo[]>;
  /** The session files of the documents folder (home screen), newest first. */
  listSessions(): Promise<{ ok: true; sessions: SessionSummary[] } | { ok: false; message: string }>;
  /** A new session from a template, saved at once in the documents folder. */
  createSession(options: CreateSessionOptions): Promise<OpenResult>;
  /** Ouvrir… (any folder, USB key included). Typing recovered after a crash is replayed. */
  openSession(path: string): Promise<OpenResult>;
  /** Opens the backup of a damaged file, once the user chose to. */
  openSessionBackup(path: string): Promise<OpenResult>;
  getSession(handle: string): Promise<OpenResult>;
  saveSession(handle: string): Promise<SaveResult>;
  /** Enregistrer sous… (a USB key); the session continues in the new file. */
  saveSessionAs(handle: string, path: string, options?: WriteChoice): Promise<SaveResult>;
  /** After a conflict: writes this version as « <nom> (copie du …) » beside the original. */
  saveSessionCopy(handle: string): Promise<SaveResult>;
  /** After a conflict: reads the file again (what was typed here is lost: the UI confirms first). */
  reloadSession(handle: string): Promise<OpenResult>;
  /** Saves and forgets the session. */
  closeSession(handle: string): Promise<SaveResult>;
  /** The entry being typed (at most every ~300 ms); null once it is recorded or abandoned. */
  recordDraft(handle: string, draft: DraftInput): Promise<DraftResult>;
  addEntry(handle: string, entry: z.infer<typeof newEntrySchema>): Promise<MutationResult>;
  editEntry(handle: string, id: string, patch: z.infer<typeof entryPatchSchema>): Promise<MutationResult>;
  deleteEntry(handle: string, id: string): Promise<MutationResult>;
  groupEntries(handle: string, ids: string[], label: string): Promise<MutationResult>;
  voteEntry(handle: string, id: string, delta: number): Promise<MutationResult>;
  /** Title, participants, agenda, and where the meeting is (`current`). */
  updateSession(handle: string, patch: z.infer<typeof metaPatchSchema>): Promise<MutationResult>;
  undo(handle: string, expectedLabel?: string): Promise<MutationResult>;
  redo(handle: string): Promise<MutationResult>;
  /** Writes the minutes (DOCX, Markdown or HTML), never over an existing file unless told. PDF: print `minutesHtml` (Electron printToPDF). */
  exportMinutes(handle: string, options: ExportOptions): Promise<ExportResult>;
  /** The standalone, print-ready HTML of the minutes. */
  minutesHtml(handle: string, variant: (typeof MINUTES_VARIANTS)[number]): Promise<{ ok: true; html: string } | { ok: false; message: string }>;
}

/** Parses the arguments of a session call, or returns a French error message. */
export function checkSessionArgs(
  method: string,
  args: unknown,
): { ok: true; method: SessionMethod; args: unknown[] } | { ok: false; message: string } {
  if (!Object.hasOwn(sessionArgs, method)) return { ok: false, message: `Opération inconnue\u00A0: ${String(method).slice(0, 80)}` };
  const parsed = sessionArgs[method as SessionMethod].safeParse(args);
  if (!parsed.success) {
    return { ok: false, message: `Arguments invalides pour ${method}\u00A0: ${parsed.error.issues[0]?.message ?? 'format inattendu'}` };
  }
  return { ok: true, method: method as SessionMethod, args: parsed.data as unknown[] };
}
