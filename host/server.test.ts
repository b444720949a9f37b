// The browser host's HTTP behaviour, against a real server on a free port with real files
// in temp folders: path containment, headers, origin checks, the API route.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp.js';
import { browserOpenCommand, parseServeArgs } from './serve.js';
import { APP_PAGES, DEFAULT_MAX_BODY_BYTES, startServer, type RunningServer } from './server.js';
import { PRESENTATION_ACTION_PATH, PRESENTATION_EVENTS_PATH, PRESENTATION_STATE_PATH } from '../core/presentation/api.js';
import { HTML_DOWNLOAD_PATH } from '../core/export/download-path.js';

const SLIDES = path.resolve(import.meta.dirname, '../slides');
let tmp: string;
let server: RunningServer;
/** The key's cookie, obtained as a browser does: by visiting the entry address. */
let cookie: string;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request, so tests can send any path, Host or Origin (fetch would normalise them). */
function send(options: { path: string; method?: string; headers?: Record<string, string>; body?: string; withoutKey?: boolean }): Promise<Reply> {
  const keyHeader = options.withoutKey || cookie === undefined ? {} : { cookie };
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path: options.path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${server.port}`, ...keyHeader, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const apiCall = (body: unknown, headers: Record<string, string> = {}) =>
  send({ path: '/api/call', method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'ctg-server-'));
  const renderer = path.join(tmp, 'renderer');
  await mkdir(path.join(renderer, 'assets'), { recursive: true });
  await writeFile(path.join(renderer, 'index.html'), '<!doctype html><html lang="fr"><title>CTG</title></html>');
  await writeFile(path.join(renderer, 'assets', 'app-1234.js'), 'console.log(1)');
  await writeFile(path.join(renderer, 'assets', 'app-1234.css'), 'body{}');
  await writeFile(path.join(renderer, 'assets', 'font.woff2'), 'x');
  await writeFile(path.join(tmp, 'secret.txt'), 'secret');
  await symlink(path.join(tmp, 'secret.txt'), path.join(renderer, 'assets', 'escape.txt'));
  server = await startServer({ slidesDir: SLIDES, rendererDir: renderer, port: 0, host: '127.0.0.1' });
  const entry = new URL(server.entryUrl);
  const entered = await send({ path: entry.pathname + entry.search, withoutKey: true });
  cookie = String(entered.headers['set-cookie']?.[0]).split(';')[0]!;
});
afterAll(async () => {
  await server.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('browser host server', () => {
  it('listens on 127.0.0.1 only and says where', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it('serves the library page at / with the CSP and nosniff', async () => {
    const r = await send({ path: '/' });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.body).toContain('lang="fr"');
  });

  it.each([
    ['/assets/app-1234.js', 'text/javascript; charset=utf-8'],
    ['/assets/app-1234.css', 'text/css; charset=utf-8'],
    ['/assets/font.woff2', 'font/woff2'],
  ])('serves %s as %s', async (p, type) => {
    const r = await send({ path: p });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe(type);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '/%2fetc%2fpasswd',
    '//etc/passwd',
    '/assets/escape.txt',
    '/index.html%00.js',
    '/assets/',
    '/nope.js',
  ])('refuses %s without leaking anything, CSP still set', async (p) => {
    const r = await send({ path: p });
    expect([400, 404]).toContain(r.status);
    expect(r.body).not.toContain('secret');
    expect(r.body).not.toContain('root:');
    expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses another Host (DNS rebinding) and another origin, in French', async () => {
    const rebound = await send({ path: '/', headers: { host: `evil.example:${server.port}` } });
    expect(rebound.status).toBe(403);
    expect(rebound.body).toMatch(/Requête refusée/);
    expect(rebound.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const otherPort = await send({ path: '/', headers: { host: `127.0.0.1:${server.port + 1}` } });
    expect(otherPort.status).toBe(403);
    const crossSite = await apiCall({ method: 'listDecks', args: [] }, { origin: 'http://evil.example' });
    expect(crossSite.status).toBe(403);
    const opaque = await apiCall({ method: 'listDecks', args: [] }, { origin: 'null' });
    expect(opaque.status).toBe(403);
    const sameOrigin = await apiCall({ method: 'listDecks', args: [] }, { origin: `http://127.0.0.1:${server.port}` });
    expect(sameOrigin.status).toBe(200);
  });

  it('answers the host API with the decks of the slides folder', async () => {
    const r = await apiCall({ method: 'listDecks', args: [] });
    expect(r.status).toBe(200);
    const response = JSON.parse(r.body) as { ok: boolean; value: Array<{ ok: boolean; file: string }> };
    expect(response.ok).toBe(true);
    expect(response.value.map((d) => d.file)).toContain('03-petite-enfance.md');
  });

  it('rejects bad calls with a French message: unknown method, bad arguments, not JSON, wrong type, too large, GET', async () => {
    const unknown = JSON.parse((await apiCall({ method: 'deleteEverything', args: [] })).body);
    expect(unknown).toEqual({ ok: false, message: expect.stringMatching(/Opération inconnue/) });
    const badArgs = JSON.parse((await apiCall({ method: 'loadDeck', args: ['../x'] })).body);
    expect(badArgs.message).toMatch(/Arguments invalides/);
    const notJson = await send({ path: '/api/call', method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect(notJson.status).toBe(400);
    const form = await send({ path: '/api/call', method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=b' });
    expect(form.status).toBe(415);
    const huge = await apiCall({ method: 'listDecks', args: ['x'.repeat(DEFAULT_MAX_BODY_BYTES + 1000)] });
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body).message).toMatch(/trop volumineuse/);
    const get = await send({ path: '/api/call' });
    expect(get.status).toBe(405);
  });

  it('accepts only GET and HEAD for files', async () => {
    expect((await send({ path: '/', method: 'HEAD' })).status).toBe(200);
    expect((await send({ path: '/', method: 'DELETE' })).status).toBe(405);
  });
});

describe('the key of the local API', () => {
  const key = () => new URL(server.entryUrl).searchParams.get('cle')!;
  // Every kind of route the host answers: pages, assets, the API, the presentation hub's
  // event stream, state and actions, the HTML download, and an unknown path.
  const routes: Array<[string, string]> = [
    ...[...APP_PAGES].map((p): [string, string] => ['GET', p]),
    ['GET', '/assets/app-1234.js'],
    ['GET', '/nope.js'],
    ['POST', '/api/call'],
    ['GET', PRESENTATION_EVENTS_PATH],
    ['GET', PRESENTATION_STATE_PATH],
    ['POST', PRESENTATION_ACTION_PATH],
    ['GET', `${HTML_DOWNLOAD_PATH}?deck=petite-enfance`],
  ];
  const bodyFor = (p: string) => (p === '/api/call' ? JSON.stringify({ method: 'listDecks', args: [] }) : p === PRESENTATION_ACTION_PATH ? JSON.stringify({ type: 'setScreen', screen: 'normal' }) : undefined);

  it('is a fresh 256-bit secret at each start, printed once in the entry address', async () => {
    expect(key()).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const other = await startServer({ slidesDir: SLIDES, rendererDir: path.join(tmp, 'renderer'), port: 0, host: '127.0.0.1' });
    try {
      expect(new URL(other.entryUrl).searchParams.get('cle')).not.toBe(key());
      expect(other.url).not.toContain('cle');
    } finally {
      await other.close();
    }
  });

  it.each(routes)('%s %s without the key: 401 and a French sentence, nothing else', async (method, p) => {
    const body = bodyFor(p);
    const r = await send({ path: p, method, withoutKey: true, headers: body ? { 'content-type': 'application/json' } : {}, ...(body ? { body } : {}) });
    expect(r.status).toBe(401);
    expect(r.body).toMatch(/^Accès refusé\u00a0: ouvrez l’application par l’adresse affichée au démarrage/);
    expect(r.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each(routes)('%s %s with the cookie: answered', async (method, p) => {
    const body = bodyFor(p);
    if (p === PRESENTATION_EVENTS_PATH) {
      // An event stream never ends: its status line is enough.
      const status = await new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: server.port, path: p, headers: { host: `127.0.0.1:${server.port}`, cookie } }, (res) => {
          resolve(res.statusCode ?? 0);
          req.destroy();
        });
        req.on('error', reject);
        req.end();
      });
      expect(status).toBe(200);
      return;
    }
    const r = await send({ path: p, method, headers: body ? { 'content-type': 'application/json' } : {}, ...(body ? { body } : {}) });
    // Past the key: the route's own answer (a missing file, a deck not open are theirs to say).
    expect(r.status).not.toBe(401);
    expect(r.body).not.toMatch(/Accès refusé/);
    if (APP_PAGES.has(p) || p.startsWith('/assets/') || p === '/api/call' || p === PRESENTATION_STATE_PATH) expect(r.status).toBe(200);
  });

  it('the entry address sets an HttpOnly, SameSite=Strict cookie and sends the browser on without the key', async () => {
    const r = await send({ path: `/facilitator?deck=petite-enfance&cle=${key()}`, withoutKey: true });
    expect(r.status).toBe(303);
    expect(r.headers.location).toBe('/facilitator?deck=petite-enfance');
    const set = String(r.headers['set-cookie']?.[0]);
    expect(set).toMatch(new RegExp(`^ctg-cle-${server.port}=`));
    expect(set).toMatch(/; HttpOnly/);
    expect(set).toMatch(/; SameSite=Strict/);
    expect(set).toMatch(/; Path=\//);
    // The clean address then works with the cookie alone, and carries no key.
    const page = await send({ path: String(r.headers.location), headers: { cookie: set.split(';')[0]! }, withoutKey: true });
    expect(page.status).toBe(200);
    expect(page.body).not.toContain(key());
  });

  it('refuses a wrong key, a cookie of another port, a key sent as a header, and POST on the entry address', async () => {
    const wrong = await send({ path: `/?cle=${'A'.repeat(43)}`, withoutKey: true });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatch(/Accès refusé/);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    const otherPort = await send({ path: '/', withoutKey: true, headers: { cookie: `ctg-cle-${server.port + 1}=${key()}` } });
    expect(otherPort.status).toBe(401);
    const truncated = await send({ path: '/', withoutKey: true, headers: { cookie: `ctg-cle-${server.port}=${key().slice(0, 42)}` } });
    expect(truncated.status).toBe(401);
    const post = await send({ path: `/api/call?cle=${key()}`, method: 'POST', withoutKey: true, headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(post.status).toBe(401);
  });

  it('keeps the Host and Origin checks before the key', async () => {
    const rebound = await send({ path: `/?cle=${key()}`, withoutKey: true, headers: { host: `evil.example:${server.port}` } });
    expect(rebound.status).toBe(403);
    expect(rebound.headers['set-cookie']).toBeUndefined();
    const crossSite = await send({ path: '/', headers: { 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
  });
});

describe('npm run serve arguments', () => {
  it('takes the port from --port, --port=, or PORT, 4310 by default', () => {
    expect(parseServeArgs([], {}).port).toBe(4310);
    expect(parseServeArgs([], { PORT: '5000' }).port).toBe(5000);
    expect(parseServeArgs(['--port', '5001'], { PORT: '5000' }).port).toBe(5001);
    expect(parseServeArgs(['--port=5002'], {}).port).toBe(5002);
    expect(parseServeArgs(['--slides', '/tmp/x'], {}).slidesDir).toBe('/tmp/x');
  });
  it('--ouvrir opens the entry address in the system browser, as one argument, never through a shell', () => {
    expect(parseServeArgs(['--ouvrir'], {}).open).toBe(true);
    expect(parseServeArgs([], {}).open).toBeUndefined();
    const url = 'http://127.0.0.1:4310/?cle=a&b^c';
    expect(browserOpenCommand(url, 'linux')).toEqual({ command: 'xdg-open', args: [url] });
    expect(browserOpenCommand(url, 'darwin')).toEqual({ command: 'open', args: [url] });
    expect(browserOpenCommand(url, 'win32')).toEqual({ command: 'rundll32', args: ['url.dll,FileProtocolHandler', url] });
  });
  it('refuses a bad port or an unknown option in French', () => {
    expect(() => parseServeArgs(['--port', 'abc'], {})).toThrow(/Numéro de port invalide/);
    expect(() => parseServeArgs(['--port', '70000'], {})).toThrow(/Numéro de port invalide/);
    expect(() => parseServeArgs(['--verbose'], {})).toThrow(/Option inconnue/);
    expect(() => parseServeArgs(['--port'], {})).toThrow(/Valeur manquante/);
  });
});
