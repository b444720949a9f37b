// Sessions in Electron: the native « Ouvrir… » / « Enregistrer sous… » dialogs and the
// minutes printed to PDF in a hidden window (the /minutes page, printed like the decks by
// renderPdfInWindow once body[data-print-ready] is set). Only types come from electron: the
// dialogs, the window and the file system are passed in, so the option building and the
// sequencing are tested without Electron (tests/unit/session-dialogs.test.ts).
import type { BrowserWindowConstructorOptions, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { MINUTES_VARIANTS, OpenResult } from '../core/session/api.js';
import type { ChooseFileResult, ChooseSessionFileOptions, MinutesPdfResult, SessionDialogApi } from '../core/session/dialog-api.js';
import { SESSION_EXTENSION } from '../core/session/schema.js';
import { ExportCanceled, printWindowOptions, renderPdfInWindow, saveDialogOptions, type PrintWindow } from './export-pdf.js';
import { APP_ORIGIN } from './protocol-path.js';

type MinutesVariant = (typeof MINUTES_VARIANTS)[number];

/** The sessions' folder inside the user's documents (where new sessions are created too). */
export const SESSIONS_FOLDER_NAME = 'CTG Diois';

const SESSION_FILTER = { name: `Séance CTG Diois (*${SESSION_EXTENSION})`, extensions: [SESSION_EXTENSION.slice(1)] };

/** Characters no file system accepts in a name, and control characters. */
const unsafeName = (name: string): string =>
  name
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);

/** `name` ending with .ctg-seance.json exactly once (a name typed without it in a Linux dialog). */
export function withSessionExtension(name: string): string {
  return name.endsWith(SESSION_EXTENSION) ? name : name.replace(/\.json$/i, '').replace(/\.ctg-seance$/i, '') + SESSION_EXTENSION;
}

/** The options of the Ouvrir… or Enregistrer sous… dialog, in French, opening in the sessions' folder. */
export function sessionDialogOptions(
  options: ChooseSessionFileOptions,
  folder: string,
  join: (...parts: string[]) => string,
): { mode: 'open'; options: OpenDialogOptions } | { mode: 'save'; options: SaveDialogOptions } {
  if (options.mode === 'open') {
    return {
      mode: 'open',
      options: { title: 'Ouvrir une séance', defaultPath: folder, buttonLabel: 'Ouvrir', filters: [SESSION_FILTER], properties: ['openFile'] },
    };
  }
  const name = withSessionExtension(unsafeName(options.suggestedName ?? '') || 'Séance');
  return {
    mode: 'save',
    options: {
      title: 'Enregistrer la séance sous',
      defaultPath: join(folder, name),
      buttonLabel: 'Enregistrer',
      filters: [SESSION_FILTER],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    },
  };
}

/** The print address of a session's minutes, without the on-screen toolbar. */
export function minutesPdfUrl(handle: string, variant: MinutesVariant): string {
  return `${APP_ORIGIN}/minutes?${new URLSearchParams({ seance: handle, variante: variant, barre: 'non' }).toString()}`;
}

/** « <titre de la séance> - compte rendu.pdf », or « … - relevé de décisions.pdf ». */
export function minutesPdfName(title: string, variant: MinutesVariant): string {
  const label = variant === 'releve' ? 'relevé de décisions' : 'compte rendu';
  return `${unsafeName(title) || 'Séance'} - ${label}.pdf`;
}

export interface MinutesPdfDeps {
  getSession(handle: string): Promise<OpenResult>;
  renderPdf(url: string, signal: AbortSignal): Promise<Uint8Array>;
  /** The save dialog, proposing `defaultPath`; undefined when the user closed it. */
  chooseFile(defaultPath: string): Promise<string | undefined>;
  writeFile(filePath: string, data: Uint8Array): Promise<void>;
  dirname(p: string): string;
  join(...parts: string[]): string;
}

/** Prints the minutes first (a failure is told before any dialog), then asks where, then writes. */
export function createMinutesPdfExporter(deps: MinutesPdfDeps): SessionDialogApi['exportMinutesPdf'] {
  let running = false;
  return async (handle, variant) => {
    if (running) return { ok: false, message: 'Un PDF du compte rendu est déjà en préparation.' };
    running = true;
    try {
      const open = await deps.getSession(handle);
      if (!open.ok) return { ok: false, message: open.message };
      let data: Uint8Array;
      try {
        data = await deps.renderPdf(minutesPdfUrl(handle, variant), new AbortController().signal);
      } catch (error) {
        if (error instanceof ExportCanceled) return { ok: false, canceled: true, message: error.message };
        const detail = error instanceof Error ? error.message : String(error);
        return { ok: false, message: `Le PDF du compte rendu n’a pas pu être créé\u00A0: ${detail}` };
      }
      const name = minutesPdfName(open.state.session.title, variant);
      const target = await deps.chooseFile(deps.join(deps.dirname(open.state.path), name));
      if (!target) return { ok: false, canceled: true, message: 'Export annulé.' };
      try {
        await deps.writeFile(target, data);
      } catch (error) {
        return { ok: false, message: `Le fichier n’a pas pu être enregistré\u00A0: ${error instanceof Error ? error.message : String(error)}` };
      }
      return { ok: true, path: target } satisfies MinutesPdfResult;
    } finally {
      running = false;
    }
  };
}

// ---------------------------------------------------------------------------------------
// The Electron glue for main.ts, merged into the host service like createElectronExportApi.

export interface ElectronSessionDialogsInput {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => PrintWindow;
  preloadPath: string;
  /** The sessions' folder (Documents/CTG Diois): where the dialogs open. */
  sessionsDir: string;
  getSession(handle: string): Promise<OpenResult>;
  fs: { writeFile(p: string, data: Uint8Array): Promise<void> };
  path: { join(...parts: string[]): string; dirname(p: string): string };
}

export function createElectronSessionDialogs(input: ElectronSessionDialogsInput): SessionDialogApi {
  const { dialog } = input;
  return {
    async chooseSessionFile(options): Promise<ChooseFileResult> {
      const built = sessionDialogOptions(options, input.sessionsDir, input.path.join);
      if (built.mode === 'open') {
        const r = await dialog.showOpenDialog(built.options);
        const chosen = r.canceled ? undefined : r.filePaths[0];
        return chosen ? { ok: true, path: chosen } : { ok: false, canceled: true };
      }
      const r = await dialog.showSaveDialog(built.options);
      return r.canceled || !r.filePath ? { ok: false, canceled: true } : { ok: true, path: withSessionExtension(r.filePath) };
    },
    exportMinutesPdf: createMinutesPdfExporter({
      getSession: input.getSession,
      renderPdf: (url, signal) => renderPdfInWindow(() => new input.BrowserWindow(printWindowOptions(input.preloadPath)), url, signal),
      chooseFile: async (defaultPath) => {
        const r = await dialog.showSaveDialog({ ...saveDialogOptions(defaultPath), title: 'Enregistrer le compte rendu en PDF' });
        return r.canceled || !r.filePath ? undefined : r.filePath;
      },
      writeFile: (p, data) => input.fs.writeFile(p, data),
      dirname: input.path.dirname,
      join: input.path.join,
    }),
  };
}
