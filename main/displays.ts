// Applies core/presentation/display-placement.ts to the real windows: feeds it Electron's
// `screen` (displays, plug/unplug events) and the window commands (Présenter, Esc, swap),
// and moves the audience and facilitator windows where it says — never closing them, so
// nothing shown is lost. Typed structurally, so it runs and is tested without Electron.
import {
  initialPlacementState,
  placeWindows,
  updatePlacement,
  type DisplayInfo,
  type PlacementEvent,
  type PlacementState,
  type Rect,
  type WindowPlacement,
} from '../core/presentation/display-placement.js';

/** The part of Electron's Display used here. */
export interface DisplayLike {
  id: number;
  bounds: Rect;
  workArea?: Rect;
  internal?: boolean;
}

/** The part of Electron's `screen` module used here. */
export interface ScreenLike {
  getAllDisplays(): DisplayLike[];
  getPrimaryDisplay(): DisplayLike;
  on(event: 'display-added' | 'display-removed' | 'display-metrics-changed', listener: (...args: never[]) => void): unknown;
  removeListener?(event: string, listener: (...args: never[]) => void): unknown;
}

/** The part of a BrowserWindow used here. */
export interface PlacedWindow {
  isDestroyed(): boolean;
  isFullScreen(): boolean;
  setFullScreen(flag: boolean): void;
  setBounds(bounds: Rect): void;
}

export interface ScreenWindows {
  audience?: PlacedWindow | undefined;
  facilitator?: PlacedWindow | undefined;
}

export function toDisplayInfo(display: DisplayLike, primaryId: number): DisplayInfo {
  const info: DisplayInfo = { id: display.id, bounds: { ...display.bounds }, primary: display.id === primaryId };
  if (display.workArea) info.workArea = { ...display.workArea };
  if (display.internal !== undefined) info.internal = display.internal;
  return info;
}

export function currentDisplays(screen: ScreenLike): DisplayInfo[] {
  const primary = screen.getPrimaryDisplay().id;
  return screen.getAllDisplays().map((d) => toDisplayInfo(d, primary));
}

/** Moves one window to its placement (out of full screen first when it changes display). */
export function applyWindowPlacement(win: PlacedWindow | undefined, target: WindowPlacement): void {
  if (!win || win.isDestroyed()) return;
  if (win.isFullScreen()) win.setFullScreen(false);
  win.setBounds(target.bounds);
  if (target.fullscreen) win.setFullScreen(true);
}

export interface ScreenPlacement {
  readonly state: PlacementState;
  /** A window command or a display event; the windows move at once. */
  handle(event: PlacementEvent): void;
  /** Places the windows again (e.g. after one was opened). */
  apply(): void;
  dispose(): void;
}

export function createScreenPlacement(screen: ScreenLike, windows: () => ScreenWindows): ScreenPlacement {
  let state = initialPlacementState(currentDisplays(screen));
  const apply = () => {
    const placement = placeWindows(state);
    if (!placement) return;
    const { audience, facilitator } = windows();
    applyWindowPlacement(facilitator, placement.facilitator);
    applyWindowPlacement(audience, placement.audience);
  };
  const handle = (event: PlacementEvent) => {
    const next = updatePlacement(state, event);
    if (next === state) return;
    state = next;
    apply();
  };
  // Whatever the event, the full list is the truth (some systems send removed/added pairs).
  const resync = () => handle({ type: 'displays', displays: currentDisplays(screen) });
  const events = ['display-added', 'display-removed', 'display-metrics-changed'] as const;
  for (const name of events) screen.on(name, resync);
  return {
    get state() {
      return state;
    },
    handle,
    apply,
    dispose() {
      for (const name of events) screen.removeListener?.(name, resync);
    },
  };
}
