// The bundled main process (dist/main/main.cjs) run in Node against a stand-in for the
// 'electron' module, which cannot run here: checks the wiring the unit tests cannot see
// (scheme registered before ready, the protocol handler, the guarded IPC handler on the
// real decks, the window's options and page, the hardening hooks).
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import Module from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_CALL_CHANNEL, type HostCallResponse } from '../core/host-api.js';
import { CONTENT_SECURITY_POLICY } from '../host/csp.js';
import { APP_COMMAND_READY_CHANNEL } from '../core/app-menu/api.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const userFolders = mkdtempSync(path.join(tmpdir(), 'ctg-main-adapter-'));
const bundle = path.join(repo, 'dist/main/main.cjs');

type Handler = (...args: unknown[]) => unknown;
const seen = {
  ready: false,
  privilegedBeforeReady: undefined as boolean | undefined,
  privileged: [] as unknown[],
  sandboxEnabled: false,
  protocolHandlers: new Map<string, Handler>(),
  ipcHandlers: new Map<string, Handler>(),
  appEvents: new Map<string, Handler>(),
  windows: [] as Array<{ options: Record<string, unknown>; url?: string; webContents: WebContentsStandIn }>,
  recent: [] as string[],
  spellcheckLanguages: undefined as string[] | undefined,
  permissionRequest: undefined as Handler | undefined,
  menu: undefined as unknown,
  errors: [] as string[],
};
let markReady: () => void = () => {};

class WebContentsStandIn {
  readonly handlers = new Map<string, Handler>();
  url = '';
  on(event: string, handler: Handler) {
    this.handlers.set(event, handler);
  }
  getURL() {
    return this.url;
  }
  send() {}
  isDestroyed() {
    return false;
  }
}
// A session file double-clicked to start the app arrives as an argument.
const launchedWith = path.join(userFolders, 'clé USB', 'COPIL.ctg-seance.json');

const electronStandIn = {
  app: {
    isPackaged: false,
    enableSandbox: () => void (seen.sandboxEnabled = true),
    requestSingleInstanceLock: () => true,
    getAppPath: () => repo,
    getVersion: () => '0.1.0',
    addRecentDocument: (file: string) => void seen.recent.push(file),
    // Documents and user data go to a temporary folder, never the real home of the machine.
    getPath: (name: string) => path.join(userFolders, name),
    quit: () => {},
    on: (event: string, handler: Handler) => void seen.appEvents.set(event, handler),
    whenReady: () => new Promise<void>((resolve) => (markReady = resolve)),
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => {
      seen.privilegedBeforeReady = !seen.ready;
      seen.privileged = schemes;
    },
    handle: (scheme: string, handler: Handler) => void seen.protocolHandlers.set(scheme, handler),
  },
  ipcMain: { handle: (channel: string, handler: Handler) => void seen.ipcHandlers.set(channel, handler) },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler: Handler) => void (seen.permissionRequest = handler),
      setPermissionCheckHandler: () => {},
      setDevicePermissionHandler: () => {},
      setSpellCheckerEnabled: () => {},
      setSpellCheckerDictionaryDownloadURL: () => {},
      setSpellCheckerLanguages: (languages: string[]) => void (seen.spellcheckLanguages = languages),
    },
  },
  screen: {
    getPrimaryDisplay: () => ({ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
    getAllDisplays: () => [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
    on: () => {},
    removeListener: () => {},
  },
  shell: { openPath: async () => '' },
  Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: unknown) => void (seen.menu = menu) },
  dialog: { showErrorBox: (_title: string, message: string) => void seen.errors.push(message) },
  BrowserWindow: class {
    private readonly record: { options: Record<string, unknown>; url?: string; webContents: WebContentsStandIn };
    readonly webContents = new WebContentsStandIn();
    constructor(options: Record<string, unknown>) {
      this.record = { options, webContents: this.webContents };
      seen.windows.push(this.record);
    }
    once() {}
    on() {}
    isDestroyed() {
      return false;
    }
    loadURL(url: string) {
      this.record.url = url;
      this.webContents.url = url;
      return Promise.resolve();
    }
  },
};

type Loader = { _load: (request: string, ...rest: unknown[]) => unknown };
const loader = Module as unknown as Loader;
const originalLoad = loader._load;

beforeAll(async () => {
  if (!existsSync(bundle)) execSync('npm run build:node', { cwd: repo, stdio: 'inherit' });
  loader._load = function (request: string, ...rest: unknown[]) {
    return request === 'electron' ? electronStandIn : originalLoad.call(this, request, ...rest);
  };
  process.argv.push(launchedWith);
  Module.createRequire(import.meta.url)(bundle);
  process.argv.pop();
  seen.ready = true;
  markReady();
  // Until the main window is open (or start-up failed), never longer than 10 s.
  for (let waited = 0; seen.windows.length === 0 && seen.errors.length === 0 && waited < 10_000; waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}, 120_000);

afterAll(() => {
  loader._load = originalLoad;
});

describe('main process wiring (stand-in Electron)', () => {
  it('registers app:// as standard, secure and fetch-capable before ready, and sandboxes every renderer', () => {
    expect(seen.privilegedBeforeReady).toBe(true);
    expect(seen.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(seen.sandboxEnabled).toBe(true);
    expect(seen.errors).toEqual([]);
  });

  it('hands a session file given at launch to the main window once its page listens, and checks spelling in French', async () => {
    const ready = seen.ipcHandlers.get(APP_COMMAND_READY_CHANNEL)!;
    const main = seen.windows[0]!;
    const frame = { senderFrame: { origin: 'app://app', url: 'app://app/index.html', parent: null } };
    // Another page (a print window) gets nothing.
    expect(await ready({ ...frame, sender: new WebContentsStandIn() })).toEqual([]);
    expect(await ready({ ...frame, sender: main.webContents })).toEqual([{ type: 'open-session-file', path: launchedWith }]);
    expect(await ready({ ...frame, sender: main.webContents })).toEqual([]);
    expect(seen.spellcheckLanguages).toEqual(['fr']);
  });

  it('opens one secure window on app://app', () => {
    expect(seen.windows).toHaveLength(1);
    const [win] = seen.windows;
    expect(win!.url).toBe('app://app/index.html');
    expect(win!.options.title).toBe('CTG Diois');
    expect(win!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
      preload: path.join(repo, 'dist/main/preload.cjs'),
    });
    // Crash and hang recovery are wired on the window's page.
    expect(win!.webContents.handlers.has('render-process-gone')).toBe(true);
  });

  it('serves the renderer build over app:// with the CSP, and refuses traversal', async () => {
    const handler = seen.protocolHandlers.get('app')!;
    const page = (await handler({ url: 'app://app/index.html', method: 'GET' })) as Response;
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<div id="root">');
    const escape = (await handler({ url: 'app://app/%2e%2e/package.json', method: 'GET' })) as Response;
    expect(escape.status).toBe(403);
  });

  it('answers the host API over IPC from the app page only, with the decks of slides/', async () => {
    const handler = seen.ipcHandlers.get(HOST_CALL_CHANNEL)!;
    const fromApp = { senderFrame: { origin: 'app://app', url: 'app://app/index.html', parent: null } };
    const listed = (await handler(fromApp, 'listDecks', [])) as HostCallResponse;
    expect(listed.ok).toBe(true);
    const files = readdirSync(path.join(repo, 'slides')).filter((name) => name.endsWith('.md') && name !== 'README.md');
    if (listed.ok) expect((listed.value as Array<{ file: string }>).map((deck) => deck.file).sort()).toEqual(files.sort());

    const foreign = { senderFrame: { origin: 'https://evil.example', url: 'https://evil.example/', parent: null } };
    expect(await handler(foreign, 'listDecks', [])).toMatchObject({ ok: false });
    expect(await handler(fromApp, 'loadDeck', ['../../etc/passwd'])).toMatchObject({ ok: false });
  });

  it('is the desktop host: its capabilities say so, from the services main passed in', async () => {
    const handler = seen.ipcHandlers.get(HOST_CALL_CHANNEL)!;
    const fromApp = { senderFrame: { origin: 'app://app', url: 'app://app/index.html', parent: null } };
    expect(await handler(fromApp, 'getCapabilities', [])).toEqual({ ok: true, value: { nativeDialogs: true, pdfPrinter: true, displays: true } });
  });

  it('hardens every web contents and refuses permissions such as the camera', () => {
    expect(seen.appEvents.has('web-contents-created')).toBe(true);
    expect(seen.appEvents.has('second-instance')).toBe(true);
    const answers: boolean[] = [];
    seen.permissionRequest!({}, 'media', (granted: boolean) => answers.push(granted), { requestingUrl: 'app://app/index.html' });
    seen.permissionRequest!({}, 'fullscreen', (granted: boolean) => answers.push(granted), { requestingUrl: 'app://app/index.html' });
    expect(answers).toEqual([false, true]);
    expect(seen.menu).toBeDefined();
  });
});
