// How the export dialog reaches its host. A host with a PDF printer (Electron) prints in a
// hidden window and saves with dialogs; the browser host opens the print page in a new tab (its
// toolbar prints) and downloads the HTML deck. Same dialog either way.
import type { ExportApi, ExportProgress, PdfExportOptions, SaveResult } from '../../core/export/api.js';
import { htmlDownloadPath } from '../../core/export/download-path.js';
import { printQuery } from '../../core/export/print-query.js';
import type { PrintVariant } from '../../core/export/variants.js';
import type { HostCapabilities } from '../../core/host-capabilities.js';

export type ExportOutcome =
  | { kind: 'saved'; paths: string[]; skipped: string[] }
  /** Browser host: a tab or a download was opened; the browser takes it from there. */
  | { kind: 'opened'; message: string }
  | { kind: 'canceled'; message: string }
  | { kind: 'failed'; message: string };

export interface ExportActions {
  /** Whether files are saved by the app (Electron) or by the browser (tab, download). */
  saves: boolean;
  pdf(deckIds: string[], variant: PrintVariant, options?: PdfExportOptions): Promise<ExportOutcome>;
  html(deckId: string, withNotes: boolean): Promise<ExportOutcome>;
  progress?(): Promise<ExportProgress>;
  cancel?(): Promise<void>;
}

function fromSave(result: SaveResult): ExportOutcome {
  if (result.ok) return { kind: 'saved', paths: result.paths, skipped: result.skipped };
  if (result.canceled) return { kind: 'canceled', message: result.message };
  return { kind: 'failed', message: result.message };
}

const failed = (error: unknown): ExportOutcome => ({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });

/** Electron: the host API's export methods (merged into HostApi by the integrator). */
export function hostExportActions(host: ExportApi): ExportActions {
  return {
    saves: true,
    pdf: (ids, variant, options) => host.exportPdf(ids, variant, options).then(fromSave, failed),
    html: (id, withNotes) => host.saveDeckHtml(id, { withNotes }).then(fromSave, failed),
    progress: () => host.exportProgress(),
    cancel: () => host.cancelExport(),
  };
}

/** The browser host: a print tab, a download link. */
export function browserExportActions(win: Window = window): ExportActions {
  return {
    saves: false,
    async pdf(ids, variant, options = {}) {
      const tab = win.open(printQuery({ deckIds: ids, variant, withPrompts: options.withPrompts ?? false }), '_blank');
      return tab === null
        ? { kind: 'failed', message: 'Le navigateur a bloqué le nouvel onglet\u00a0: autorisez les fenêtres surgissantes pour cette adresse.' }
        : { kind: 'opened', message: 'L’aperçu s’est ouvert dans un nouvel onglet\u00a0: cliquez sur «\u00a0Imprimer ou enregistrer en PDF\u00a0».' };
    },
    async html(id, withNotes) {
      const link = win.document.createElement('a');
      link.href = htmlDownloadPath(id, { withNotes });
      link.download = '';
      link.rel = 'noopener';
      win.document.body.appendChild(link);
      link.click();
      link.remove();
      return { kind: 'opened', message: 'Le téléchargement a commencé\u00a0: le fichier est dans le dossier des téléchargements.' };
    },
  };
}

/** The host's own printer and dialogs when it has them (Electron), else the browser's. */
export function exportActionsFor(host: ExportApi | null, capabilities: HostCapabilities | undefined, win: Window = window): ExportActions {
  return host && capabilities?.pdfPrinter ? hostExportActions(host) : browserExportActions(win);
}
