// Electron main process: the thin adapter between Electron and the plain modules beside
// it (path containment, responses, window options, navigation and IPC guards), which
// tests exercise without Electron. Bundled by scripts/build-node.mjs to dist/main/main.cjs.
import { access, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import { APP_COMMAND_READY_CHANNEL } from '../core/app-menu/api.js';
import { createAppLog } from './app-log.js';
import { AppCommandQueue, sessionFileFromArgv } from './app-commands.js';
import { watchWindowHealth } from './crash-recovery.js';
import { withRecentDocuments } from './recent-documents.js';
import { enableFrenchSpellcheck } from './spellcheck.js';
import { loadWindowStates, restoreBounds, saveWindowStates, trackWindowState, WINDOW_STATE_FILE } from './window-state.js';
import { PresentationHub } from '../host/presentation/hub.js';
import { withMeeting } from '../host/meeting/assemble.js';
import { bindMeetingIpc } from '../host/meeting/ipc.js';
import { wirePresentationWindows } from './presentation-windows.js';
import { HOST_CALL_CHANNEL } from '../core/host-api.js';
import { createHostService } from '../host/host-service.js';
import { aboutText, appMenuTemplate } from './app-menu.js';
import { createElectronExportApi } from './export-pdf.js';
import { createElectronSessionDialogs, SESSIONS_FOLDER_NAME } from './session-dialogs.js';
import { resolveAppPaths } from './app-paths.js';
import { handleHostCall, isTrustedSender, type SenderInfo } from './ipc-guard.js';
import { hardenSession, hardenWebContents, type AppWindowRequest } from './navigation-guard.js';
import { APP_HOST, APP_SCHEME } from './protocol-path.js';
import { respondToAppRequest } from './protocol-response.js';
import { createAppPage } from '../host/first-slide/app-page.js';
import { pageUrlFor, secureWebPreferences, WINDOW_TITLE, windowOptions, type WindowRole } from './window-options.js';

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
  // A local, rotated log of crashes and hangs (Aide › Ouvrir le journal).
  const log = createAppLog({ dir: app.getPath('logs') });
  // Menu commands and session files handed over by the system, for the main window's screens.
  const commands = new AppCommandQueue();
  // Each window's size and place (not the audience's: it follows the projector).
  const windowStateFile = path.join(app.getPath('userData'), WINDOW_STATE_FILE);
  const windowStates = loadWindowStates(windowStateFile);
  let isReady = false;

  /** Opens (or, with `url`, points) the window of a role; a new one gets the app's secure options. */
  async function openWindow(role: WindowRole, url?: string): Promise<BrowserWindow> {
    const existing = windows.get(role);
    if (existing && !existing.isDestroyed()) {
      if (url) void existing.loadURL(url);
      return existing;
    }
    const states = await windowStates;
    const remembered = role === 'audience' ? undefined : restoreBounds(states[role], displaysPrimaryFirst());
    const win = createSecureWindow(role, remembered);
    windows.set(role, win);
    win.once('ready-to-show', () => {
      if (states[role]?.maximized && remembered) win.maximize();
      win.show();
    });
    win.on('closed', () => windows.delete(role));
    if (role !== 'audience') trackWindowState(win, role, states, () => saveWindowStates(windowStateFile, states));
    if (role === 'main') win.webContents.on('did-start-loading', () => commands.notListening(win.webContents));
    void win.loadURL(url ?? pageUrlFor(role));
    return win;
  }

  /** Every window of the app: the security options written out where a reviewer (and Electronegativity) reads them. */
  function createSecureWindow(role: WindowRole | 'document', bounds?: Electron.Rectangle): BrowserWindow {
    const base = windowOptions(role === 'document' ? 'main' : role, { preloadPath: paths.preloadPath, iconPath: paths.iconPath, ...(bounds ? { bounds } : {}) });
    const win = new BrowserWindow({
      ...base,
      webPreferences: {
        ...secureWebPreferences(paths.preloadPath, role === 'document' ? 'main' : role),
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        disableBlinkFeatures: 'Auxclick',
      },
    });
    // Crash → reload on the same address; hang → « Attendre » / « Recharger ». Both logged.
    watchWindowHealth(win, {
      log,
      name: role,
      fallbackUrl: role === 'document' ? pageUrlFor('main') : pageUrlFor(role),
      ask: (question) => dialog.showMessageBox(win, question),
    });
    return win;
  }

  /** A page of the app that a link opened in a new window (target="_blank"). */
  function openAppWindow(request: AppWindowRequest): void {
    if (request.role !== 'document') {
      void openWindow(request.role, request.url).then((win) => win.focus());
      return;
    }
    const win = createSecureWindow('document');
    win.once('ready-to-show', () => win.show());
    void win.loadURL(request.url);
  }

  function displaysPrimaryFirst(): Array<{ workArea: Electron.Rectangle }> {
    const primary = screen.getPrimaryDisplay();
    return [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)];
  }

  /** A menu command or a file from the system: to the main window, opened and focused. */
  function toMainWindow(command: Parameters<AppCommandQueue['send']>[0]): void {
    commands.send(command);
    if (isReady) focusMainWindow();
  }

  const openSessionFile = (file: string | undefined) => {
    if (file) toMainWindow({ type: 'open-session-file', path: file });
  };
  // A session file double-clicked to start the app (Windows, Linux)…
  openSessionFile(sessionFileFromArgv(process.argv, process.cwd()));
  // … or handed over by macOS, possibly before 'ready'.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openSessionFile(file);
  });

  function focusMainWindow(): void {
    const win = windows.get('main');
    if (!win || win.isDestroyed()) {
      void openWindow('main');
      return;
    }
    if (win.isMinimized()) win.restore();
    win.focus();
  }

  // A second launch: a session file double-clicked while the app runs comes with it.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    openSessionFile(sessionFileFromArgv(argv, workingDirectory));
    focusMainWindow();
  });
  // Every web contents, including any the app did not create itself, gets the guards.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openAppWindow));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (windows.size === 0) void openWindow('main');
  });

  app
    .whenReady()
    .then(async () => {
      hardenSession(session.defaultSession);
      enableFrenchSpellcheck(session.defaultSession, process.platform);
      // Sessions are files the user can see, copy to a USB key and open elsewhere.
      const documentsDir = path.join(app.getPath('documents'), SESSIONS_FOLDER_NAME);
      const hostService = createHostService({
        slidesDir: paths.slidesDir,
        documentsDir,
        standaloneDir: paths.standaloneDir,
        // « Ouvrir le dossier » of the decks in the user's documents (host/authoring).
        openFolder: (p) => shell.openPath(p),
        desktop: {
          // Exports: Electron saves with native dialogs and prints in a hidden window.
          deckExports: (exports) =>
            createElectronExportApi({
              service: exports,
              BrowserWindow,
              dialog,
              preloadPath: paths.preloadPath,
              documentsDir: app.getPath('documents'),
              fs: { writeFile: (p, data) => writeFile(p, data), access: (p) => access(p) },
              path,
            }),
          // Sessions: native Ouvrir… / Enregistrer sous… and the minutes printed to PDF.
          sessionDialogs: (sessions) =>
            createElectronSessionDialogs({
              dialog,
              BrowserWindow,
              preloadPath: paths.preloadPath,
              sessionsDir: documentsDir,
              getSession: (handle) => sessions.getSession(handle),
              fs: { writeFile: (p, data) => writeFile(p, data) },
              path,
            }),
          displays: true,
        },
      });
      // Pages as the browser host serves them: a deck's first slide comes pre-rendered.
      const appPage = createAppPage({ rendererDir: paths.rendererDir, loadDeck: (id) => hostService.loadDeck(id) });
      protocol.handle(APP_SCHEME, (request) => respondToAppRequest(request, { [APP_HOST]: paths.rendererDir }, undefined, appPage));
      // Sessions opened, created or saved elsewhere join the system's recent documents.
      const service = withRecentDocuments(hostService, (file) => app.addRecentDocument(file));
      app.on('before-quit', () => void hostService.closeAll());
      // The main window's screens listen for menu commands: they get those that waited.
      ipcMain.handle(APP_COMMAND_READY_CHANNEL, (event) => {
        const main = windows.get('main');
        return isTrustedSender(event as unknown as SenderInfo) && main && event.sender === main.webContents ? commands.ready(event.sender) : [];
      });
      // Facilitator mode: one presentation state, kept on disk so a restart resumes it.
      const hub = await PresentationHub.open({ folder: path.join(app.getPath('userData'), 'presentation') });
      // The live meeting (host/meeting) between the windows and the sessions.
      const { service: meetingService, meeting } = withMeeting(service, hub);
      ipcMain.handle(HOST_CALL_CHANNEL, (event, method: unknown, args: unknown) =>
        handleHostCall(meetingService, event, method, args),
      );
      bindMeetingIpc(meeting, ipcMain, {
        isTrustedSender: (event) => isTrustedSender(event as unknown as SenderInfo),
        targets: () => [...windows.values()].filter((w) => !w.isDestroyed()).map((w) => w.webContents),
      });
      // The room's phones see the slide the room sees.
      hostService.participation.followPresentation(hub);
      wirePresentationWindows({
        hub,
        ipc: ipcMain,
        // Electron's overloaded `on` per event, narrowed to the listener main/displays.ts uses.
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
        openAudience: () => {
          const existing = windows.get('audience');
          if (existing && !existing.isDestroyed()) return existing;
          // Created now (the placement needs it at once); its saved bounds are never used.
          const win = createSecureWindow('audience');
          windows.set('audience', win);
          win.once('ready-to-show', () => win.show());
          win.on('closed', () => windows.delete('audience'));
          void win.loadURL(pageUrlFor('audience'));
          return win;
        },
        targets: () => [...windows.values()].filter((w) => !w.isDestroyed()).map((w) => w.webContents),
      });
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          appMenuTemplate({
            platform: process.platform,
            productName: WINDOW_TITLE,
            isDevelopment: !app.isPackaged,
            actions: {
              command: toMainWindow,
              about: () => void dialog.showMessageBox({ type: 'info', buttons: ['Fermer'], ...aboutText(WINDOW_TITLE, app.getVersion()) }),
              openSessionsFolder: () => void mkdir(documentsDir, { recursive: true }).then(() => shell.openPath(documentsDir)),
              openLog: () => {
                log.write('info', 'Journal ouvert depuis le menu Aide.');
                void shell.openPath(log.file);
              },
            },
          }),
        ),
      );
      isReady = true;
      void openWindow('main');
    })
    .catch((error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      dialog.showErrorBox(WINDOW_TITLE, `Le démarrage de l’application a échoué : ${detail}`);
      app.quit();
    });
}
