// Electron main process: the thin adapter between Electron and the plain modules beside
// it (path containment, responses, window options, navigation and IPC guards), which
// tests exercise without Electron. Bundled by scripts/build-node.mjs to dist/main/main.cjs.
import { access, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import { PresentationHub } from '../host/presentation/hub.js';
import { wirePresentationWindows } from './presentation-windows.js';
import { HOST_CALL_CHANNEL } from '../core/host-api.js';
import { createExportService } from '../host/export/service.js';
import { createHostService } from '../host/host-service.js';
import { decksFolderFor } from '../host/authoring/deck-folder.js';
import { appMenuTemplate } from './app-menu.js';
import { createElectronExportApi } from './export-pdf.js';
import { createElectronSessionDialogs, SESSIONS_FOLDER_NAME } from './session-dialogs.js';
import { resolveAppPaths } from './app-paths.js';
import { handleHostCall, isTrustedSender, type SenderInfo } from './ipc-guard.js';
import { hardenSession, hardenWebContents } from './navigation-guard.js';
import { APP_HOST, APP_SCHEME } from './protocol-path.js';
import { respondToAppRequest } from './protocol-response.js';
import { pageUrlFor, WINDOW_TITLE, windowOptions, type WindowRole } from './window-options.js';

// Must happen before 'ready': a standard, secure scheme gets a real origin (app://app),
// relative URLs, fetch(), and is treated like https by Chromium.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

// Every renderer sandboxed, whatever a window's options say.
app.enableSandbox();

// One instance only: a second launch (double click on the icon mid-meeting) focuses the
// window already open instead of opening another one.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  const paths = resolveAppPaths({
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
  });
  // Open windows by role; the facilitator mode (issue 5) adds 'audience' and 'facilitator'.
  const windows = new Map<WindowRole, BrowserWindow>();

  function openWindow(role: WindowRole): BrowserWindow {
    const existing = windows.get(role);
    if (existing && !existing.isDestroyed()) return existing;
    const win = new BrowserWindow(windowOptions(role, { preloadPath: paths.preloadPath, iconPath: paths.iconPath }));
    windows.set(role, win);
    win.once('ready-to-show', () => win.show());
    win.on('closed', () => windows.delete(role));
    void win.loadURL(pageUrlFor(role));
    return win;
  }

  function focusMainWindow(): void {
    const win = windows.get('main');
    if (!win || win.isDestroyed()) {
      openWindow('main');
      return;
    }
    if (win.isMinimized()) win.restore();
    win.focus();
  }

  app.on('second-instance', focusMainWindow);
  // Every web contents, including any the app did not create itself, gets the guards.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (windows.size === 0) openWindow('main');
  });

  app
    .whenReady()
    .then(async () => {
      hardenSession(session.defaultSession);
      protocol.handle(APP_SCHEME, (request) => respondToAppRequest(request, { [APP_HOST]: paths.rendererDir }));
      // Sessions are files the user can see, copy to a USB key and open elsewhere.
      const documentsDir = path.join(app.getPath('documents'), SESSIONS_FOLDER_NAME);
      const hostService = createHostService({ slidesDir: paths.slidesDir, documentsDir, standaloneDir: paths.standaloneDir, openFolder: (p) => shell.openPath(p) });
      // Exports: Electron saves with native dialogs and prints in a hidden window.
      const service = {
        ...hostService,
        ...createElectronExportApi({
          service: createExportService({ slidesDir: decksFolderFor(documentsDir), standaloneDir: paths.standaloneDir }),
          BrowserWindow,
          dialog,
          preloadPath: paths.preloadPath,
          documentsDir: app.getPath('documents'),
          fs: { writeFile: (p, data) => writeFile(p, data), access: (p) => access(p) },
          path,
        }),
        // Sessions: native Ouvrir… / Enregistrer sous… and the minutes printed to PDF.
        ...createElectronSessionDialogs({
          dialog,
          BrowserWindow,
          preloadPath: paths.preloadPath,
          sessionsDir: documentsDir,
          getSession: (handle) => hostService.getSession(handle),
          fs: { writeFile: (p, data) => writeFile(p, data) },
          path,
        }),
      };
      app.on('before-quit', () => void hostService.closeAll());
      ipcMain.handle(HOST_CALL_CHANNEL, (event, method: unknown, args: unknown) =>
        handleHostCall(service, event, method, args),
      );
      // Facilitator mode: one presentation state, kept on disk so a restart resumes it.
      const hub = await PresentationHub.open({ folder: path.join(app.getPath('userData'), 'presentation') });
      wirePresentationWindows({
        hub,
        ipc: ipcMain,
        // Electron's overloaded `on` per event, narrowed to the listener main/screens.ts uses.
        screen: {
          getAllDisplays: () => screen.getAllDisplays(),
          getPrimaryDisplay: () => screen.getPrimaryDisplay(),
          on: (name, listener) => screen.on(name as 'display-added', listener as () => void),
          removeListener: (name, listener) => screen.removeListener(name as 'display-added', listener as () => void),
        },
        isTrustedSender: (event) => isTrustedSender(event as unknown as SenderInfo),
        windowOf: (event) => {
          const sender = (event as { sender?: Electron.WebContents }).sender;
          return sender ? BrowserWindow.fromWebContents(sender) : null;
        },
        openAudience: () => openWindow('audience'),
        targets: () => [...windows.values()].filter((w) => !w.isDestroyed()).map((w) => w.webContents),
      });
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          appMenuTemplate({ platform: process.platform, productName: WINDOW_TITLE, isDevelopment: !app.isPackaged }),
        ),
      );
      openWindow('main');
    })
    .catch((error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      dialog.showErrorBox(WINDOW_TITLE, `Le démarrage de l’application a échoué : ${detail}`);
      app.quit();
    });
}
