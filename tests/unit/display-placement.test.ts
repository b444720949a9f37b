import { describe, expect, it } from 'vitest';
import {
  initialPlacementState,
  placeWindows,
  updatePlacement,
  type DisplayInfo,
  type Placement,
  type PlacementEvent,
  type PlacementState,
} from '../../core/presentation/display-placement.js';

// A laptop (internal, primary), a projector to its right, a second monitor to its left.
const laptop: DisplayInfo = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  primary: true,
  internal: true,
};
const projector: DisplayInfo = { id: 2, bounds: { x: 1920, y: 0, width: 1280, height: 720 }, primary: false, internal: false };
const monitor: DisplayInfo = { id: 3, bounds: { x: -2560, y: 0, width: 2560, height: 1440 }, primary: false, internal: false };

function after(displays: DisplayInfo[], ...events: PlacementEvent[]): { state: PlacementState; place: Placement } {
  const state = events.reduce(updatePlacement, initialPlacementState(displays));
  return { state, place: placeWindows(state)! };
}

/** Which display each window is on, and whether it is full screen: what a user notices. */
const where = (p: Placement) => ({
  audience: [p.audience.displayId, p.audience.fullscreen ? 'plein écran' : 'fenêtre'],
  facilitator: [p.facilitator.displayId, p.facilitator.fullscreen ? 'plein écran' : 'fenêtre'],
});

describe('one display', () => {
  it('the audience view is a window over the facilitator’s, inside the screen', () => {
    const { place } = after([laptop]);
    expect(where(place)).toEqual({ audience: [1, 'fenêtre'], facilitator: [1, 'fenêtre'] });
    const b = place.audience.bounds;
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width).toBeLessThanOrEqual(1920);
    expect(b.y + b.height).toBeLessThanOrEqual(1040); // above the task bar
    expect(place.facilitator.bounds).toEqual(laptop.workArea);
  });

  it('« Présenter » puts the audience view full screen; Esc brings the window back', () => {
    const presenting = after([laptop], { type: 'present' }).place;
    expect(where(presenting).audience).toEqual([1, 'plein écran']);
    expect(presenting.audience.bounds).toEqual(laptop.bounds);
    expect(where(after([laptop], { type: 'present' }, { type: 'escape' }).place).audience).toEqual([1, 'fenêtre']);
  });

  it('the swap key does nothing with a single display', () => {
    const { state } = after([laptop], { type: 'swap' });
    expect(state.swapped).toBe(false);
  });
});

describe('two displays', () => {
  it('audience full screen on the projector, facilitator on the laptop', () => {
    const { place } = after([laptop, projector]);
    expect(where(place)).toEqual({ audience: [2, 'plein écran'], facilitator: [1, 'fenêtre'] });
    expect(place.audience.bounds).toEqual(projector.bounds);
  });

  it('the laptop keeps the facilitator view even when the projector is made primary', () => {
    const { place } = after([{ ...projector, primary: true }, { ...laptop, primary: false }]);
    expect(where(place)).toEqual({ audience: [2, 'plein écran'], facilitator: [1, 'fenêtre'] });
  });

  it('without an internal flag, the primary display is the facilitator’s', () => {
    const a = { ...monitor, id: 10, primary: true, internal: undefined };
    const b = { ...projector, id: 11 };
    expect(where(after([b, a]).place)).toEqual({ audience: [11, 'plein écran'], facilitator: [10, 'fenêtre'] });
  });

  it('the swap key exchanges them, and pressing it again restores them', () => {
    const swapped = after([laptop, projector], { type: 'swap' }).place;
    expect(where(swapped)).toEqual({ audience: [1, 'plein écran'], facilitator: [2, 'fenêtre'] });
    expect(swapped.audience.bounds).toEqual(laptop.bounds);
    expect(where(after([laptop, projector], { type: 'swap' }, { type: 'swap' }).place).audience).toEqual([2, 'plein écran']);
  });

  it('« Présenter » and Esc leave a two-screen setup as it is', () => {
    const { place } = after([laptop, projector], { type: 'present' }, { type: 'escape' });
    expect(where(place)).toEqual({ audience: [2, 'plein écran'], facilitator: [1, 'fenêtre'] });
  });
});

describe('three displays', () => {
  it('the largest external display gets the room at start-up', () => {
    expect(where(after([laptop, projector, monitor]).place).audience).toEqual([3, 'plein écran']);
  });

  it('a projector plugged in mid-session gets the room, not the bigger monitor', () => {
    const { place } = after([laptop, monitor], { type: 'added', display: projector });
    expect(where(place)).toEqual({ audience: [2, 'plein écran'], facilitator: [1, 'fenêtre'] });
  });

  it('unplugging the audience display moves the room to the other external one', () => {
    const { place } = after([laptop, monitor], { type: 'added', display: projector }, { type: 'removed', id: 2 });
    expect(where(place).audience).toEqual([3, 'plein écran']);
  });
});

describe('plug and unplug sequences', () => {
  it('laptop alone → projector plugged → unplugged → plugged again', () => {
    const steps: Array<[PlacementEvent, ReturnType<typeof where>]> = [
      [{ type: 'present' }, { audience: [1, 'plein écran'], facilitator: [1, 'fenêtre'] }],
      [{ type: 'added', display: projector }, { audience: [2, 'plein écran'], facilitator: [1, 'fenêtre'] }],
      [{ type: 'removed', id: 2 }, { audience: [1, 'fenêtre'], facilitator: [1, 'fenêtre'] }],
      [{ type: 'added', display: { ...projector, id: 4 } }, { audience: [4, 'plein écran'], facilitator: [1, 'fenêtre'] }],
    ];
    let state = initialPlacementState([laptop]);
    for (const [event, expected] of steps) {
      state = updatePlacement(state, event);
      expect(where(placeWindows(state)!)).toEqual(expected);
    }
  });

  it('a swap is forgotten when the projector is unplugged and plugged back', () => {
    const { place } = after([laptop, projector], { type: 'swap' }, { type: 'removed', id: 2 }, { type: 'added', display: projector });
    expect(where(place)).toEqual({ audience: [2, 'plein écran'], facilitator: [1, 'fenêtre'] });
  });

  it('a full list of displays works like added and removed events', () => {
    const { place } = after([laptop], { type: 'displays', displays: [laptop, monitor] }, { type: 'displays', displays: [laptop, monitor, projector] });
    expect(where(place).audience).toEqual([2, 'plein écran']);
    const unplugged = after([laptop, projector], { type: 'displays', displays: [laptop] }).place;
    expect(where(unplugged).audience).toEqual([1, 'fenêtre']);
  });

  it('a resolution change follows the display without changing roles', () => {
    const bigger = { ...projector, bounds: { x: 1920, y: 0, width: 1920, height: 1080 } };
    const { place } = after([laptop, projector], { type: 'swap' }, { type: 'changed', display: bigger });
    expect(where(place).facilitator).toEqual([2, 'fenêtre']);
    expect(place.facilitator.bounds).toEqual(bigger.bounds);
  });

  it('with no display known there is nowhere to place windows', () => {
    expect(placeWindows(initialPlacementState([]))).toBeNull();
    const gone = after([laptop], { type: 'removed', id: 1 }).state;
    expect(placeWindows(gone)).toBeNull();
  });
});
