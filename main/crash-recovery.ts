// What main does when a window's page dies or hangs. The host holds everything typed, so a
// reload loses nothing: a page that is gone is reloaded on the same address (the renderer keeps
// its route in the URL: ?seance=, ?deck=, /facilitator…); a page that hangs gets a French
// question, wait or reload. Both go to the app's log. Typed structurally: tested without Electron.
import type { AppLog } from './app-log.js';

/** Electron's RenderProcessGoneDetails, the part used here. */
export interface GoneDetails {
  reason: string;
  exitCode?: number;
}

/** The part of a BrowserWindow's webContents used here. */
export interface RecoverableContents {
  on(event: 'render-process-gone', listener: (event: unknown, details: GoneDetails) => void): unknown;
  getURL(): string;
  loadURL(url: string): Promise<void>;
  forcefullyCrashRenderer(): void;
}

export interface RecoverableWindow {
  readonly webContents: RecoverableContents;
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
  isDestroyed(): boolean;
}

export interface HangQuestion {
  type: 'warning';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: true;
}

/** The native question shown when a window stops answering: waiting is the default. */
export const HANG_QUESTION: HangQuestion = {
  type: 'warning',
  title: 'CTG Diois',
  message: 'Cette fenêtre ne répond plus.',
  detail:
    'Vous pouvez attendre qu’elle se remette à répondre, ou la recharger. Ce que vous avez saisi est conservé dans les deux cas.',
  buttons: ['Attendre', 'Recharger'],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
};
export const RELOAD_BUTTON = 1;

/** A page that ends normally is not a crash; every other reason is (crashed, oom, killed…). */
export function isCrash(details: GoneDetails): boolean {
  return details.reason !== 'clean-exit';
}

/**
 * No more than `max` reloads in `windowMs`: a page that dies at every start (a broken build)
 * must not spin forever; past that, the window stays as it is and the log says why.
 */
export function createReloadBudget(max = 3, windowMs = 60_000, now: () => number = Date.now): () => boolean {
  const times: number[] = [];
  return () => {
    const t = now();
    while (times.length > 0 && t - times[0]! > windowMs) times.shift();
    if (times.length >= max) return false;
    times.push(t);
    return true;
  };
}

export interface CrashRecoveryOptions {
  log: Pick<AppLog, 'write'>;
  /** dialog.showMessageBox for this window; resolves with the index of the button chosen. */
  ask(question: HangQuestion): Promise<{ response: number }>;
  /** The address to reload when the page's own is unknown (about:blank after a crash). */
  fallbackUrl: string;
  /** A name for the log (main, facilitator, audience…). */
  name: string;
  budget?: () => boolean;
}

export function watchWindowHealth(win: RecoverableWindow, options: CrashRecoveryOptions): void {
  const { log } = options;
  const budget = options.budget ?? createReloadBudget();
  // The last app address the page was on: after a crash getURL() may already be empty.
  let lastUrl = options.fallbackUrl;
  const remember = () => {
    const url = win.webContents.getURL();
    if (url && url.startsWith('app:')) lastUrl = url;
  };
  let asking = false;

  win.webContents.on('render-process-gone', (_event, details) => {
    remember();
    if (!isCrash(details)) return;
    log.write('error', `Fenêtre ${options.name} : la page s’est arrêtée (${details.reason}, code ${details.exitCode ?? '?'}) sur ${lastUrl}.`);
    if (win.isDestroyed()) return;
    if (!budget()) {
      log.write('error', `Fenêtre ${options.name} : trop d’arrêts en peu de temps, pas de nouveau rechargement.`);
      return;
    }
    log.write('info', `Fenêtre ${options.name} : rechargée sur ${lastUrl}.`);
    void win.webContents.loadURL(lastUrl).catch((error: unknown) => {
      log.write('error', `Fenêtre ${options.name} : le rechargement a échoué (${error instanceof Error ? error.message : String(error)}).`);
    });
  });

  win.on('unresponsive', () => {
    remember();
    log.write('warn', `Fenêtre ${options.name} : la page ne répond plus (${lastUrl}).`);
    if (asking) return;
    asking = true;
    void options
      .ask(HANG_QUESTION)
      .then(({ response }) => {
        if (win.isDestroyed()) return;
        if (response === RELOAD_BUTTON) {
          log.write('info', `Fenêtre ${options.name} : rechargement demandé par l’utilisateur.`);
          // Ends the hung page; 'render-process-gone' (reason killed) then reloads it.
          win.webContents.forcefullyCrashRenderer();
        } else {
          log.write('info', `Fenêtre ${options.name} : l’utilisateur attend.`);
        }
      })
      .finally(() => {
        asking = false;
      });
  });

  win.on('responsive', () => log.write('info', `Fenêtre ${options.name} : la page répond de nouveau.`));
}
