// The browser host's HTTP behaviour, against a real server on a free port with real files
// in temp folders: path containment, headers, origin checks, the API route.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp.js';
import { parseServeArgs } from './serve.js';
import { DEFAULT_MAX_BODY_BYTES, startServer, type RunningServer } from './server.js';

const SLIDES = path.resolve(import.meta.dirname, '../slides');
let tmp: string;
let server: RunningServer;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request, so tests can send any path, Host or Origin (fetch would normalise them). */
function send(options: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path: options.path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${server.port}`, ...options.headers } },
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

describe('npm run serve arguments', () => {
  it('takes the port from --port, --port=, or PORT, 4310 by default', () => {
    expect(parseServeArgs([], {}).port).toBe(4310);
    expect(parseServeArgs([], { PORT: '5000' }).port).toBe(5000);
    expect(parseServeArgs(['--port', '5001'], { PORT: '5000' }).port).toBe(5001);
    expect(parseServeArgs(['--port=5002'], {}).port).toBe(5002);
    expect(parseServeArgs(['--slides', '/tmp/x'], {}).slidesDir).toBe('/tmp/x');
  });
  it('refuses a bad port or an unknown option in French', () => {
    expect(() => parseServeArgs(['--port', 'abc'], {})).toThrow(/Numéro de port invalide/);
    expect(() => parseServeArgs(['--port', '70000'], {})).toThrow(/Numéro de port invalide/);
    expect(() => parseServeArgs(['--verbose'], {})).toThrow(/Option inconnue/);
    expect(() => parseServeArgs(['--port'], {})).toThrow(/Valeur manquante/);
  });
});
