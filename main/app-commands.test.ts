import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_COMMAND_CHANNEL, parseAppCommand, type AppCommand } from '../core/app-menu/api.js';
import type { OpenResult, SessionApi } from '../core/session/api.js';
import { AppCommandQueue, sessionFileFromArgv } from './app-commands.js';
import { buildAppCommandBridge } from './preload-api.js';
import { withRecentDocuments } from './recent-documents.js';

function target() {
  const sent: unknown[] = [];
  return { sent, destroyed: false, send: (channel: string, message: AppCommand) => void sent.push([channel, message]), isDestroyed() { return this.destroyed; } };
}

describe('session files handed over by the system', () => {
  it('finds the double-clicked session file among the launch arguments', () => {
    const cwd = '/home/claire';
    expect(sessionFileFromArgv(['/opt/CTG Diois/ctg-diois', '/media/cle/COPIL 12 mars.ctg-seance.json'], cwd)).toBe('/media/cle/COPIL 12 mars.ctg-seance.json');
    expect(sessionFileFromArgv(['electron', '.', '--no-sandbox', 'seances/forum.CTG-SEANCE.JSON'], cwd)).toBe(path.resolve(cwd, 'seances/forum.CTG-SEANCE.JSON'));
    expect(sessionFileFromArgv(['/opt/ctg', '--flag=x.ctg-seance.json'], cwd)).toBeUndefined();
    expect(sessionFileFromArgv(['/opt/ctg', '/tmp/notes.txt', '/tmp/deck.md'], cwd)).toBeUndefined();
    // The first argument is the program itself, even if oddly named.
    expect(sessionFileFromArgv(['/tmp/x.ctg-seance.json'], cwd)).toBeUndefined();
  });

  it('keeps commands until the main page listens, then sends them directly', () => {
    const queue = new AppCommandQueue();
    queue.send({ type: 'open-session-file', path: '/media/cle/copil.ctg-seance.json' });
    const page = target();
    expect(queue.ready(page)).toEqual([{ type: 'open-session-file', path: '/media/cle/copil.ctg-seance.json' }]);
    queue.send({ type: 'new-session' });
    expect(page.sent).toEqual([[APP_COMMAND_CHANNEL, { type: 'new-session' }]]);
    // The page reloads: commands wait again.
    queue.notListening(page);
    queue.send({ type: 'export' });
    expect(page.sent).toHaveLength(1);
    const reloaded = target();
    expect(queue.ready(reloaded)).toEqual([{ type: 'export' }]);
    reloaded.destroyed = true;
    queue.send({ type: 'open-session' });
    expect(queue.ready(target())).toEqual([{ type: 'open-session' }]);
  });

  it('the preload hands the page only well-formed commands, first those that waited, none lost between listeners', async () => {
    const listeners: Array<(event: unknown, message: unknown) => void> = [];
    let readyCalls = 0;
    const bridge = buildAppCommandBridge({
      invoke: async () => (readyCalls++, [{ type: 'open-session-file', path: '/a.ctg-seance.json' }, { type: 'format-disk' }]),
      on: (_channel, listener) => void listeners.push(listener),
      removeListener: () => {},
    });
    const first: AppCommand[] = [];
    const got: AppCommand[] = [];
    // React's development double mount: subscribe, unsubscribe, subscribe again.
    const stop = bridge.subscribe((c) => first.push(c));
    stop();
    bridge.subscribe((c) => got.push(c));
    await Promise.resolve();
    await Promise.resolve();
    listeners[0]!(null, { type: 'export' });
    listeners[0]!(null, { type: 'open-session-file', path: 42 });
    expect(first).toEqual([]);
    expect(got).toEqual([{ type: 'open-session-file', path: '/a.ctg-seance.json' }, { type: 'export' }]);
    expect(readyCalls).toBe(1);
    expect(parseAppCommand(null)).toBeUndefined();
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('adds opened, created and saved-as sessions to the recent documents, not failures', async () => {
    const ok = (p: string): OpenResult => ({ ok: true, state: { path: p } as never });
    const service = {
      openSession: async (p: string) => (p.includes('abime') ? { ok: false, message: 'abîmé' } : ok(p)),
      openSessionBackup: async (p: string) => ok(`${p}.bak`),
      createSession: async () => ok('/docs/CTG Diois/nouvelle.ctg-seance.json'),
      saveSessionAs: async (_h: string, p: string) => ok(p),
      other: 1,
    } as unknown as Pick<SessionApi, 'openSession' | 'openSessionBackup' | 'createSession' | 'saveSessionAs'> & { other: number };
    const recent: string[] = [];
    const wrapped = withRecentDocuments(service, (p) => void recent.push(p));
    await wrapped.openSession('/media/cle/copil.ctg-seance.json');
    await wrapped.openSession('/media/cle/abime.ctg-seance.json');
    await wrapped.createSession({} as never);
    await wrapped.saveSessionAs('h', '/media/cle/copie.ctg-seance.json');
    expect(recent).toEqual(['/media/cle/copil.ctg-seance.json', '/docs/CTG Diois/nouvelle.ctg-seance.json', '/media/cle/copie.ctg-seance.json']);
    expect(wrapped.other).toBe(1);
  });
});
