// The renderer's host client against the real browser host (a server on a free port,
// serving the real slides folder), and against an object shaped like Electron's preload.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeckSummary } from '../../core/deck/model.js';
import type { HostCallResponse } from '../../core/host-api.js';
import { HOST_GLOBAL } from '../../core/ids.js';
import { startServer, type RunningServer } from '../../host/server.js';
import { createHostClient, fetchWire, hostApiFromWire, unwrapHostResponse } from './host-client.js';

const SLIDES = path.resolve(import.meta.dirname, '../../slides');
let server: RunningServer;
let rendererDir: string;
/** The key's cookie, obtained as the browser does (the entry address). */
let cookie: string;
const withKey: typeof fetch = (input, init) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), cookie } });

beforeAll(async () => {
  rendererDir = await mkdtemp(path.join(os.tmpdir(), 'ctg-renderer-'));
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  server = await startServer({ slidesDir: SLIDES, rendererDir, port: 0 });
  const entered = await fetch(server.entryUrl, { redirect: 'manual' });
  cookie = entered.headers.get('set-cookie')!.split(';')[0]!;
});
afterAll(async () => {
  await server.close();
  await rm(rendererDir, { recursive: true, force: true });
});

describe('host client', () => {
  it('lists and loads the real decks through POST /api/call', async () => {
    const api = hostApiFromWire(fetchWire(new URL('/api/call', server.url).href, withKey));
    const decks: DeckSummary[] = await api.listDecks();
    const first = decks.find((d) => d.ok);
    if (!first?.ok) throw new Error('no deck in slides/');
    const loaded = await api.loadDeck(first.meta.id);
    expect(loaded.ok && loaded.deck.slides.length).toBe(first.slideCount);
  });

  it('turns a host refusal into a French error', async () => {
    const api = hostApiFromWire(fetchWire(new URL('/api/call', server.url).href, withKey));
    await expect(api.loadDeck('../../etc/passwd')).rejects.toThrow(/Arguments invalides pour loadDeck/);
  });

  it('says in French how to get in when the key is missing (a tab left open across a restart)', async () => {
    const api = hostApiFromWire(fetchWire(new URL('/api/call', server.url).href));
    await expect(api.listDecks()).rejects.toThrow(/^Accès refusé\u00a0: ouvrez l’application par l’adresse affichée au démarrage/);
  });

  it('says the local server is unreachable, in French, when it is', async () => {
    const api = hostApiFromWire(fetchWire('http://127.0.0.1:9/api/call'));
    await expect(api.listDecks()).rejects.toThrow(/Impossible de joindre l’application/);
  });

  it('uses the preload object when Electron provides one, and unwraps its responses', async () => {
    const calls: unknown[][] = [];
    const preload = {
      listDecks: async (...args: unknown[]): Promise<HostCallResponse> => {
        calls.push(args);
        return { ok: true, value: [] };
      },
      loadDeck: async (): Promise<HostCallResponse> => ({ ok: false, message: 'Présentation introuvable.' }),
    };
    const win = { [HOST_GLOBAL]: preload } as unknown as Window;
    const api = createHostClient(win);
    await expect(api.listDecks()).resolves.toEqual([]);
    expect(calls).toEqual([[]]);
    await expect(api.loadDeck('x')).rejects.toThrow('Présentation introuvable.');
  });

  it('rejects a response that is not a host response', () => {
    expect(() => unwrapHostResponse('<html>')).toThrow(/Réponse inattendue/);
    expect(unwrapHostResponse({ ok: true, value: 3 })).toBe(3);
  });

  it('is not mistaken for a promise', () => {
    const api = hostApiFromWire(async () => ({ ok: true, value: null }));
    expect((api as unknown as { then?: unknown }).then).toBeUndefined();
  });
});
