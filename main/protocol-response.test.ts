import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../host/csp.js';
import { contentTypeFor, respondToAppRequest } from './protocol-response.js';

let base: string;
let roots: { app: string };

beforeAll(async () => {
  base = realpathSync(await mkdtemp(path.join(os.tmpdir(), 'ctg-response-')));
  const root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>CTG Diois</title>');
  await writeFile(path.join(root, 'assets', 'index.js'), 'export {}');
  await writeFile(path.join(root, 'assets', 'atkinson.woff2'), new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
  await writeFile(path.join(base, 'secret.txt'), 'mot de passe');
  await symlink(path.join(base, 'secret.txt'), path.join(root, 'fuite.txt'));
  roots = { app: root };
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => respondToAppRequest({ url, method }, roots);

describe('app:// responses', () => {
  it('serves the page with its type, the CSP header and nosniff', async () => {
    const response = await get('app://app/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>CTG Diois</title>');
  });

  it('serves the app’s pages through the host’s page function (first slide pre-rendered), files as they are', async () => {
    const asked: string[] = [];
    const page = async (pathname: string, search: string) => (asked.push(`${pathname}${search}`), `<p>page ${pathname}${search}</p>`);
    const opened = await respondToAppRequest({ url: 'app://app/?deck=logement', method: 'GET' }, roots, undefined, page);
    expect(opened.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(opened.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await opened.text()).toBe('<p>page /?deck=logement</p>');
    expect(await (await respondToAppRequest({ url: 'app://app/assets/index.js', method: 'GET' }, roots, undefined, page)).text()).toBe('export {}');
    expect(asked).toEqual(['/?deck=logement']);
  });

  it('serves scripts and fonts byte for byte with their types', async () => {
    const script = await get('app://app/assets/index.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('export {}');
    const font = await get('app://app/assets/atkinson.woff2');
    expect(font.headers.get('content-type')).toBe('font/woff2');
    expect([...new Uint8Array(await font.arrayBuffer())]).toEqual([0x77, 0x4f, 0x46, 0x32]);
  });

  it('the CSP forbids every origin but the app itself', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });

  it('refuses traversal and symlink escapes with 403, and keeps the security headers', async () => {
    for (const url of ['app://app/../secret.txt', 'app://app/%2e%2e/secret.txt', 'app://app/fuite.txt']) {
      const response = await get(url);
      expect(response.status, url).toBe(403);
      expect(await response.text()).not.toContain('mot de passe');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('answers 404 in French for a missing file', async () => {
    const response = await get('app://app/absent.js');
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Fichier introuvable.');
  });

  it('accepts only GET and HEAD', async () => {
    expect((await get('app://app/index.html', 'POST')).status).toBe(405);
    const head = await get('app://app/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await head.text()).toBe('');
  });

  it('never lets the browser guess a type', () => {
    expect(contentTypeFor('x.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('x.SVG')).toBe('image/svg+xml');
    expect(contentTypeFor('x.unknown')).toBe('application/octet-stream');
    expect(contentTypeFor('sans-extension')).toBe('application/octet-stream');
  });
});
