// The options of every BrowserWindow the app opens, in one place so a test can check the
// security-relevant ones without Electron. Roles leave room for the facilitator mode
// (issue 5): an audience window for the projector and a facilitator window for the laptop.
import type { BrowserWindowConstructorOptions, Rectangle, WebPreferences } from 'electron';
import { APP_ENTRY_URL, APP_ORIGIN } from './protocol-path.js';

export const WINDOW_TITLE = 'CTG Diois';

/** `main`: the library and presentation window; `audience`/`facilitator`: presenter mode. */
export type WindowRole = 'main' | 'audience' | 'facilitator';

/** The page each window loads; the renderer routes by path. */
export function pageUrlFor(role: WindowRole): string {
  return role === 'main' ? APP_ENTRY_URL : `${APP_ORIGIN}/${role}`;
}

export interface WindowOptionsInput {
  /** Absolute path of the bundled preload (dist/main/preload.cjs). */
  preloadPath: string;
  /** Where to place the window, e.g. on the projector's display; centred when absent. */
  bounds?: Rectangle;
  /** The app icon, for Linux and Windows title bars. */
  iconPath?: string;
}

/** webPreferences shared by all windows: the Electron security checklist, explicitly. */
export function secureWebPreferences(preloadPath: string, role: WindowRole): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    // A middle click on a link would open it in a new window without setWindowOpenHandler's say.
    disableBlinkFeatures: 'Auxclick',
    safeDialogs: true,
    // French spell-check in the note fields (main/spellcheck.ts sets the language).
    spellcheck: true,
    // The projector keeps animating and counting down when the laptop has focus.
    backgroundThrottling: role !== 'audience',
  };
}

/** The BrowserWindow options for a role. */
export function windowOptions(role: WindowRole, input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    width: input.bounds?.width ?? 1280,
    height: input.bounds?.height ?? 800,
    ...(input.bounds ? { x: input.bounds.x, y: input.bounds.y } : { center: true }),
    minWidth: 640,
    minHeight: 400,
    // Dark like the projector theme, so no white flash before the first paint.
    backgroundColor: '#101418',
    // Shown on 'ready-to-show' by the adapter, once painted.
    show: false,
    // The menu bar would sit above the slides; Alt shows it on Windows and Linux.
    autoHideMenuBar: true,
    ...(input.iconPath ? { icon: input.iconPath } : {}),
    webPreferences: secureWebPreferences(input.preloadPath, role),
  };
}
