// Two views (two SSE clients) on a bare node:http server mounting the presentation routes,
// as the browser host does: what one view does, the other sees.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StateMessage } from '../../core/presentation/api.js';
import type { DeckShape } from '../../core/presentation/state.js';
import { createPresentationRoutes } from '../../host/presentation/http.js';
import { PresentationHub } from '../../host/presentation/hub.js';

const shape: DeckShape = {
  slides: [
    { fragments: 0, promptMinutes: [] },
    { fragments: 2, promptMinutes: [] },
    { fragments: 0, promptMinutes: [15] },
  ],
};
const openDeck = { type: 'openDeck', deckId: 'copil-juin', durationMinutes: 45, shape };

/** A minimal EventSource over fetch: collects `state` events, lets a test wait for one. */
class SseView {
  readonly messages: StateMessage[] = [];
  raw = '';
  #waiters: Array<{ test: (m: StateMessage) => boolean; resolve: (m: StateMessage) => void }> = [];
  readonly #abort = new AbortController();

  static async connect(base: string): Promise<SseView> {
    const view = new SseView();
    const res = await fetch(`${base}/api/presentation/events`, { signal: view.#abort.signal });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    void view.#read(res.body!);
    return view;
  }

  async #read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of body) {
        const text = decoder.decode(chunk, { stream: true });
        this.raw += text;
        buffer += text;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split('\n');
          if (!lines.includes('event: state')) continue;
          const data = lines.filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
          this.#receive(JSON.parse(data) as StateMessage);
        }
      }
    } catch {
      // aborted by close()
    }
  }

  #receive(message: StateMessage): void {
    this.messages.push(message);
    this.#waiters = this.#waiters.filter((w) => (w.test(message) ? (w.resolve(message), false) : true));
  }

  /** The first message (already received or to come) that passes `test`. */
  waitFor(test: (m: StateMessage) => boolean): Promise<StateMessage> {
    const seen = this.messages.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.#waiters.push({ test, resolve }));
  }

  get latest(): StateMessage | undefined {
    return this.messages.at(-1);
  }

  close(): void {
    this.#abort.abort();
  }
}

let folder: string;
let server: Server;
let base: string;
let hub: PresentationHub;
const views: SseView[] = [];

async function startServer(heartbeatMs?: number): Promise<void> {
  hub = await PresentationHub.open({ folder });
  const routes = createPresentationRoutes(hub, { heartbeatMs, maxBodyBytes: 4096 });
  server = createServer((req, res) => {
    if (!routes(req, res)) {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function stopServer(): Promise<void> {
  for (const v of views.splice(0)) v.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await hub.flush();
}

async function view(): Promise<SseView> {
  const v = await SseView.connect(base);
  views.push(v);
  return v;
}

function post(body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${base}/api/presentation/action`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'ctg-presentation-'));
  await startServer();
});

afterEach(async () => {
  await stopServer();
  await rm(folder, { recursive: true, force: true });
});

describe('two views synchronised through the host', () => {
  it('an action from one view is seen by the other, and the reverse', async () => {
    const facilitator = await view();
    const audience = await view();
    // Both get the full state on connect.
    expect((await audience.waitFor(() => true)).state.deck).toBeNull();
    await facilitator.waitFor(() => true);

    const opened = await post(openDeck);
    expect(opened.status).toBe(200);
    expect(await audience.waitFor((m) => m.state.deck?.id === 'copil-juin')).toBeTruthy();

    const r = await post({ type: 'next' });
    expect(((await r.json()) as { ok: boolean }).ok).toBe(true);
    const seen = await audience.waitFor((m) => m.state.position.slide === 1);
    expect(seen.state.position).toEqual({ slide: 1, fragment: 0 });

    // The audience side acting (a clicker on the projector’s page) reaches the facilitator.
    await post({ type: 'toggleBlack' });
    const black = await facilitator.waitFor((m) => m.state.screen === 'black');
    expect(black.state.position.slide).toBe(1);
    const audienceBlack = await audience.waitFor((m) => m.state.screen === 'black');
    expect(audienceBlack.state).toEqual(black.state);
  });

  it('a reconnecting view gets the current state at once', async () => {
    const a = await view();
    let b = await view();
    await post(openDeck);
    await post({ type: 'goTo', slide: 2 });
    await post({ type: 'showPrompt', promptIndex: 0, durationMinutes: 15 });
    await b.waitFor((m) => m.state.overlay !== null);
    b.close();
    await post({ type: 'freeze' });
    await post({ type: 'prev' });
    await a.waitFor((m) => m.state.position.slide === 1);

    b = await view();
    const first = await b.waitFor(() => true);
    expect(first.state).toEqual(hub.state);
    expect(first.state.frozen).toEqual({ slide: 2, fragment: 0 });
    expect(first.state.overlay?.promptIndex).toBe(0);
  });

  it('a host restart restores the state from disk, timers included', async () => {
    await post(openDeck);
    await post({ type: 'next' });
    await post({ type: 'next' });
    const before = hub.state;
    await stopServer();
    await startServer();
    const v = await view();
    const first = await v.waitFor(() => true);
    expect(first.state).toEqual(before);
    expect(first.state.timer.startedAt).toBe(before.timer.startedAt);
  });

  it('sends heartbeats on an idle stream', async () => {
    await stopServer();
    await startServer(20);
    const v = await view();
    await v.waitFor(() => true);
    await new Promise<void>((resolve) => {
      const check = setInterval(() => {
        if (v.raw.includes(': ping\n\n')) clearInterval(check), resolve();
      }, 10);
    });
    expect(v.raw).toContain(': ping');
  });
});

describe('invalid actions are rejected in French', () => {
  async function rejected(res: Response, status: number): Promise<string> {
    expect(res.status).toBe(status);
    const body = (await res.json()) as { ok: boolean; message: string };
    expect(body.ok).toBe(false);
    return body.message;
  }

  it('refuses malformed, unknown, impossible and oversized actions, leaving the state alone', async () => {
    const v = await view();
    await post(openDeck);
    const revision = (await v.waitFor((m) => m.state.deck !== null)).state.revision;

    expect(await rejected(await post('{"type": "next"'), 400)).toBe('Action illisible : le corps de la requête n’est pas du JSON valide.');
    expect(await rejected(await post({ type: 'sauter' }), 400)).toBe('Action « sauter » refusée : action inconnue.');
    expect(await rejected(await post({ type: 'goTo', slide: 'trois' }), 400)).toContain('numéro de diapositive');
    expect(await rejected(await post({ type: 'goTo', slide: 7 }), 409)).toBe('Diapositive 8 introuvable : la présentation en compte 3.');
    expect(await rejected(await post({ type: 'countdownEnd' }), 409)).toContain('Aucune consigne');
    expect(await rejected(await post({ type: 'next', pad: 'x'.repeat(5000) }), 413)).toContain('trop volumineuse');
    expect(await rejected(await post({ type: 'next' }, { 'content-type': 'text/plain' }), 415)).toContain('application/json');
    expect(await rejected(await post({ type: 'next' }, { origin: 'http://evil.example' }), 403)).toContain('refusée');
    expect(await rejected(await fetch(`${base}/api/presentation/action`), 405)).toContain('POST attendu');

    expect(hub.state.revision).toBe(revision);
    expect(hub.state.position).toEqual({ slide: 0, fragment: 0 });
    // The state still works after all that.
    expect((await post({ type: 'next' }, { origin: base })).status).toBe(200);
    expect((await v.waitFor((m) => m.state.position.slide === 1)).state.revision).toBe(revision + 1);
  });

  it('other URLs are left to the host server', async () => {
    expect((await fetch(`${base}/audience`)).status).toBe(404);
    const once = (await (await fetch(`${base}/api/presentation/state`)).json()) as StateMessage;
    expect(once.state).toEqual(hub.state);
  });
});
