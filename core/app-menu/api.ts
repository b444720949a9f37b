// The messages the desktop app's menu (and the system: a double-clicked session file) sends
// to the main window's screens, through the preload. Kept free of zod like
// core/host-channels.ts: the sandboxed preload imports it.

/** main → renderer: one command (webContents.send). */
export const APP_COMMAND_CHANNEL = 'ctg:app-command';
/** renderer → main: « the screens are listening », answered with the commands that waited. */
export const APP_COMMAND_READY_CHANNEL = 'ctg:app-command-ready';
/** The preload's global (the page's ctgAppCommands). */
export const APP_COMMAND_GLOBAL = 'ctgAppCommands';

export type AppCommand =
  /** Fichier › Nouvelle séance: the home screen's new-session form. */
  | { type: 'new-session' }
  /** Fichier › Ouvrir…: the open dialog, as the home screen's « Ouvrir… ». */
  | { type: 'open-session' }
  /** A session file given by the system (double click, argv, macOS open-file). */
  | { type: 'open-session-file'; path: string }
  /** Fichier › Enregistrer sous…: the open session's « Enregistrer sous… ». */
  | { type: 'save-session-as' }
  /** Fichier › Exporter…: the export dialog (decks) or the minutes (a session). */
  | { type: 'export' };

export type AppCommandType = AppCommand['type'];

const SIMPLE: ReadonlySet<string> = new Set(['new-session', 'open-session', 'save-session-as', 'export']);

/** A command as received over IPC, checked (a page gets only these shapes), or undefined. */
export function parseAppCommand(value: unknown): AppCommand | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { type, path } = value as { type?: unknown; path?: unknown };
  if (typeof type !== 'string') return undefined;
  if (SIMPLE.has(type)) return { type } as AppCommand;
  if (type === 'open-session-file' && typeof path === 'string' && path.length > 0 && path.length <= 4096) return { type, path };
  return undefined;
}

/** What the page's ctgAppCommands global offers (main/preload-api.ts builds it). */
export interface AppCommandBridge {
  /** Calls `listener` with every command; first with those that waited for the page. Returns an unsubscribe. */
  subscribe(listener: (command: AppCommand) => void): () => void;
}
