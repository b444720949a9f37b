// PDF export in Electron: the print route (/print?decks=…&variant=…) loaded in a hidden
// window, printed with webContents.printToPDF once the page says it is ready, saved where the
// save dialog says. Every deck of an export is laid out in one page load, each file printed
// from it with only its decks shown. Progress per file, cancellable. Only types come from electron: the
// window, the dialogs and the file system are passed in, so the sequencing is tested without
// Electron (and the renderer step with real Chromium, through the same small interface).
import type { BrowserWindowConstructorOptions, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { Deck, DeckMeta } from '../core/deck/model.js';
import type { ExportApi, ExportProgress, PdfExportOptions, SaveResult } from '../core/export/api.js';
import { exportableDeck } from '../core/export/exportable-deck.js';
import { pdfFileName } from '../core/export/file-names.js';
import { PRINT_DECK_ATTRIBUTE, printQuery } from '../core/export/print-query.js';
import { VARIANT_LABELS, type PrintVariant } from '../core/export/variants.js';
import { APP_ORIGIN } from './protocol-path.js';
import { secureWebPreferences } from './window-options.js';

/** Chromium's own page size (from @page) and the slides' backgrounds. */
export const PDF_PRINT_OPTIONS = { preferCSSPageSize: true, printBackground: true } as const;

/** Longest wait for the print page to say it is ready (fonts, decks, diagrams). */
export const PRINT_READY_TIMEOUT_MS = 60_000;
const POLL_MS = 100;

/** The hidden window: never shown, never throttled (it works while the user waits elsewhere). */
export function printWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 1280,
    height: 800,
    paintWhenInitiallyHidden: true,
    webPreferences: { ...secureWebPreferences(preloadPath, 'main'), backgroundThrottling: false },
  };
}

/** The app:// address of the print route, without the on-screen toolbar. */
export function printUrl(deckIds: string[], variant: PrintVariant, options: PdfExportOptions = {}): string {
  return `${APP_ORIGIN}${printQuery({ deckIds, variant, withPrompts: options.withPrompts ?? false, toolbar: false })}`;
}

export function saveDialogOptions(defaultPath: string): SaveDialogOptions {
  return {
    title: 'Enregistrer le PDF',
    defaultPath,
    buttonLabel: 'Enregistrer',
    filters: [{ name: 'Document PDF', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

export function folderDialogOptions(defaultPath: string): OpenDialogOptions {
  return {
    title: 'Choisir le dossier des PDF',
    defaultPath,
    buttonLabel: 'Enregistrer ici',
    properties: ['openDirectory', 'createDirectory'],
  };
}

/** One PDF to print: several decks in one file, or one deck. */
export interface PdfJob {
  deckIds: string[];
  fileName: string;
  /** What the progress says while it prints. */
  label: string;
}

/**
 * The files of an export: one file for all decks (`oneFile`, e.g. a session's agenda), or one
 * file per deck, so progress can be told deck by deck.
 */
export function planPdfJobs(decks: readonly Pick<DeckMeta, 'id' | 'title'>[], variant: PrintVariant, options: PdfExportOptions & { oneFile?: boolean } = {}): PdfJob[] {
  if (decks.length === 1 || options.oneFile) {
    return [{ deckIds: decks.map((d) => d.id), fileName: pdfFileName(decks, variant, options.label), label: decks.map((d) => d.title).join(', ') }];
  }
  return decks.map((d) => ({ deckIds: [d.id], fileName: pdfFileName([d], variant), label: d.title }));
}

/** `name.pdf`, or `name (2).pdf`… when a file of that name is already in the folder. */
export async function uniqueFileName(name: string, exists: (name: string) => Promise<boolean>): Promise<string> {
  if (!(await exists(name))) return name;
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 2; n < 1000; n++) {
    const candidate = `${stem} (${n})${ext}`;
    if (!(await exists(candidate))) return candidate;
  }
  return `${stem} (${Date.now()})${ext}`;
}

/** What the hidden window must offer: a structural slice of BrowserWindow (Playwright fits it too). */
export interface PrintWindow {
  loadURL(url: string): Promise<unknown>;
  readonly webContents: {
    executeJavaScript(code: string): Promise<unknown>;
    printToPDF(options: typeof PDF_PRINT_OPTIONS): Promise<Uint8Array>;
  };
  destroy(): void;
  isDestroyed(): boolean;
}

export class ExportCanceled extends Error {
  constructor() {
    super('Export annulé.');
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Loads the print route in a fresh hidden window, waits for data-print-ready, prints, closes. */
export async function renderPdfInWindow(
  createWindow: () => PrintWindow,
  url: string,
  signal: AbortSignal,
  timeoutMs = PRINT_READY_TIMEOUT_MS,
): Promise<Uint8Array> {
  for await (const data of renderPdfsInWindow(createWindow, url, [undefined], signal, timeoutMs)) return data;
  throw new Error('La page d’impression n’a rien imprimé.');
}

/**
 * The code run in the print page to show only these decks' pages (every deck when undefined):
 * each file of an export is printed from the one page that laid out all of them.
 */
export function showOnlyDecksScript(deckIds: readonly string[] | undefined): string {
  const keep = deckIds === undefined ? 'null' : JSON.stringify(deckIds);
  return `(() => { const keep = ${keep}; for (const el of document.querySelectorAll('[${PRINT_DECK_ATTRIBUTE}]')) el.style.display = keep === null || keep.includes(el.getAttribute('${PRINT_DECK_ATTRIBUTE}')) ? '' : 'none'; })()`;
}

/**
 * Loads the print route (every deck of the export) once in a fresh hidden window, waits for
 * data-print-ready, then prints one PDF per group of decks, each with only its decks shown
 * (undefined: all of them), and closes the window. One page load for the whole export, not
 * one per file: fonts, decks and diagrams are laid out once.
 */
export async function* renderPdfsInWindow(
  createWindow: () => PrintWindow,
  url: string,
  groups: readonly (readonly string[] | undefined)[],
  signal: AbortSignal,
  timeoutMs = PRINT_READY_TIMEOUT_MS,
): AsyncGenerator<Uint8Array, void, undefined> {
  if (signal.aborted) throw new ExportCanceled();
  const win = createWindow();
  const onAbort = () => {
    if (!win.isDestroyed()) win.destroy();
  };
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    try {
      await win.loadURL(url);
      await waitForPrintReady(win, signal, timeoutMs);
    } catch (error) {
      // A window destroyed by cancel makes Electron reject with its own message: say « annulé ».
      if (signal.aborted) throw new ExportCanceled();
      throw error;
    }
    for (const group of groups) {
      let data: Uint8Array;
      try {
        if (groups.length > 1) await win.webContents.executeJavaScript(showOnlyDecksScript(group));
        data = await win.webContents.printToPDF(PDF_PRINT_OPTIONS);
      } catch (error) {
        if (signal.aborted) throw new ExportCanceled();
        throw error;
      }
      if (signal.aborted) throw new ExportCanceled();
      yield data;
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
    if (!win.isDestroyed()) win.destroy();
  }
}

async function waitForPrintReady(win: PrintWindow, signal: AbortSignal, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (signal.aborted) throw new ExportCanceled();
    const state = await win.webContents.executeJavaScript('document.body ? (document.body.dataset.printReady || "") : ""');
    if (state === 'true') return;
    if (state === 'error') {
      const text = await win.webContents.executeJavaScript('(document.querySelector("[role=alert]") || document.body).innerText');
      throw new Error(String(text).trim().replace(/\s+/g, ' ').slice(0, 500) || 'La page d’impression a signalé une erreur.');
    }
    if (Date.now() > deadline) throw new Error('La page d’impression ne s’est pas préparée à temps.');
    await sleep(POLL_MS);
  }
}

export interface PdfExporterDeps {
  /** The decks' metadata in the order asked, or a French failure. */
  loadMetas(deckIds: string[]): Promise<{ ok: true; metas: DeckMeta[] } | { ok: false; message: string }>;
  /** Undefined when the user closed the dialog. */
  chooseFile(defaultName: string): Promise<string | undefined>;
  chooseFolder(): Promise<string | undefined>;
  /** One PDF per group of decks, in order, all printed from the page `url` loaded once. */
  renderPdfs(url: string, groups: readonly string[][], signal: AbortSignal): AsyncIterable<Uint8Array>;
  writeFile(filePath: string, data: Uint8Array): Promise<void>;
  exists(filePath: string): Promise<boolean>;
  joinPath(folder: string, name: string): string;
  /** What was left out of these decks (« schéma non exporté : … »). */
  skippedIn(deckIds: string[]): Promise<string[]>;
}

export interface PdfExporter {
  exportPdf(deckIds: string[], variant: PrintVariant, options?: PdfExportOptions & { oneFile?: boolean }): Promise<SaveResult>;
  progress(): ExportProgress;
  cancel(): void;
}

export function createPdfExporter(deps: PdfExporterDeps): PdfExporter {
  let state: ExportProgress = { running: false, done: 0, total: 0 };
  let controller: AbortController | null = null;

  return {
    progress: () => ({ ...state }),
    cancel: () => controller?.abort(),

    async exportPdf(deckIds, variant, options = {}) {
      if (state.running) return { ok: false, message: 'Un export est déjà en cours.' };
      const loaded = await deps.loadMetas(deckIds);
      if (!loaded.ok) return loaded;
      const jobs = planPdfJobs(loaded.metas, variant, options);
      // Where first, then print: nobody waits for a dialog at the end.
      const targets: string[] = [];
      if (jobs.length === 1) {
        const file = await deps.chooseFile(jobs[0]!.fileName);
        if (!file) return { ok: false, canceled: true, message: 'Export annulé.', paths: [] };
        targets.push(file);
      } else {
        const folder = await deps.chooseFolder();
        if (!folder) return { ok: false, canceled: true, message: 'Export annulé.', paths: [] };
        const taken = new Set<string>();
        for (const job of jobs) {
          const name = await uniqueFileName(job.fileName, async (n) => taken.has(n) || (await deps.exists(deps.joinPath(folder, n))));
          taken.add(name);
          targets.push(deps.joinPath(folder, name));
        }
      }

      controller = new AbortController();
      const signal = controller.signal;
      state = { running: true, done: 0, total: jobs.length, current: jobs[0]!.label, variant };
      const written: string[] = [];
      try {
        // Every deck of the export in one print page, each file printed from it in turn.
        const url = printUrl(jobs.length === 1 ? jobs[0]!.deckIds : [...new Set(jobs.flatMap((j) => j.deckIds))], variant, options);
        for await (const data of deps.renderPdfs(url, jobs.map((j) => j.deckIds), signal)) {
          const i = written.length;
          if (i >= jobs.length) break;
          await deps.writeFile(targets[i]!, data);
          written.push(targets[i]!);
          state = { ...state, done: i + 1, current: jobs[i + 1]?.label };
        }
        if (written.length < jobs.length) throw new Error('La page d’impression n’a pas imprimé tous les fichiers.');
        state = { ...state, done: jobs.length, current: undefined };
        return { ok: true, paths: written, skipped: await deps.skippedIn(deckIds) };
      } catch (error) {
        if (error instanceof ExportCanceled || signal.aborted) {
          return { ok: false, canceled: true, message: written.length > 0 ? `Export annulé\u00a0: ${written.length} fichier(s) déjà enregistré(s).` : 'Export annulé.', paths: written };
        }
        const detail = error instanceof Error ? error.message : String(error);
        return { ok: false, message: `Le PDF (${VARIANT_LABELS[variant]}) n’a pas pu être créé\u00a0: ${detail}` };
      } finally {
        state = { running: false, done: state.done, total: state.total };
        controller = null;
      }
    },
  };
}

// ---------------------------------------------------------------------------------------
// The Electron glue: the export part of the host API for main.ts. Electron's runtime objects
// (BrowserWindow, dialog) come in as arguments, so this file still imports only types.

export interface ExportServiceLike {
  planPdfExport: ExportApi['planPdfExport'];
  exportDeckHtml: ExportApi['exportDeckHtml'];
  loadDecks(deckIds: string[]): Promise<{ ok: true; decks: Deck[] } | { ok: false; message: string }>;
}

export interface ElectronExportInput {
  service: ExportServiceLike;
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => PrintWindow;
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  preloadPath: string;
  /** Where the dialogs open (the user's documents folder). */
  documentsDir: string;
  fs: { writeFile(p: string, data: Uint8Array | string): Promise<void>; access(p: string): Promise<void> };
  path: { join(...parts: string[]): string };
}

export function createElectronExportApi(input: ElectronExportInput): ExportApi {
  const { service, dialog, fs } = input;
  const exists = (p: string) => fs.access(p).then(() => true, () => false);
  const pdf = createPdfExporter({
    loadMetas: async (ids) => {
      const loaded = await service.loadDecks(ids);
      return loaded.ok ? { ok: true, metas: loaded.decks.map((d) => d.meta) } : loaded;
    },
    chooseFile: async (name) => {
      const r = await dialog.showSaveDialog(saveDialogOptions(input.path.join(input.documentsDir, name)));
      return r.canceled ? undefined : r.filePath;
    },
    chooseFolder: async () => {
      const r = await dialog.showOpenDialog(folderDialogOptions(input.documentsDir));
      return r.canceled ? undefined : r.filePaths[0];
    },
    renderPdfs: (url, groups, signal) => renderPdfsInWindow(() => new input.BrowserWindow(printWindowOptions(input.preloadPath)), url, groups, signal),
    writeFile: (p, data) => fs.writeFile(p, data),
    exists,
    joinPath: (folder, name) => input.path.join(folder, name),
    skippedIn: async (ids) => {
      const loaded = await service.loadDecks(ids);
      return loaded.ok ? loaded.decks.flatMap((d) => exportableDeck(d).skipped) : [];
    },
  });
  return {
    planPdfExport: (ids, variant, options) => service.planPdfExport(ids, variant, options),
    exportDeckHtml: (id, options) => service.exportDeckHtml(id, options),
    async saveDeckHtml(id, options) {
      const built = await service.exportDeckHtml(id, options);
      if (!built.ok) return built;
      const r = await dialog.showSaveDialog({
        title: 'Enregistrer la présentation autonome',
        defaultPath: input.path.join(input.documentsDir, built.fileName),
        buttonLabel: 'Enregistrer',
        filters: [{ name: 'Page web', extensions: ['html'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (r.canceled || !r.filePath) return { ok: false, canceled: true, message: 'Export annulé.', paths: [] };
      try {
        await fs.writeFile(r.filePath, built.html);
      } catch (error) {
        return { ok: false, message: `Le fichier n’a pas pu être enregistré\u00a0: ${error instanceof Error ? error.message : String(error)}` };
      }
      return { ok: true, paths: [r.filePath], skipped: built.skipped };
    },
    exportPdf: (ids, variant, options) => pdf.exportPdf(ids, variant, options),
    exportProgress: async () => pdf.progress(),
    cancelExport: async () => pdf.cancel(),
  };
}
