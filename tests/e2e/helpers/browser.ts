// Shared by every end-to-end test: Debian's Chromium driven by playwright-core, the
// browser host started in-process on a free port, a record of every request the page
// makes, and where screenshots go. Needs the renderer built (`npm run build`).
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { startServer, type RunningServer, type ServerOptions } from '../../../host/server.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const RENDERER_DIR = path.join(REPO_ROOT, 'dist', 'renderer');
export const SLIDES_DIR = path.join(REPO_ROOT, 'slides');
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Without the networking flags Chromium tries to reach Google and gets refused. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** The projector's logical size, also the screenshots' size. */
export const PROJECTOR_VIEWPORT = { width: 1920, height: 1080 } as const;

// The browser host answers 401 until a browser came in through its entry address (the one
// `npm start` prints, with the key). Every context of a browser launched here goes through
// the entry address of every host started here, as a user does, whichever came first: the
// cookie then rides along on every page, popup, fetch and event stream of that context.
const entryUrls = new Set<string>();
const liveContexts = new Set<BrowserContext>();

/** Visits the entry address in `context` (cookie jar shared with its pages), then the clean one. */
export async function enterApp(context: BrowserContext, entryUrl: string): Promise<void> {
  const response = await context.request.get(entryUrl, { maxRedirects: 0 });
  if (response.status() !== 303) throw new Error(`entry address answered ${response.status()}, not 303`);
}

/** From now on, contexts enter this host too (servers started here register themselves). */
export async function registerAppEntry(entryUrl: string): Promise<void> {
  entryUrls.add(entryUrl);
  await Promise.all(
    [...liveContexts].map((context) =>
      enterApp(context, entryUrl).catch((error: unknown) => {
        // A context closed meanwhile needs no key; any other failure is the test's.
        if (liveContexts.has(context)) throw error;
      }),
    ),
  );
}

/** A host that stops: contexts made from now on no longer enter it. */
export function unregisterAppEntry(entryUrl: string): void {
  entryUrls.delete(entryUrl);
}

export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
    const context = await newContext(...args);
    liveContexts.add(context);
    context.on('close', () => liveContexts.delete(context));
    for (const entryUrl of entryUrls) await enterApp(context, entryUrl);
    return context;
  };
  // browser.newPage() makes its own context: route it through the wrapper, and close that
  // context with its page, as Playwright does.
  browser.newPage = async (...args: Parameters<Browser['newPage']>) => {
    const context = await browser.newContext(...args);
    const page = await context.newPage();
    page.once('close', () => {
      liveContexts.delete(context);
      void context.close().catch(() => undefined);
    });
    return page;
  };
  return browser;
}

/** The key's cookie for Node-side requests, obtained like a browser does: GET the entry address. */
export async function keyCookie(entryUrl: string): Promise<string> {
  const response = await fetch(entryUrl, { redirect: 'manual' });
  const setCookie = response.headers.get('set-cookie');
  if (response.status !== 303 || !setCookie) throw new Error(`entry address answered ${response.status} without a cookie`);
  return setCookie.split(';')[0]!;
}

/** fetch() against a host, with its key's cookie. */
export async function appFetch(server: Pick<RunningServer, 'url' | 'entryUrl'>, pathOrUrl: string | URL, init: RequestInit = {}): Promise<Response> {
  const cookie = await keyCookie(server.entryUrl);
  const headers = new Headers(init.headers);
  headers.set('cookie', cookie);
  return fetch(new URL(pathOrUrl, server.url), { ...init, headers });
}

/**
 * Starts the browser host on a free port, serving the built renderer (any other option of
 * startServer passes through), and registers its entry address so every browser context enters
 * with the key, as a user does.
 */
export async function startTestServer(options: Partial<ServerOptions> = {}): Promise<RunningServer> {
  if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`No renderer build in ${RENDERER_DIR}: run \`npm run build\` before the end-to-end tests.`);
  }
  const server = await startServer({ slidesDir: SLIDES_DIR, rendererDir: RENDERER_DIR, port: 0, host: '127.0.0.1', ...options });
  await registerAppEntry(server.entryUrl);
  const close = server.close.bind(server);
  return {
    ...server,
    close: async () => {
      unregisterAppEntry(server.entryUrl);
      await close();
    },
  };
}

/** Every request a page (and its workers) makes, to prove nothing leaves the app's origin. */
export class RequestLog {
  readonly urls: string[] = [];

  constructor(target: Page | BrowserContext) {
    target.on('request', (request: Request) => this.urls.push(request.url()));
  }

  /** Requests to anything but `origin` (data: and blob: URLs are the page's own memory). */
  foreign(origin: string): string[] {
    return this.urls.filter((url) => {
      if (url.startsWith('data:') || url.startsWith('blob:')) return false;
      try {
        return new URL(url).origin !== origin;
      } catch {
        return true;
      }
    });
  }
}

/** A fresh context and page at projector size, with its requests recorded. */
export async function openProjectorPage(browser: Browser): Promise<{ context: BrowserContext; page: Page; requests: RequestLog }> {
  const context = await browser.newContext({ viewport: PROJECTOR_VIEWPORT, deviceScaleFactor: 1, locale: 'fr-FR' });
  const requests = new RequestLog(context);
  const page = await context.newPage();
  return { context, page, requests };
}

/** `test-results/<name>.png`, its folder created. */
export async function screenshotPath(name: string): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true });
  return path.join(RESULTS_DIR, `${name}.png`);
}

/** A temporary copy of the real slides folder, plus extra files (e.g. a broken deck). */
export async function copySlides(extraFiles: Readonly<Record<string, string>> = {}): Promise<{ dir: string; remove: () => Promise<void> }> {
  const parent = await mkdtemp(path.join(os.tmpdir(), 'ctg-slides-'));
  const dir = path.join(parent, 'slides');
  await cp(SLIDES_DIR, dir, { recursive: true });
  for (const [name, text] of Object.entries(extraFiles)) await writeFile(path.join(dir, name), text, 'utf8');
  return { dir, remove: () => rm(parent, { recursive: true, force: true }) };
}
