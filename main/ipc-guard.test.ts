import { describe, expect, it } from 'vitest';
import type { HostApi } from '../core/host-api.js';
import { handleHostCall, isTrustedSender, REFUSED_SENDER_MESSAGE, type SenderInfo } from './ipc-guard.js';

// A host service that records what reaches it: the guard must let through only
// validated calls from the app's page.
function recordingService() {
  const calls: Array<[string, unknown[]]> = [];
  // Every method of the API records its call; loadDeck answers like the real one for an unknown id.
  const service = new Proxy({} as HostApi, {
    get: (_target, method: string) => async (...args: unknown[]) => {
      calls.push([method, args]);
      if (method === 'loadDeck') {
        const id = String(args[0]);
        return { ok: false, file: `${id}.md`, errors: [{ file: `${id}.md`, line: 1, message: 'absent' }] };
      }
      return [];
    },
  });
  return { service, calls };
}

const frame = (origin: string, url: string, parent: unknown = null): SenderInfo => ({
  senderFrame: { origin, url, parent },
});
const fromApp = frame('app://app', 'app://app/index.html');

describe('IPC sender check', () => {
  it('trusts the top-level page of app://app', () => {
    expect(isTrustedSender(fromApp)).toBe(true);
  });

  it.each([
    ['a foreign origin', frame('https://evil.example', 'https://evil.example/')],
    ['http://evil', frame('http://evil', 'http://evil/index.html')],
    ['file://', frame('file://', 'file:///home/user/index.html')],
    ['the browser host origin', frame('http://127.0.0.1:4310', 'http://127.0.0.1:4310/')],
    ['an origin that claims app but a foreign URL', frame('app://app', 'https://evil.example/')],
    ['a look-alike host', frame('app://app.evil', 'app://app.evil/index.html')],
    ['an opaque origin', frame('null', 'data:text/html,x')],
    ['a subframe of the app', frame('app://app', 'app://app/index.html', { origin: 'app://app' })],
    ['a missing frame', { senderFrame: null }],
  ])('refuses %s', async (_label, sender) => {
    expect(isTrustedSender(sender)).toBe(false);
    const { service, calls } = recordingService();
    expect(await handleHostCall(service, sender, 'listDecks', [])).toEqual({ ok: false, message: REFUSED_SENDER_MESSAGE });
    expect(calls).toEqual([]);
  });

  it('refuses a missing event without throwing', async () => {
    const { service } = recordingService();
    expect(await handleHostCall(service, undefined, 'listDecks', [])).toMatchObject({ ok: false });
    expect(await handleHostCall(service, {} as SenderInfo, 'listDecks', [])).toMatchObject({ ok: false });
  });
});

describe('IPC argument check', () => {
  it('runs a valid call and returns its value', async () => {
    const { service, calls } = recordingService();
    expect(await handleHostCall(service, fromApp, 'listDecks', [])).toEqual({ ok: true, value: [] });
    expect(await handleHostCall(service, fromApp, 'loadDeck', ['petite-enfance'])).toMatchObject({ ok: true });
    expect(calls).toEqual([
      ['listDecks', []],
      ['loadDeck', ['petite-enfance']],
    ]);
  });

  it.each([
    ['an unknown method', 'deleteEverything', []],
    ['a prototype key as method', '__proto__', []],
    ['a method that is not a string', 42, []],
    ['arguments that are not an array', 'loadDeck', 'petite-enfance'],
    ['a number for an id', 'loadDeck', [42]],
    ['a path for an id', 'loadDeck', ['../../etc/passwd']],
    ['an extra argument', 'listDecks', ['en trop']],
    ['a missing argument', 'loadDeck', []],
    ['an object for an id', 'loadDeck', [{ toString: () => 'petite-enfance' }]],
  ])('refuses %s in French without calling the service', async (_label, method, args) => {
    const { service, calls } = recordingService();
    const response = await handleHostCall(service, fromApp, method, args);
    expect(response.ok).toBe(false);
    if (!response.ok) expect(response.message).toMatch(/^(Opération inconnue|Arguments invalides)/);
    expect(calls).toEqual([]);
  });
});
