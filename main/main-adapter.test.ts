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
  windows: [] as Array<{ options: Record<string, unknown>; url?: string }>,
  permissionRequest: undefined as Handler | undefined,
  menu: undefined as unknown,
  errors: [] as string[],
};
let markReady: () => void = () => {};

const electronStandIn = {
  app: {
    isPackaged: false,
    enableSandbox: () => void (seen.sandboxEnabled = true),
    requestSingleInstanceLock: () => true,
    getAppPath: () => repo,
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
    },
  },
  Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: unknown) => void (seen.menu = menu) },
  dialog: { showErrorBox: (_title: string, message: string) => void seen.errors.push(message) },
  BrowserWindow: class {
    private readonly record: { options: Record<string, unknown>; url?: string };
    constructor(options: Record<string, unknown>) {
      this.record = { options };
      seen.windows.push(this.record);
    }
    once() {}
    on() {}
    isDestroyed() {
      return false;
    }
    loadURL(url: string) {
      this.record.url = url;
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
  Module.createRequire(import.meta.url)(bundle);
  seen.ready = true;
  markReady();
  // Startup ends with the main window (after the presentation state is read from disk):
  // wait for it, or for a startup error, rather than for a fixed time a busy machine overruns.
  const until = Date.now() + 10_000;
  while (seen.windows.length === 0 && seen.errors.length === 0 && Date.now() < until) {
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

  it('opens one secure window on app://app', () => {
    expect(seen.windows).toHaveLength(1);
    const [win] = seen.windows;
    expect(win!.url).toBe('app://app/index.html');
    expect(win!.options.title).toBe('CTG Diois');
    expect(win!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      preload: path.join(repo, 'dist/main/preload.cjs'),
    });
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
