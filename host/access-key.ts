// The browser host's key: any program or other account on the machine can reach
// 127.0.0.1, so the API answers only a browser that came in through the address printed at
// start (`/?cle=<secret>`). That visit trades the key for an HttpOnly, SameSite=Strict
// cookie and is sent on to the clean address, so the key does not linger in the address bar,
// the history or later URLs. A new key is made at each start.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The query parameter of the entry address. */
export const ACCESS_KEY_PARAM = 'cle';
/** 256 bits from the system's CSPRNG. */
export const ACCESS_KEY_BYTES = 32;

export const MISSING_KEY_MESSAGE =
  'Accès refusé\u00a0: ouvrez l’application par l’adresse affichée au démarrage (elle contient une clé), par exemple en relançant «\u00a0npm start\u00a0».';
export const WRONG_KEY_MESSAGE =
  'Accès refusé\u00a0: cette clé n’est pas (ou plus) celle du serveur. Ouvrez l’adresse affichée au dernier démarrage.';

export function newAccessKey(): string {
  return randomBytes(ACCESS_KEY_BYTES).toString('base64url');
}

/** One cookie per port: cookies ignore ports, and two hosts side by side must not evict each other's. */
export const accessCookieName = (port: number): string => `ctg-cle-${port}`;

/** The decoded value of cookie `name` in a Cookie header, or undefined. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function sameSecret(given: string | null | undefined, key: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(key);
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface AccessGate {
  /** The address to print and open: `base` with the key, once. */
  entryUrl(base: string): string;
  /**
   * Answers the request when it must not go further (the entry redirect, or a 401) and
   * returns true; returns false for a request carrying the cookie.
   */
  check(req: IncomingMessage, res: ServerResponse, url: URL): boolean;
}

export function createAccessGate(port: number, key: string = newAccessKey()): AccessGate {
  const cookie = accessCookieName(port);
  const refuse = (res: ServerResponse, message: string): true => {
    res.writeHead(401, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(message), 'cache-control': 'no-store' });
    res.end(message);
    return true;
  };
  return {
    entryUrl(base) {
      const url = new URL(base);
      url.searchParams.set(ACCESS_KEY_PARAM, key);
      return url.href;
    },
    check(req, res, url) {
      if (url.searchParams.has(ACCESS_KEY_PARAM)) {
        if (!sameSecret(url.searchParams.get(ACCESS_KEY_PARAM), key)) return refuse(res, WRONG_KEY_MESSAGE);
        if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, MISSING_KEY_MESSAGE);
        url.searchParams.delete(ACCESS_KEY_PARAM);
        res.writeHead(303, {
          // No Max-Age: a session cookie, gone with the browser; the key changes at each start anyway.
          'set-cookie': `${cookie}=${key}; Path=/; HttpOnly; SameSite=Strict`,
          location: url.pathname + url.search,
          'cache-control': 'no-store',
          'content-length': 0,
        });
        res.end();
        return true;
      }
      if (sameSecret(cookieValue(req.headers.cookie, cookie), key)) return false;
      return refuse(res, MISSING_KEY_MESSAGE);
    },
  };
}
