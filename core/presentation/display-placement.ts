// Where the audience and facilitator windows go, as a pure function of the connected
// displays and of what happened (plug, unplug, swap key, « Présenter », Esc). The Electron
// adapter feeds it `screen` events and applies the result with setBounds/setFullScreen;
// the windows are moved, never closed, so nothing shown is lost.
//
// Rules:
// - The facilitator's home is the laptop: the internal display if there is one, else the
//   primary display (an OS may make the projector primary when it is plugged in).
// - With two displays or more, the audience window is full screen on another display: the
//   one most recently plugged in (a projector plugged in mid-session receives the audience
//   view), else the largest. The facilitator window fills the laptop's work area.
// - The swap key exchanges the two displays (for a wrong guess); a plug or unplug resets it.
// - With one display, the audience window is a window in the bottom-right corner, until
//   « Présenter » puts it full screen there; Esc brings it back to windowed mode.
// - Unplugging the audience's display brings the audience window back, as a window, to
//   the remaining display (or full screen on another external display, if there is one).

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayInfo {
  id: number;
  bounds: Rect;
  /** The bounds minus task bars and docks; defaults to `bounds`. */
  workArea?: Rect;
  primary: boolean;
  /** A laptop's built-in screen (Electron's `Display.internal`). */
  internal?: boolean;
}

export interface PlacementState {
  /** Connected displays, in the order they appeared. */
  displays: DisplayInfo[];
  /** The facilitator's display (the laptop), kept while it stays connected. */
  homeDisplayId: number | null;
  /** The display chosen for the room, when one was plugged in during the session. */
  audienceDisplayId: number | null;
  swapped: boolean;
  /** One display only: the audience view is full screen over the facilitator's. */
  presenting: boolean;
}

export type PlacementEvent =
  /** The full list of displays, at start-up or whenever it may have changed. */
  | { type: 'displays'; displays: DisplayInfo[] }
  | { type: 'added'; display: DisplayInfo }
  | { type: 'removed'; id: number }
  /** Resolution, position or work area changed. */
  | { type: 'changed'; display: DisplayInfo }
  | { type: 'swap' }
  | { type: 'present' }
  | { type: 'escape' };

export interface WindowPlacement {
  displayId: number;
  fullscreen: boolean;
  /** Where the window goes; for a full-screen window, the display's bounds. */
  bounds: Rect;
}

export interface Placement {
  audience: WindowPlacement;
  facilitator: WindowPlacement;
}

export function initialPlacementState(displays: DisplayInfo[]): PlacementState {
  return syncDisplays({ displays: [], homeDisplayId: null, audienceDisplayId: null, swapped: false, presenting: false }, displays);
}

export function updatePlacement(state: PlacementState, event: PlacementEvent): PlacementState {
  switch (event.type) {
    case 'displays':
      return syncDisplays(state, event.displays);
    case 'added':
      return syncDisplays(state, [...state.displays.filter((d) => d.id !== event.display.id), event.display]);
    case 'removed':
      return syncDisplays(
        state,
        state.displays.filter((d) => d.id !== event.id),
      );
    case 'changed':
      return state.displays.some((d) => d.id === event.display.id)
        ? { ...state, displays: state.displays.map((d) => (d.id === event.display.id ? copyDisplay(event.display) : d)) }
        : syncDisplays(state, [...state.displays, event.display]);
    case 'swap':
      return state.displays.length >= 2 ? { ...state, swapped: !state.swapped } : state;
    case 'present':
      return state.displays.length === 1 && !state.presenting ? { ...state, presenting: true } : state;
    case 'escape':
      return state.presenting ? { ...state, presenting: false } : state;
  }
}

/** Reconciles with a new list of displays: the newest arrival becomes the audience's. */
function syncDisplays(state: PlacementState, incoming: DisplayInfo[]): PlacementState {
  const before = new Set(state.displays.map((d) => d.id));
  const after = new Set(incoming.map((d) => d.id));
  // Keep arrival order: known displays first (updated), then the new ones.
  const kept = state.displays.filter((d) => after.has(d.id)).map((d) => copyDisplay(incoming.find((i) => i.id === d.id)!));
  const added = incoming.filter((d) => !before.has(d.id)).map(copyDisplay);
  const removed = state.displays.some((d) => !after.has(d.id));
  const displays = [...kept, ...added];

  const homeDisplayId = chooseHome(displays, state.homeDisplayId);
  let audienceDisplayId = state.audienceDisplayId !== null && after.has(state.audienceDisplayId) ? state.audienceDisplayId : null;
  // At start-up (no displays known yet) nothing was "plugged in": the largest display wins.
  if (state.displays.length > 0) {
    const newcomer = [...added].reverse().find((d) => d.id !== homeDisplayId);
    if (newcomer) audienceDisplayId = newcomer.id;
  }
  const changed = added.length > 0 || removed;
  return {
    displays,
    homeDisplayId,
    audienceDisplayId,
    // A plug or unplug resets the manual choices: the rules above decide afresh.
    swapped: changed ? false : state.swapped,
    presenting: changed ? false : state.presenting,
  };
}

/**
 * The facilitator's display: the internal one; else the one it already was (a projector
 * plugged in mid-session may become primary, it must not take the facilitator view);
 * else the primary; else the first.
 */
function chooseHome(displays: DisplayInfo[], previous: number | null): number | null {
  const home =
    displays.find((d) => d.internal) ?? displays.find((d) => d.id === previous) ?? displays.find((d) => d.primary) ?? displays[0];
  return home?.id ?? null;
}

function audienceDisplay(state: PlacementState, home: DisplayInfo): DisplayInfo | undefined {
  const others = state.displays.filter((d) => d.id !== home.id);
  const preferred = others.find((d) => d.id === state.audienceDisplayId);
  if (preferred) return preferred;
  // The largest; on a tie, the most recent arrival.
  let best: DisplayInfo | undefined;
  for (const d of others) if (!best || area(d.bounds) >= area(best.bounds)) best = d;
  return best;
}

/** Where each window goes; null when no display is known. */
export function placeWindows(state: PlacementState): Placement | null {
  const home = state.displays.find((d) => d.id === state.homeDisplayId) ?? state.displays[0];
  if (!home) return null;
  const room = audienceDisplay(state, home);
  if (room) {
    const [audienceOn, facilitatorOn] = state.swapped ? [home, room] : [room, home];
    return {
      audience: { displayId: audienceOn.id, fullscreen: true, bounds: { ...audienceOn.bounds } },
      facilitator: { displayId: facilitatorOn.id, fullscreen: false, bounds: { ...workArea(facilitatorOn) } },
    };
  }
  return {
    audience: state.presenting
      ? { displayId: home.id, fullscreen: true, bounds: { ...home.bounds } }
      : { displayId: home.id, fullscreen: false, bounds: cornerWindow(workArea(home)) },
    facilitator: { displayId: home.id, fullscreen: false, bounds: { ...workArea(home) } },
  };
}

/** A 16:9 window, half the work area wide, in its bottom-right corner. */
function cornerWindow(area: Rect): Rect {
  const margin = Math.round(Math.min(area.width, area.height) * 0.03);
  let width = Math.round(area.width / 2);
  let height = Math.round((width * 9) / 16);
  const maxHeight = area.height - 2 * margin;
  if (height > maxHeight) {
    height = maxHeight;
    width = Math.round((height * 16) / 9);
  }
  return { x: area.x + area.width - width - margin, y: area.y + area.height - height - margin, width, height };
}

const workArea = (d: DisplayInfo): Rect => d.workArea ?? d.bounds;
const area = (r: Rect) => r.width * r.height;

function copyDisplay(d: DisplayInfo): DisplayInfo {
  const copy: DisplayInfo = { id: d.id, bounds: { ...d.bounds }, primary: d.primary };
  if (d.workArea) copy.workArea = { ...d.workArea };
  if (d.internal !== undefined) copy.internal = d.internal;
  return copy;
}
