import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createReloadBudget, HANG_QUESTION, watchWindowHealth, type GoneDetails, type HangQuestion } from './crash-recovery.js';

function fakeWindow(url: string) {
  const contents = Object.assign(new EventEmitter(), {
    url,
    loads: [] as string[],
    crashed: 0,
    getURL() {
      return this.url;
    },
    loadURL(next: string) {
      this.loads.push(next);
      this.url = next;
      return Promise.resolve();
    },
    forcefullyCrashRenderer(this: EventEmitter & { crashed: number; url: string }) {
      this.crashed++;
      this.url = '';
      this.emit('render-process-gone', {}, { reason: 'killed', exitCode: 9 } satisfies GoneDetails);
    },
  });
  const win = Object.assign(new EventEmitter(), { webContents: contents, destroyed: false, isDestroyed: () => false });
  return { win, contents };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('crash and hang recovery', () => {
  it('reloads a window whose page is gone on the same address, and logs it', () => {
    const { win, contents } = fakeWindow('app://app/index.html?seance=0123456789abcdef');
    const lines: string[] = [];
    watchWindowHealth(win, { log: { write: (level, m) => lines.push(`${level} ${m}`) }, ask: async () => ({ response: 0 }), fallbackUrl: 'app://app/index.html', name: 'principale' });
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(contents.loads).toEqual(['app://app/index.html?seance=0123456789abcdef']);
    expect(lines[0]).toMatch(/^error Fenêtre principale : la page s’est arrêtée \(crashed, code 139\) sur app:\/\/app\/index\.html\?seance=/);
    expect(lines[1]).toMatch(/^info .*rechargée/);
  });

  it('does not reload a page that ended normally, nor one that keeps dying', () => {
    const { win, contents } = fakeWindow('app://app/facilitator');
    let t = 0;
    watchWindowHealth(win, { log: { write: () => {} }, ask: async () => ({ response: 0 }), fallbackUrl: 'app://app/index.html', name: 'animateur', budget: createReloadBudget(3, 60_000, () => t) });
    contents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(contents.loads).toEqual([]);
    for (let i = 0; i < 5; i++) contents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(contents.loads).toHaveLength(3);
    t = 61_000;
    contents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(contents.loads).toHaveLength(4);
  });

  it('asks in French whether to wait or reload when the page hangs, once at a time', async () => {
    const { win, contents } = fakeWindow('app://app/index.html?deck=logement');
    const asked: HangQuestion[] = [];
    let answer: (r: { response: number }) => void = () => {};
    const lines: string[] = [];
    watchWindowHealth(win, {
      log: { write: (level, m) => lines.push(`${level} ${m}`) },
      ask: (q) => {
        asked.push(q);
        return new Promise((resolve) => (answer = resolve));
      },
      fallbackUrl: 'app://app/index.html',
      name: 'principale',
    });
    win.emit('unresponsive');
    win.emit('unresponsive');
    expect(asked).toEqual([HANG_QUESTION]);
    expect(HANG_QUESTION.buttons).toEqual(['Attendre', 'Recharger']);
    answer({ response: 0 }); // Attendre
    await settle();
    expect(contents.crashed).toBe(0);
    win.emit('unresponsive');
    expect(asked).toHaveLength(2);
    answer({ response: 1 }); // Recharger
    await settle();
    expect(contents.crashed).toBe(1);
    expect(contents.loads).toEqual(['app://app/index.html?deck=logement']);
    expect(lines.filter((l) => l.startsWith('warn'))).toHaveLength(3);
  });
});
