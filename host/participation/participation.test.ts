// The participant server against real sockets on 127.0.0.2 (loopback only): it has only the
// phone routes, demands the join code and a token, limits what a phone may send, and never
// sends the facilitator's things. Behind it, the host service assembled as the hosts use it.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_PAGES } from '../../core/app-pages.js';
import { HTML_DOWNLOAD_PATH } from '../../core/export/download-path.js';
import { HOST_METHODS } from '../../core/host-channels.js';
import type { ParticipationActionResult, ParticipationStatus } from '../../core/participation/api.js';
import { PHONE_ROUTES, TOKEN_COOKIE, type PhoneView } from '../../core/participation/protocol.js';
import { PRESENTATION_ACTION_PATH, PRESENTATION_EVENTS_PATH, PRESENTATION_STATE_PATH } from '../../core/presentation/api.js';
import { dispatchHostCall } from '../dispatch.js';
import { createHostService, type HostService } from '../host-service.js';
import { API_CALL_PATH } from '../server.js';
import { PHONE_CSP } from './http.js';

const ADDRESS = '127.0.0.2';
const SLIDES = path.resolve(import.meta.dirname, '../../slides');
let tmp: string;
let service: HostService;
let port = 0;
let handle = '';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(options: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: ADDRESS, port, path: options.path, method: options.method ?? 'GET', headers: { host: `${ADDRESS}:${port}`, ...options.headers } },
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

const postJson = (route: string, body: unknown, headers: Record<string, string> = {}) =>
  send({ path: route, method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

async function call<T>(method: string, ...args: unknown[]): Promise<T> {
  const r = await dispatchHostCall(service, method, args);
  if (!r.ok) throw new Error(r.message);
  return r.value as T;
}

async function join(name = ''): Promise<string> {
  const status = await call<ParticipationStatus>('getParticipation');
  if (!status.open) throw new Error('closed');
  const r = await postJson(PHONE_ROUTES.join, { code: status.code.toLowerCase(), name });
  expect(r.status).toBe(200);
  const cookie = String(r.headers['set-cookie']);
  expect(cookie).toMatch(/HttpOnly/);
  expect(cookie).toMatch(/SameSite=Strict/);
  return cookie.split(';')[0]!;
}

/** A phone's live stream: the views it received, and whether the server ended it. */
function stream(cookie: string): { views: PhoneView[]; events: string[]; ended: Promise<void>; close(): void; next(test: (v: PhoneView) => boolean): Promise<PhoneView> } {
  const views: PhoneView[] = [];
  const events: string[] = [];
  const waiters: { test: (v: PhoneView) => boolean; resolve: (v: PhoneView) => void }[] = [];
  let endResolve = () => {};
  const ended = new Promise<void>((r) => (endResolve = r));
  const req = request({ host: ADDRESS, port, path: PHONE_ROUTES.events, headers: { host: `${ADDRESS}:${port}`, cookie } }, (res) => {
    let buffer = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffer += chunk;
      let at: number;
      while ((at = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, at);
        buffer = buffer.slice(at + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (!event) continue;
        events.push(event);
        if (event === 'vue' && data) {
          const view = JSON.parse(data) as PhoneView;
          views.push(view);
          for (const w of [...waiters]) if (w.test(view)) (waiters.splice(waiters.indexOf(w), 1), w.resolve(view));
        }
      }
    });
    res.on('end', endResolve);
    res.on('close', endResolve);
  });
  req.on('error', endResolve);
  req.end();
  return {
    views,
    events,
    ended,
    close: () => req.destroy(),
    next: (test) => {
      const found = views.find(test);
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => waiters.push({ test, resolve }));
    },
  };
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'ctg-participation-'));
  await mkdir(path.join(tmp, 'phone'), { recursive: true });
  await writeFile(path.join(tmp, 'phone', 'telephone.js'), 'console.log("téléphone")');
  await writeFile(path.join(tmp, 'phone', 'telephone.css'), 'body{}');
  await mkdir(path.join(tmp, 'docs'));
  service = createHostService({
    slidesDir: SLIDES,
    documentsDir: path.join(tmp, 'docs'),
    standaloneDir: path.join(tmp, 'standalone'),
    participationAddress: ADDRESS,
    participationPort: 0,
  });
  const created = await service.createSession({ template: 'forum-habiter-le-diois', date: '2026-05-16' });
  if (!created.ok) throw new Error(created.message);
  handle = created.state.handle;
  const opened = await call<ParticipationActionResult>('openParticipation', { session: handle, phoneLimit: 10 });
  if (!opened.ok || !opened.status.open) throw new Error('not opened');
  port = service.participation.server!.port;
  expect(opened.status.url).toBe(`http://${ADDRESS}:${port}/?code=${opened.status.code}`);
  expect(opened.status.qrSvg).toMatch(/^<svg/);
});

afterAll(async () => {
  await service.closeAll();
  await rm(tmp, { recursive: true, force: true });
});

describe('the participant server has only the phone routes', () => {
  it('answers 404 to every host API method, app page, presentation, export and static path', async () => {
    const cookie = await join();
    const paths = [
      API_CALL_PATH,
      ...HOST_METHODS.map((m) => `${API_CALL_PATH}/${m}`),
      ...HOST_METHODS.map((m) => `/${m}`),
      ...[...APP_PAGES].filter((p) => p !== '/'),
      PRESENTATION_EVENTS_PATH,
      PRESENTATION_STATE_PATH,
      PRESENTATION_ACTION_PATH,
      HTML_DOWNLOAD_PATH,
      '/assets/index.js',
      '/standalone/player.js',
      '/slides/01-lecture-generale.md',
      '/../package.json',
      '/favicon.ico',
    ];
    expect(paths.length).toBeGreaterThan(HOST_METHODS.length * 2);
    for (const p of paths) {
      for (const method of ['GET', 'POST']) {
        const r = await send({ path: p, method, headers: { cookie, 'content-type': 'application/json' }, body: method === 'POST' ? JSON.stringify({ method: 'listSessions', args: [] }) : undefined });
        expect([p, method, r.status]).toEqual([p, method, 404]);
      }
    }
    // And the host API call itself, exactly as the app's renderer sends it.
    const api = await postJson(API_CALL_PATH, { method: 'getSession', args: [handle] }, { cookie });
    expect(api.status).toBe(404);
    expect(api.body).not.toContain(handle);
  });

  it('serves the phone page with a strict CSP and the security headers', async () => {
    const r = await send({ path: '/' });
    expect(r.status).toBe(200);
    expect(r.body).toContain('<html lang="fr">');
    expect(r.headers['content-security-policy']).toBe(PHONE_CSP);
    expect(PHONE_CSP).toContain("default-src 'none'");
    expect(PHONE_CSP).not.toContain('unsafe');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['x-frame-options']).toBe('DENY');
    expect(r.headers['referrer-policy']).toBe('no-referrer');
  });

  it('refuses another Host (DNS rebinding) and cross-site requests', async () => {
    expect((await send({ path: '/', headers: { host: `evil.example:${port}` } })).status).toBe(403);
    expect((await postJson(PHONE_ROUTES.join, { code: 'x' }, { origin: 'http://evil.example' })).status).toBe(403);
  });
});

describe('joining and taking part', () => {
  it('requires the join code and a token', async () => {
    const wrong = await postJson(PHONE_ROUTES.join, { code: 'AAAAAA' });
    expect(wrong.status).toBe(403);
    expect(JSON.parse(wrong.body).message).toContain('Ce code ne correspond pas');
    expect((await send({ path: PHONE_ROUTES.events })).status).toBe(401);
    expect((await postJson(PHONE_ROUTES.act, { type: 'name', name: 'x' })).status).toBe(401);
    expect((await postJson(PHONE_ROUTES.act, { type: 'name', name: 'x' }, { cookie: `${TOKEN_COOKIE}=forgedforgedforgedforged` })).status).toBe(401);
  });

  it('a phone follows the prompt, posts, is limited, and its approved post-it becomes a session entry from a phone', async () => {
    const alice = await join('Alice');
    const bob = await join();
    const a = stream(alice);
    const b = stream(bob);
    await a.next((v) => v.participant !== '');
    const started = await call<ParticipationActionResult>('participationAction', {
      type: 'start',
      spec: { kind: 'contributions', title: 'Que faudrait-il pour mieux se loger dans le Diois ?', instruction: 'Une idée par message.', minutes: 10 },
    });
    if (!started.ok) throw new Error(started.message);
    const activityId = started.id!;
    const prompt = await b.next((v) => v.activity?.id === activityId);
    expect(prompt.activity!.title).toContain('mieux se loger');
    expect(prompt.activity!.endsAt).toBeGreaterThan(prompt.hostNow);

    const posted = await postJson(PHONE_ROUTES.act, { type: 'submit', activityId, text: '<b>Des logements\u0007 passerelles</b>' }, { cookie: alice });
    expect(posted.status).toBe(200);
    const again = await postJson(PHONE_ROUTES.act, { type: 'submit', activityId, text: 'Encore' }, { cookie: alice });
    expect(again.status).toBe(429);
    expect(JSON.parse(again.body).message).toMatch(/réessayez dans \d+\u00a0s/);

    const status = await call<ParticipationStatus>('getParticipation');
    if (!status.open) throw new Error('closed');
    const queued = status.items.find((i) => i.activityId === activityId)!;
    expect(queued).toMatchObject({ text: '<b>Des logements passerelles</b>', status: 'en attente', name: 'Alice' });
    expect(JSON.stringify(status)).not.toContain(alice.split('=')[1]!); // no token leaves the host
    // Bob sees nothing of the queue.
    expect(JSON.stringify(b.views)).not.toContain('passerelles');

    await call('participationAction', { type: 'moderate', moderation: { op: 'edit', itemId: queued.id, text: 'Des logements passerelles' } });
    await call('participationAction', { type: 'moderate', moderation: { op: 'approve', itemId: queued.id } });
    const onWall = await b.next((v) => v.activity?.wall.some((w) => w.text === 'Des logements passerelles') ?? false);
    expect(JSON.stringify(onWall)).not.toContain('Alice');

    // The entry reaches the session, marked as from a phone, with the prompt.
    let entry;
    for (let i = 0; i < 50 && !entry; i++) {
      const s = await service.getSession(handle);
      entry = s.ok ? s.state.session.entries.find((e) => e.text === 'Des logements passerelles') : undefined;
      if (!entry) await new Promise((r) => setTimeout(r, 20));
    }
    expect(entry).toMatchObject({ kind: 'contribution', shown: true, origin: { participant: expect.stringMatching(/^T\d+$/), prompt: 'Que faudrait-il pour mieux se loger dans le Diois ?' } });
    a.close();
    b.close();
  });

  it('a phone that joins again keeps its token; a kiosk starting over gets a new one', async () => {
    const cookie = await join();
    const status = (await call<ParticipationStatus>('getParticipation')) as Extract<ParticipationStatus, { open: true }>;
    const again = await postJson(PHONE_ROUTES.join, { code: status.code }, { cookie });
    expect(String(again.headers['set-cookie']).split(';')[0]).toBe(cookie);
    const fresh = await postJson(PHONE_ROUTES.join, { code: status.code, fresh: true }, { cookie });
    expect(String(fresh.headers['set-cookie']).split(';')[0]).not.toBe(cookie);
  });

  it('refuses bodies over 2 KB and requests that are not JSON', async () => {
    const cookie = await join();
    const big = await postJson(PHONE_ROUTES.act, { type: 'name', name: 'x'.repeat(3000) }, { cookie });
    expect(big.status).toBe(413);
    const form = await send({ path: PHONE_ROUTES.act, method: 'POST', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: 'type=name' });
    expect(form.status).toBe(415);
  });

  it('drops a client that never finishes its headers', async () => {
    const started = Date.now();
    const closedAfter = await new Promise<number>((resolve) => {
      const socket = connect({ host: ADDRESS, port }, () => socket.write(`GET / HTTP/1.1\r\nHost: ${ADDRESS}:${port}\r\n`));
      socket.on('data', () => undefined);
      socket.on('close', () => resolve(Date.now() - started));
    });
    expect(closedAfter).toBeLessThan(9_000);
  }, 15_000);
});

describe('a full room and closing', () => {
  it('shows a French « salle pleine » page past the connection cap', async () => {
    const { Room } = await import('./room.js');
    const { startParticipantServer } = await import('./http.js');
    const small = await startParticipantServer({ address: ADDRESS, room: new Room('4K7M3P', Date.now), assets: { script: '', style: '' }, maxConnections: 2 });
    const sockets = await Promise.all([0, 1].map(() => new Promise<ReturnType<typeof connect>>((r) => { const s = connect({ host: ADDRESS, port: small.port }, () => r(s)); })));
    const full = await new Promise<Reply>((resolve, reject) => {
      const req = request({ host: ADDRESS, port: small.port, path: '/', headers: { host: `${ADDRESS}:${small.port}` } }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(full.status).toBe(503);
    expect(full.body).toContain('Salle pleine');
    for (const s of sockets) s.destroy();
    await small.close();
  });

  it('closing tells every phone, stops the server and records the opening in the session', async () => {
    const cookie = await join();
    const phone = stream(cookie);
    await phone.next(() => true);
    await call('participationAction', { type: 'start', spec: { kind: 'poll', title: 'Venez-vous en bus ?', mode: 'single', options: ['Oui', 'Non'] } });
    await phone.next((v) => v.activity?.kind === 'poll');
    expect((await postJson(PHONE_ROUTES.act, { type: 'answer', choices: [0] }, { cookie })).status).toBe(200);
    const closed = await call<ParticipationStatus>('closeParticipation');
    expect(closed.open).toBe(false);
    await phone.ended;
    expect(phone.events).toContain('fermeture');
    await expect(send({ path: '/' })).rejects.toThrow();
    const s = await service.getSession(handle);
    if (!s.ok) throw new Error(s.message);
    const opening = s.state.session.participation!.openings.at(-1)!;
    expect(opening.phones).toBeGreaterThanOrEqual(3);
    expect(opening.activities.find((a) => a.kind === 'poll')).toMatchObject({ title: 'Venez-vous en bus ?', total: 1, rows: [{ label: 'Oui', count: 1 }, { label: 'Non', count: 0 }] });
    expect(opening.activities.find((a) => a.kind === 'contributions')!.rows[0]).toMatchObject({ label: 'Des logements passerelles', participant: expect.stringMatching(/^T\d+$/) });
  });
});

describe('the browser host’s --participation-address', () => {
  it('takes one IPv4 address and refuses the wildcard', async () => {
    const { parseServeArgs } = await import('../serve.js');
    expect(parseServeArgs(['--participation-address', '127.0.0.2'], {}).participationAddress).toBe('127.0.0.2');
    expect(parseServeArgs(['--participation-address=127.0.0.3'], {}).participationAddress).toBe('127.0.0.3');
    expect(() => parseServeArgs(['--participation-address', '0.0.0.0'], {})).toThrow(/0\.0\.0\.0/);
    expect(() => parseServeArgs(['--participation-address', 'salle'], {})).toThrow(/invalide/);
  });
});
