import { EventEmitter } from 'node:events';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWindowStates, restoreBounds, saveWindowStates, trackWindowState, type SavedWindow } from './window-state.js';

const laptop = { workArea: { x: 0, y: 0, width: 1366, height: 728 } };
const projector = { workArea: { x: 1366, y: 0, width: 1920, height: 1080 } };

describe('window size and place', () => {
  it('puts a window back where it was when that place is on a connected display', () => {
    expect(restoreBounds({ x: 100, y: 50, width: 1000, height: 600 }, [laptop])).toEqual({ x: 100, y: 50, width: 1000, height: 600 });
    expect(restoreBounds({ x: 1500, y: 100, width: 1200, height: 800 }, [laptop, projector])).toEqual({ x: 1500, y: 100, width: 1200, height: 800 });
  });

  it('brings back on screen a window left on a projector that is no longer connected', () => {
    const restored = restoreBounds({ x: 1500, y: 100, width: 1200, height: 800 }, [laptop])!;
    // Centred on the laptop, shrunk to its work area.
    expect(restored).toEqual({ x: 83, y: 0, width: 1200, height: 728 });
  });

  it('moves and shrinks a window hanging over a display edge so it fits inside', () => {
    expect(restoreBounds({ x: 1000, y: 600, width: 800, height: 400 }, [laptop])).toEqual({ x: 566, y: 328, width: 800, height: 400 });
    expect(restoreBounds({ x: -50, y: -20, width: 3000, height: 2000 }, [laptop])).toEqual({ x: 0, y: 0, width: 1366, height: 728 });
  });

  it('ignores nothing-saved and damaged records', () => {
    for (const saved of [undefined, null, {}, { x: 0, y: 0, width: 0, height: 10 }, { x: 'a', y: 0, width: 10, height: 10 }, { x: NaN, y: 0, width: 10, height: 10 }]) {
      expect(restoreBounds(saved, [laptop]), JSON.stringify(saved)).toBeUndefined();
    }
    expect(restoreBounds({ x: 0, y: 0, width: 10, height: 10 }, [])).toBeUndefined();
  });

  it('saves to a JSON file atomically and reads it back; a damaged file reads as empty', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ctg-win-'));
    const file = path.join(dir, 'fenetres.json');
    expect(await loadWindowStates(file)).toEqual({});
    await saveWindowStates(file, { main: { x: 10, y: 20, width: 900, height: 700, maximized: true } });
    expect(await loadWindowStates(file)).toEqual({ main: { x: 10, y: 20, width: 900, height: 700, maximized: true } });
    expect(readdirSync(dir)).toEqual(['fenetres.json']); // no temporary file left behind
    writeFileSync(file, '{"main": {"x": 1');
    expect(await loadWindowStates(file)).toEqual({});
  });

  it('records the normal bounds when the window moves and saves when it closes', async () => {
    const win = Object.assign(new EventEmitter(), {
      bounds: { x: 1, y: 2, width: 800, height: 600 },
      getNormalBounds() {
        return this.bounds;
      },
      isMaximized: () => false,
      isFullScreen: () => false,
      isDestroyed: () => false,
    });
    const states: Record<string, SavedWindow> = {};
    let saves = 0;
    trackWindowState(win, 'main', states, async () => void saves++, 5);
    win.bounds = { x: 30, y: 40, width: 1000, height: 700 };
    win.emit('move');
    expect(states.main).toEqual({ x: 30, y: 40, width: 1000, height: 700, maximized: false });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(saves).toBe(1);
    win.emit('close');
    expect(saves).toBe(2);
  });
});
