// The browser host: a node:http server on 127.0.0.1 that serves the renderer build and
// answers the host API at POST /api/call, for machines where Electron cannot run. Every
// response carries the app's CSP; requests naming another host or origin are refused, so
// a web page elsewhere cannot reach it (DNS rebinding, cross-site POST).
import { createReadStream } from 'node:fs';
import { mkdtemp, realpath, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { APP_PAGES } from '../core/app-pages.js';
import type { HostApi } from '../core/host-api.js';
import { contentTypeFor } from './content-types.js';
import { CONTENT_SECURITY_POLICY } from './csp.js';
import { dispatchHostCall } from './dispatch.js';
import { createHostService, type HostService } from './host-service.js';
import { PresentationHub } from './presentation/hub.js';
import { createPresentationRoutes } from './presentation/http.js';
import { createExportRoute } from './export/http.js';
import { createAccessGate, type AccessGate } from './access-key.js';
import { createAppPage } from './first-slide/app-page.js';
import type { MeetingHub } from './meeting/hub.js';
import { withMeeting } from './meeting/assemble.js';
import { createMeetingRoutes } from './meeting/http.js';

/** A route mounted by a later feature: answers and returns true, or returns false untouched. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

export interface ServerOptions {
  slidesDir: string;
  /** The renderer build (`dist/renderer`). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Loopback only: the app is never offered to the network. */
  host?: '127.0.0.1';
  /**
   * Where sessions (séances) are created and listed. `npm run serve` passes the user's
   * documents folder; tests leave it out and get a fresh temporary folder.
   */
  documentsDir?: string;
  /** The standalone player build; defaults to `standalone` beside `rendererDir`. */
  standaloneDir?: string;
  /** Where the presentation state is kept across restarts; in memory only when absent. */
  stateDir?: string;
  /** Defaults to the host services on `slidesDir` and `documentsDir`. */
  service?: HostApi;
  /** Defaults to a hub persisted in `stateDir`. */
  hub?: PresentationHub;
  /** Extra routes (e.g. the presentation hub's), tried before the static files. */
  routes?: RouteHandler[];
  maxBodyBytes?: number;
  /** Where the room's phones reach the participant server (`--participation-address`; tests: 127.0.0.2). */
  participationAddress?: string;
  /** The participant server's port (0: any free one). */
  participationPort?: number;
}

export interface RunningServer {
  /** `http://127.0.0.1:<port>/`: answers 401 until the browser came in through `entryUrl`. */
  url: string;
  /** The address to print and open once: `url` with this start's key (`/?cle=…`). */
  entryUrl: string;
  port: number;
  hub: PresentationHub;
  meeting: MeetingHub;
  documentsDir: string;
  close(): Promise<void>;
}

export const API_CALL_PATH = '/api/call';
// Pictures inserted into decks come as base64 (core/authoring/api.ts MAX_IMAGE_BYTES).
export const DEFAULT_MAX_BODY_BYTES = 6 * 1024 * 1024;

export { APP_PAGES };

/** Headers on every response, whatever it is. */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const documentsDir = options.documentsDir ?? (await mkdtemp(path.join(tmpdir(), 'ctg-diois-seances-')));
  const standaloneDir = options.standaloneDir ?? path.join(path.dirname(path.resolve(options.rendererDir)), 'standalone');
  const hub = options.hub ?? (await PresentationHub.open(options.stateDir ? { folder: options.stateDir } : {}));
  const inner =
    options.service ??
    createHostService({
      slidesDir: options.slidesDir,
      documentsDir,
      standaloneDir,
      ...(options.participationAddress ? { participationAddress: options.participationAddress } : {}),
      ...(options.participationPort !== undefined ? { participationPort: options.participationPort } : {}),
    });
  // The room's phones see the slide the room sees.
  if ('participation' in inner) (inner as HostService).participation.followPresentation(hub);
  // The live meeting (host/meeting) sits between the views and the sessions.
  const { service, meeting } = withMeeting(inner, hub);
  const rendererRoot = await realpath(path.resolve(options.rendererDir));
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  // The presentation hub keeps audience and facilitator views in step (issue: facilitator mode).
  // HTML decks are downloaded from the browser host (Electron saves them with a dialog).
  const routes = [createPresentationRoutes(hub), createMeetingRoutes(meeting, hub), createExportRoute(service), ...(options.routes ?? [])];
  let allowedHosts = new Set<string>();
  let gate: AccessGate | undefined;
  // index.html, with the first slide already rendered when the page opens on a deck.
  const appPage = createAppPage({ rendererDir: rendererRoot, loadDeck: (id) => service.loadDeck(id) });

  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    handle(req, res).catch((error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      if (!res.headersSent) sendText(res, 500, `Erreur interne du serveur : ${detail}`);
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const refusal = checkRequestOrigin(req, allowedHosts);
    if (refusal) return sendText(res, 403, refusal);
    // Every route but the entry address needs the key's cookie (host/access-key.ts).
    const pathname = pathnameOf(req.url);
    if (pathname === null) return sendText(res, 400, 'Adresse invalide.');
    if (!gate || gate.check(req, res, new URL(req.url ?? '/', 'http://localhost'))) return;

    if (pathname === API_CALL_PATH) return handleApiCall(req, res, service, maxBody);
    for (const route of routes) if (route(req, res)) return;

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      return sendText(res, 405, `Méthode ${String(req.method)} non prise en charge.`);
    }
    if (APP_PAGES.has(pathname)) return sendHtml(req, res, await appPage(pathname, new URL(req.url ?? '/', 'http://localhost').search));
    const file = await resolveStaticFile(rendererRoot, pathname);
    if (!file) return sendText(res, 404, 'Introuvable.');
    // Vite names built assets by content hash: they never change under the same name.
    const cache = pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    return sendFile(req, res, file, cache);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  gate = createAccessGate(port);

  return {
    url: `http://${host}:${port}/`,
    entryUrl: gate.entryUrl(`http://${host}:${port}/`),
    port,
    hub,
    meeting,
    documentsDir,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Sessions still open are saved before the server goes (Ctrl+C in a meeting).
        const closing = 'closeAll' in service && typeof service.closeAll === 'function' ? (service.closeAll as () => Promise<void>)() : Promise.resolve();
        void closing.catch(() => undefined).finally(() => server.close((error) => (error ? reject(error) : resolve())));
        // Open keep-alive and event-stream connections would hold close() forever.
        server.closeAllConnections();
      }),
  };
}

/**
 * Refuses a request whose Host is not this server's own (a DNS-rebinding page reaches us
 * under its own name) or that comes from another site's page (Origin, Sec-Fetch-Site).
 * Returns a French reason, or null when the request is acceptable.
 */
export function checkRequestOrigin(req: Pick<IncomingMessage, 'headers'>, allowedHosts: ReadonlySet<string>): string | null {
  const hostHeader = req.headers.host?.toLowerCase();
  if (!hostHeader || !allowedHosts.has(hostHeader)) return 'Requête refusée : adresse de serveur inattendue.';
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== 'null') {
    let originHost: string;
    try {
      const u = new URL(origin);
      originHost = u.protocol === 'http:' ? u.host.toLowerCase() : '';
    } catch {
      originHost = '';
    }
    if (!allowedHosts.has(originHost)) return 'Requête refusée : elle vient d’un autre site.';
  } else if (origin === 'null') {
    return 'Requête refusée : origine opaque.';
  }
  if (req.headers['sec-fetch-site'] === 'cross-site') return 'Requête refusée : elle vient d’un autre site.';
  return null;
}

/** The decoded path of a request URL, or null if it cannot be decoded. */
function pathnameOf(url: string | undefined): string | null {
  try {
    return decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname);
  } catch {
    return null;
  }
}

/**
 * The file under `root` that a decoded URL path names, or null: no `..`, no NUL or
 * backslash, and no symlink leading out of the folder.
 */
export async function resolveStaticFile(root: string, pathname: string): Promise<string | null> {
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname.split('/').some((segment) => segment === '..')) return null;
  const candidate = path.resolve(root, `.${pathname}`);
  if (!candidate.startsWith(root + path.sep)) return null;
  try {
    const real = await realpath(candidate);
    if (!real.startsWith(root + path.sep)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

async function sendFile(req: IncomingMessage, res: ServerResponse, file: string, cacheControl: string): Promise<void> {
  const info = await stat(file);
  res.writeHead(200, {
    'content-type': contentTypeFor(file),
    'content-length': info.size,
    'cache-control': cacheControl,
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await new Promise<void>((resolve, reject) => {
    createReadStream(file).on('error', reject).pipe(res).on('finish', resolve).on('close', resolve);
  });
}

async function handleApiCall(req: IncomingMessage, res: ServerResponse, service: HostApi, maxBody: number): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST');
    return sendJson(res, 405, { ok: false, message: 'Méthode non prise en charge : POST attendu.' });
  }
  // A JSON content type cannot be sent by a plain HTML form: one more bar to cross-site posts.
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
    return sendJson(res, 415, { ok: false, message: 'Format de requête inattendu : JSON attendu.' });
  }
  const body = await readBody(req, maxBody);
  if (body === null) return sendJson(res, 413, { ok: false, message: 'Requête trop volumineuse.' });
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return sendJson(res, 400, { ok: false, message: 'Requête illisible : JSON invalide.' });
  }
  const { method, args } = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as { method?: unknown; args?: unknown };
  return sendJson(res, 200, await dispatchHostCall(service, method, args));
}

/** The request body as text, or null once it passes `limit` bytes (reading stops there). */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendHtml(req: IncomingMessage, res: ServerResponse, html: string): void {
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(html),
    'cache-control': 'no-cache',
  });
  res.end(req.method === 'HEAD' ? undefined : html);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  res.end(body);
}

function sendText(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(message),
    'cache-control': 'no-store',
  });
  res.end(message);
}
