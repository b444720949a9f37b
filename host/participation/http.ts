// The participant server: the one thing of the app the room's phones can reach. Its own
// node:http server on its own address and port, with only the phone routes (everything
// else, the host API and the app's pages included, is 404), a join code, a token cookie per
// phone, small bodies, timeouts, a connection cap and a strict CSP.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { joinRequestSchema, phoneActionSchema } from '../../core/participation/api.js';
import { sameJoinCode } from '../../core/participation/join-code.js';
import { CLOSED_EVENT, MAX_PHONE_BODY_BYTES, PHONE_ROUTES, TOKEN_COOKIE, VIEW_EVENT } from '../../core/participation/protocol.js';
import { retryMessage } from '../../core/participation/rate-limit.js';
import type { Room } from './room.js';

export interface PhoneAssets {
  script: string;
  style: string;
}

export interface ParticipantServerOptions {
  /** One address of the machine (never 0.0.0.0: checked by the caller). */
  address: string;
  /** 0 picks a free port. */
  port?: number;
  room: Room;
  assets: PhoneAssets;
  /** Open connections beyond this get the « salle pleine » page. */
  maxConnections?: number;
  heartbeatMs?: number;
}

export interface ParticipantServer {
  address: string;
  port: number;
  /** `http://<address>:<port>` */
  origin: string;
  /** Open TCP connections (tests, bench). */
  readonly connections: number;
  /** Tells every phone, then stops. */
  close(): Promise<void>;
}

// Each phone holds its event stream and a keep-alive socket for its posts: 1,000 covers a forum of 200 with room to spare.
export const DEFAULT_MAX_CONNECTIONS = 1_000;
/** Live streams one phone may hold (a few tabs), so one phone cannot use up the room's connections. */
const MAX_STREAMS_PER_TOKEN = 3;

export const PHONE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': PHONE_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

const FULL_PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Salle pleine</title></head><body><h1>Salle pleine</h1><p>Trop de téléphones sont connectés en ce moment. Réessayez dans une minute, ou partagez l’écran d’un voisin.</p></body></html>`;

export function phonePageHtml(): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>Participer — CTG Diois</title>
<link rel="stylesheet" href="${PHONE_ROUTES.style}">
<script src="${PHONE_ROUTES.script}" defer></script>
</head>
<body>
<main id="app" aria-live="polite"><h1>Participer</h1><p>Chargement…</p></main>
<noscript><p>Cette page a besoin de JavaScript pour participer.</p></noscript>
</body>
</html>`;
}

export async function startParticipantServer(options: ParticipantServerOptions): Promise<ParticipantServer> {
  const { room } = options;
  const maxConnections = options.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const page = Buffer.from(phonePageHtml());
  const script = Buffer.from(options.assets.script);
  const style = Buffer.from(options.assets.style);
  const sockets = new Set<Socket>();
  const streams = new Map<string, number>();
  const closers = new Set<() => void>();
  let allowedHost = '';
  let origin = '';

  const server: Server = createServer(
    // A slow or silent client cannot hold a connection: headers within 5 s, the whole request within 10 s.
    { headersTimeout: 5_000, requestTimeout: 10_000, keepAliveTimeout: 5_000, maxHeaderSize: 8 * 1024, connectionsCheckingInterval: 1_000 },
    (req, res) => {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
      try {
        handle(req, res);
      } catch (error) {
        if (!res.headersSent) sendJson(res, 500, { ok: false, message: 'Erreur du serveur de participation.' });
        else res.destroy();
        console.error('Participation :', error);
      }
    },
  );
  // Beyond the cap the system refuses at once: nothing to parse, nothing to allocate.
  server.maxConnections = maxConnections + 50;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  function handle(req: IncomingMessage, res: ServerResponse): void {
    if (sockets.size > maxConnections) {
      res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', connection: 'close', 'retry-after': '60' });
      res.end(FULL_PAGE);
      return;
    }
    // DNS rebinding: only our own address; cross-site pages: no.
    if ((req.headers.host ?? '').toLowerCase() !== allowedHost) return sendText(res, 403, 'Adresse inattendue.');
    const reqOrigin = req.headers.origin;
    if ((reqOrigin !== undefined && reqOrigin !== origin) || req.headers['sec-fetch-site'] === 'cross-site') return sendText(res, 403, 'Requête refusée.');
    const url = new URL(req.url ?? '/', origin);
    const route = `${req.method} ${url.pathname}`;
    switch (route) {
      case `GET ${PHONE_ROUTES.page}`:
      case `HEAD ${PHONE_ROUTES.page}`:
        return sendBytes(req, res, page, 'text/html; charset=utf-8');
      case `GET ${PHONE_ROUTES.script}`:
        return sendBytes(req, res, script, 'text/javascript; charset=utf-8');
      case `GET ${PHONE_ROUTES.style}`:
        return sendBytes(req, res, style, 'text/css; charset=utf-8');
      case `POST ${PHONE_ROUTES.join}`:
        return void readJson(req, res, (body) => join(req, res, body));
      case `POST ${PHONE_ROUTES.act}`:
        return void readJson(req, res, (body) => act(req, res, body));
      case `GET ${PHONE_ROUTES.events}`:
        return events(req, res);
      default:
        return sendText(res, 404, 'Introuvable.');
    }
  }

  function join(req: IncomingMessage, res: ServerResponse, body: unknown): void {
    const where = req.socket.remoteAddress ?? '?';
    const limit = room.joins.take(where);
    if (!limit.ok) return sendJson(res, 429, { ok: false, message: retryMessage(limit.retryAfterMs) });
    const parsed = joinRequestSchema.safeParse(body);
    if (!parsed.success || !sameJoinCode(parsed.data.code, room.code)) {
      return sendJson(res, 403, { ok: false, message: 'Ce code ne correspond pas à la séance. Vérifiez les six caractères affichés à l’écran.' });
    }
    const known = tokenOf(req);
    const token = known && room.knows(known) && !parsed.data.fresh ? known : randomBytes(24).toString('base64url');
    const reply = room.join(token, parsed.data.name);
    if (!reply.ok) return sendJson(res, 409, reply);
    res.setHeader('set-cookie', `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    sendJson(res, 200, { ok: true });
  }

  function act(req: IncomingMessage, res: ServerResponse, body: unknown): void {
    const token = tokenOf(req);
    if (!token || !room.knows(token)) return sendJson(res, 401, { ok: false, message: 'Rejoignez d’abord la séance avec le code affiché.' });
    const parsed = phoneActionSchema.safeParse(body);
    if (!parsed.success) return sendJson(res, 400, { ok: false, message: 'Demande non reconnue.' });
    const reply = room.phoneAction(token, parsed.data);
    sendJson(res, reply.ok ? 200 : reply.limited ? 429 : 409, reply.ok ? reply : { ok: false, message: reply.message });
  }

  function events(req: IncomingMessage, res: ServerResponse): void {
    const token = tokenOf(req);
    if (!token || !room.knows(token)) return sendJson(res, 401, { ok: false, message: 'Rejoignez d’abord la séance avec le code affiché.' });
    if ((streams.get(token) ?? 0) >= MAX_STREAMS_PER_TOKEN) return sendJson(res, 429, { ok: false, message: 'Trop d’onglets ouverts sur ce téléphone.' });
    streams.set(token, (streams.get(token) ?? 0) + 1);
    req.socket.setNoDelay(true);
    req.socket.setTimeout(0);
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    res.write('retry: 2000\n\n');
    let detach = (): void => undefined;
    const heartbeat = setInterval(() => res.write(': ping\n\n'), heartbeatMs);
    heartbeat.unref();
    const stop = (): void => {
      clearInterval(heartbeat);
      detach();
      closers.delete(end);
      const n = (streams.get(token) ?? 1) - 1;
      if (n > 0) streams.set(token, n);
      else streams.delete(token);
    };
    const end = (): void => {
      if (!res.writableEnded) res.end(`event: ${CLOSED_EVENT}\ndata: {}\n\n`);
      stop();
    };
    closers.add(end);
    detach = room.attach(token, (json) => {
      if (res.writableEnded) return;
      if (json === null) end();
      else res.write(`event: ${VIEW_EVENT}\ndata: ${json}\n\n`);
    });
    res.on('close', stop);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.address, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  allowedHost = `${options.address}:${port}`;
  origin = `http://${allowedHost}`;

  return {
    address: options.address,
    port,
    origin,
    get connections() {
      return sockets.size;
    },
    close: () =>
      new Promise<void>((resolve) => {
        room.close();
        for (const end of [...closers]) end();
        server.close(() => resolve());
        // Let the closing events leave before cutting what remains.
        setTimeout(() => server.closeAllConnections(), 200).unref();
      }),
  };
}

function tokenOf(req: IncomingMessage): string | null {
  const cookie = req.headers.cookie ?? '';
  const m = new RegExp(`(?:^|;\\s*)${TOKEN_COOKIE}=([A-Za-z0-9_-]{16,64})(?:;|$)`).exec(cookie);
  return m ? m[1]! : null;
}

/** Reads a JSON body of at most MAX_PHONE_BODY_BYTES; answers 413/415/400 itself. */
function readJson(req: IncomingMessage, res: ServerResponse, then: (body: unknown) => void): void {
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
    req.resume();
    return sendJson(res, 415, { ok: false, message: 'Format de requête inattendu.' });
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > MAX_PHONE_BODY_BYTES) {
    res.setHeader('connection', 'close');
    sendJson(res, 413, { ok: false, message: 'Texte trop long.' });
    req.destroy();
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let over = false;
  req.on('data', (chunk: Buffer) => {
    if (over) return;
    size += chunk.length;
    if (size > MAX_PHONE_BODY_BYTES) {
      over = true;
      res.setHeader('connection', 'close');
      sendJson(res, 413, { ok: false, message: 'Texte trop long.' });
      req.destroy();
      return;
    }
    chunks.push(chunk);
  });
  req.on('end', () => {
    if (over) return;
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return sendJson(res, 400, { ok: false, message: 'Demande illisible.' });
    }
    then(body);
  });
  req.on('error', () => undefined);
}

function sendBytes(req: IncomingMessage, res: ServerResponse, body: Buffer, type: string): void {
  res.writeHead(200, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-cache' });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' });
  res.end(body);
}

function sendText(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(message), 'cache-control': 'no-store' });
  res.end(message);
}
