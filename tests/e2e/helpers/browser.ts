// Shared by every end-to-end test: Debian's Chromium driven by playwright-core, the
// browser host started in-process on a free port, a record of every request the page
// makes, and where screenshots go. Needs the renderer built (`npm run build`).
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { startServer, type RouteHandler, type RunningServer } from '../../../host/server.js';

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

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** Starts the browser host on a free port, serving the built renderer. */
export async function startTestServer(options: { slidesDir?: string; routes?: RouteHandler[] } = {}): Promise<RunningServer> {
  if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`No renderer build in ${RENDERER_DIR}: run \`npm run build\` before the end-to-end tests.`);
  }
  return startServer({
    slidesDir: options.slidesDir ?? SLIDES_DIR,
    rendererDir: RENDERER_DIR,
    port: 0,
    host: '127.0.0.1',
    ...(options.routes ? { routes: options.routes } : {}),
  });
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
