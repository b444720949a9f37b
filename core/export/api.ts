// The export part of the renderer↔host interface, in the style of core/host-api.ts: the
// integrator merges `exportArgs` into `hostArgs` and `ExportApi` into `HostApi`.
// Every method answers with a result value carrying a French message; none rejects on a
// disk problem or a cancelled dialog.
import { z } from 'zod';
import { deckIdSchema as deckId } from '../id-schemas.js';
import { MAX_PRINT_DECKS } from './print-query.js';
import { PRINT_VARIANTS, type PrintVariant } from './variants.js';

const deckIds = z.array(deckId).min(1, 'aucune présentation choisie').max(MAX_PRINT_DECKS);

export const htmlExportOptionsSchema = z
  .object({
    /** Include speaker notes and workshop prompts (off by default). */
    withNotes: z.boolean().optional(),
  })
  .strict();
export type HtmlExportOptions = z.infer<typeof htmlExportOptionsSchema>;

export const pdfExportOptionsSchema = z
  .object({
    /** Notes variant: keep the workshop prompts on their slides. */
    withPrompts: z.boolean().optional(),
    /** A name for several decks together (e.g. the session's title) instead of « X et 2 autres ». */
    label: z.string().max(120).optional(),
  })
  .strict();
export type PdfExportOptions = z.infer<typeof pdfExportOptionsSchema>;

export const exportArgs = {
  /** What a print export will contain, before printing it. */
  planPdfExport: z.tuple([deckIds, z.enum(PRINT_VARIANTS), pdfExportOptionsSchema.optional()]),
  /** The standalone HTML deck as text (browser host downloads it; tests write it). */
  exportDeckHtml: z.tuple([deckId, htmlExportOptionsSchema.optional()]),
  /** Electron: builds the HTML deck and saves it where the save dialog says. */
  saveDeckHtml: z.tuple([deckId, htmlExportOptionsSchema.optional()]),
  /** Electron: prints the decks to PDF in a hidden window and saves them with a dialog. */
  exportPdf: z.tuple([deckIds, z.enum(PRINT_VARIANTS), pdfExportOptionsSchema.optional()]),
  /** Progress of the running export (the renderer polls it), or `running: false`. */
  exportProgress: z.tuple([]),
  /** Stops the running export; what was already saved stays. */
  cancelExport: z.tuple([]),
} as const;

export type ExportMethod = keyof typeof exportArgs;

export interface PdfPlan {
  ok: true;
  fileName: string;
  pageCount: number;
  /** The print route for these decks, e.g. `/print?decks=petite-enfance&variant=slides`. */
  printPath: string;
  skipped: string[];
}

export type ExportFailure = { ok: false; message: string };

export type HtmlExport = { ok: true; fileName: string; html: string; skipped: string[] } | ExportFailure;

/** A file written, or the user closed the dialog (`canceled`), or a French failure. */
export type SaveResult =
  | { ok: true; paths: string[]; skipped: string[] }
  | { ok: false; canceled: true; message: string; paths: string[] }
  | (ExportFailure & { canceled?: false });

export interface ExportProgress {
  running: boolean;
  /** Decks finished so far. */
  done: number;
  total: number;
  /** Title of the deck being printed, when running. */
  current?: string;
  variant?: PrintVariant;
}

export interface ExportApi {
  planPdfExport(deckIds: string[], variant: PrintVariant, options?: PdfExportOptions): Promise<PdfPlan | ExportFailure>;
  exportDeckHtml(deckId: string, options?: HtmlExportOptions): Promise<HtmlExport>;
  saveDeckHtml(deckId: string, options?: HtmlExportOptions): Promise<SaveResult>;
  exportPdf(deckIds: string[], variant: PrintVariant, options?: PdfExportOptions): Promise<SaveResult>;
  exportProgress(): Promise<ExportProgress>;
  cancelExport(): Promise<void>;
}

/** The methods only Electron can do (a dialog, a hidden window); the browser host uses the print page and a download. */
export const ELECTRON_ONLY_EXPORT_METHODS: readonly ExportMethod[] = ['saveDeckHtml', 'exportPdf', 'exportProgress', 'cancelExport'];

export { HTML_DOWNLOAD_PATH, htmlDownloadPath } from './download-path.js';
