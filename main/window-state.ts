// Each window's size and place, remembered between launches like any desktop app, in one JSON
// file of the user data folder, written atomically (a crash mid-write never leaves half a file).
// Restoring keeps the window on a display that is connected now: the projector of last week's
// meeting may be gone, and a window placed on it would open off screen.
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../host/session/atomic.js';
import { nodeSessionFs } from '../host/session/fs.js';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SavedWindow extends Bounds {
  maximized?: boolean;
}

/** A display's usable area (Electron's Display.workArea). */
export interface DisplayArea {
  workArea: Bounds;
}

export const WINDOW_STATE_FILE = 'fenetres.json';
/** The smallest part of a window that must lie on a display for it to stay where it was. */
const MIN_VISIBLE = 100;

function overlap(a: Bounds, b: Bounds): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, value));

function isBounds(value: unknown): value is SavedWindow {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return ['x', 'y', 'width', 'height'].every((k) => typeof v[k] === 'number' && Number.isFinite(v[k])) && (v.width as number) > 0 && (v.height as number) > 0;
}

/**
 * Where to open a window saved at `saved`, given the displays connected now (the primary
 * first): on the display it overlaps most, moved and shrunk to fit inside that display's work
 * area; on the primary display, centred, when it is (nearly) off every display. Undefined when
 * nothing usable was saved (the window is then centred at its default size).
 */
export function restoreBounds(saved: unknown, displays: readonly DisplayArea[]): Bounds | undefined {
  if (!isBounds(saved) || displays.length === 0) return undefined;
  const scored = displays.map((d) => ({ area: d.workArea, shared: overlap(saved, d.workArea) }));
  const best = scored.reduce((a, b) => (b.shared > a.shared ? b : a));
  const visible = best.shared >= Math.min(MIN_VISIBLE * MIN_VISIBLE, saved.width * saved.height);
  const area = visible ? best.area : displays[0]!.workArea;
  const width = Math.round(Math.min(saved.width, area.width));
  const height = Math.round(Math.min(saved.height, area.height));
  if (!visible) {
    return { x: Math.round(area.x + (area.width - width) / 2), y: Math.round(area.y + (area.height - height) / 2), width, height };
  }
  return {
    x: Math.round(clamp(saved.x, area.x, area.x + area.width - width)),
    y: Math.round(clamp(saved.y, area.y, area.y + area.height - height)),
    width,
    height,
  };
}

/** The saved windows by name; an absent or damaged file is an empty record (defaults apply). */
export async function loadWindowStates(file: string): Promise<Record<string, SavedWindow>> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, SavedWindow] => isBounds(entry[1])));
  } catch {
    return {};
  }
}

export async function saveWindowStates(file: string, states: Record<string, SavedWindow>): Promise<void> {
  await writeFileAtomic(nodeSessionFs, file, new TextEncoder().encode(`${JSON.stringify(states, null, 2)}\n`));
}

/** The part of a BrowserWindow read when it moves or closes. */
export interface TrackedWindow {
  getNormalBounds(): Bounds;
  isMaximized(): boolean;
  isFullScreen(): boolean;
  isDestroyed(): boolean;
  on(event: 'resize' | 'move' | 'close', listener: () => void): unknown;
}

/**
 * Keeps `states[name]` up to date from the window's normal (not maximised, not full screen)
 * bounds and saves the file when it closes and, debounced, after it moves.
 */
export function trackWindowState(
  win: TrackedWindow,
  name: string,
  states: Record<string, SavedWindow>,
  save: () => Promise<void>,
  delayMs = 1000,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const record = () => {
    if (win.isDestroyed() || win.isFullScreen()) return;
    const b = win.getNormalBounds();
    states[name] = { x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() };
  };
  const later = () => {
    record();
    clearTimeout(timer);
    timer = setTimeout(() => void save().catch(() => undefined), delayMs);
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('close', () => {
    clearTimeout(timer);
    record();
    void save().catch(() => undefined);
  });
}
