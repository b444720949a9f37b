// HTTP transport of the presentation hub, for the browser host to mount: a Server-Sent
// Events stream of the state, and a POST route for actions. Plain node:http handlers, no
// framework, so any server (host/server.ts, a test's bare server) can use them.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parsePresentationAction } from '../../core/presentation/actions.js';
import {
  PRESENTATION_ACTION_PATH,
  PRESENTATION_EVENTS_PATH,
  PRESENTATION_STATE_PATH,
  STATE_EVENT,
  type ActionResponse,
  type StateMessage,
} from '../../core/presentation/api.js';
import type { PresentationHub } from './hub.js';

export interface PresentationHttpOptions {
  /** A comment line every so often keeps proxies and idle timeouts from closing the stream. */
  heartbeatMs?: number;
  /** Largest action body accepted, in bytes (an openDeck of a long deck is the largest). */
  maxBodyBytes?: number;
}

export const DEFAULT_HEARTBEAT_MS = 15_000;
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

const JSON_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
} as const;

/**
 * Returns one request handler for the three presentation routes. It answers and returns
 * true for them, and returns false (without touching the response) for any other URL.
 */
export function createPresentationRoutes(
  hub: PresentationHub,
  options: PresentationHttpOptions = {},
): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    const pathname = pathOf(req.url);
    const route =
      pathname === PRESENTATION_EVENTS_PATH
        ? { method: 'GET', run: () => handlePresentationEvents(hub, req, res, options) }
        : pathname === PRESENTATION_STATE_PATH
          ? { method: 'GET', run: () => handlePresentationState(hub, req, res) }
          : pathname === PRESENTATION_ACTION_PATH
            ? { method: 'POST', run: () => void handlePresentationAction(hub, req, res, options) }
            : null;
    if (!route) return false;
    if (req.method !== route.method) {
      sendJson(res, 405, { ok: false, message: `Méthode ${String(req.method)} non prise en charge ici : ${route.method} attendu.` }, { allow: route.method });
      return true;
    }
    route.run();
    return true;
  };
}

/**
 * GET /api/presentation/events: a Server-Sent Events stream. Sends the whole state on
 * connect (so a reconnecting view is up to date at once) and after every change, as
 * `event: state` with a JSON `StateMessage`; a comment line as heartbeat.
 */
export function handlePresentationEvents(hub: PresentationHub, req: IncomingMessage, res: ServerResponse, options: PresentationHttpOptions = {}): void {
  req.socket.setNoDelay(true); // each event is small and must reach the projector now
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
    'x-content-type-options': 'nosniff',
  });
  // Reconnect quickly after a host restart or a network hiccup.
  res.write('retry: 1000\n\n');
  const unsubscribe = hub.subscribe((message) => {
    if (!res.writableEnded) res.write(formatEvent(message));
  });
  const heartbeat = setInterval(() => {
    if (!res.writableEnded) res.write(': ping\n\n');
  }, options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS);
  heartbeat.unref();
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    unsubscribe();
  };
  req.on('close', close);
  res.on('close', close);
}

/** One SSE event. JSON.stringify never emits a raw newline, so `data:` is one line. */
export function formatEvent(message: StateMessage): string {
  return `id: ${message.state.revision}\nevent: ${STATE_EVENT}\ndata: ${JSON.stringify(message)}\n\n`;
}

/** GET /api/presentation/state: the current `StateMessage`, once. */
export function handlePresentationState(hub: PresentationHub, _req: IncomingMessage, res: ServerResponse): void {
  sendJson(res, 200, hub.message());
}

/**
 * POST /api/presentation/action: one JSON action. Answers 200 with the new state, or an
 * error with a French message: 400 malformed, 409 not possible now, 413 too large,
 * 415 not JSON, 403 sent by another site.
 */
export async function handlePresentationAction(
  hub: PresentationHub,
  req: IncomingMessage,
  res: ServerResponse,
  options: PresentationHttpOptions = {},
): Promise<void> {
  // Only this app's pages may act: a JSON content type cannot be sent cross-site without
  // a CORS preflight (which is never granted), and a foreign Origin is refused outright.
  if (!isJson(req.headers['content-type'])) {
    sendJson(res, 415, { ok: false, message: 'Type de contenu refusé : application/json attendu.' });
    return;
  }
  if (!sameOrigin(req)) {
    sendJson(res, 403, { ok: false, message: 'Action refusée : elle ne vient pas de l’application.' });
    return;
  }
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const body = await readBody(req, limit);
  if (body === 'too-large') {
    sendJson(res, 413, { ok: false, message: `Action trop volumineuse : ${Math.floor(limit / 1024)} Kio au plus.` }, { connection: 'close' });
    req.resume();
    return;
  }
  if (body === 'aborted') return;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    sendJson(res, 400, { ok: false, message: 'Action illisible : le corps de la requête n’est pas du JSON valide.' });
    return;
  }
  const parsed = parsePresentationAction(value);
  if (!parsed.ok) {
    sendJson(res, 400, parsed);
    return;
  }
  const result = hub.apply(parsed.action);
  sendJson(res, result.ok ? 200 : 409, result);
}

function readBody(req: IncomingMessage, limit: number): Promise<string | 'too-large' | 'aborted'> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve('too-large');
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks).toString('utf8'));
    };
    const onAbort = () => {
      cleanup();
      resolve('aborted');
    };
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onAbort);
      req.off('aborted', onAbort);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onAbort);
    req.on('aborted', onAbort);
  });
}

function sendJson(res: ServerResponse, status: number, body: ActionResponse | StateMessage, extra: Record<string, string> = {}): void {
  if (res.headersSent) return;
  res.writeHead(status, { ...JSON_HEADERS, ...extra });
  res.end(JSON.stringify(body));
}

function isJson(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json';
}

/** True without an Origin header (non-browser clients) or when it names this very host. */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  const host = req.headers.host;
  if (!host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function pathOf(url: string | undefined): string {
  const raw = url ?? '/';
  const q = raw.search(/[?#]/);
  return q === -1 ? raw : raw.slice(0, q);
}
