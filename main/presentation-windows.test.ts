// Facilitator mode's Electron wiring without Electron: a stand-in screen whose displays
// are plugged and unplugged, stand-in windows recording where they are put, and the real
// hub behind the IPC handlers.
import { describe, expect, it } from 'vitest';
import { PRESENTATION_ACTION_CHANNEL, PRESENTATION_STATE_CHANNEL, PRESENTATION_WINDOW_CHANNEL } from '../core/presentation/api.js';
import { PresentationHub } from '../host/presentation/hub.js';
import { wirePresentationWindows } from './presentation-windows.js';
import type { DisplayLike, PlacedWindow } from './displays.js';

const LAPTOP: DisplayLike = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 }, internal: true };
const PROJECTOR: DisplayLike = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } };

class FakeWindow implements PlacedWindow {
  bounds = { x: 0, y: 0, width: 0, height: 0 };
  fullscreen = false;
  isDestroyed = () => false;
  isFullScreen = () => this.fullscreen;
  setFullScreen = (flag: boolean) => void (this.fullscreen = flag);
  setBounds = (b: typeof this.bounds) => void (this.bounds = { ...b });
}

function rig(displays: DisplayLike[]) {
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  const listeners = new Map<string, () => void>();
  const screen = {
    getAllDisplays: () => displays,
    getPrimaryDisplay: () => displays[0]!,
    on: (name: string, listener: () => void) => void listeners.set(name, listener),
  };
  const facilitator = new FakeWindow();
  const audience = new FakeWindow();
  const sent: Array<[string, unknown]> = [];
  const hub = new PresentationHub();
  wirePresentationWindows({
    hub,
    ipc: { handle: (channel, h) => void handlers.set(channel, h as never), removeHandler: (channel) => void handlers.delete(channel) },
    screen,
    isTrustedSender: (event) => (event as { trusted?: boolean }).trusted === true,
    windowOf: () => facilitator,
    openAudience: () => audience,
    targets: () => [{ send: (channel: string, message: unknown) => void sent.push([channel, message]), isDestroyed: () => false }],
  });
  const command = (name: string, trusted = true) => handlers.get(PRESENTATION_WINDOW_CHANNEL)!({ trusted }, name);
  const plug = (next: DisplayLike[]) => {
    displays = next;
    listeners.get(next.length > 1 ? 'display-added' : 'display-removed')!();
  };
  return { handlers, facilitator, audience, sent, command, plug };
}

describe('facilitator mode windows (stand-in Electron)', () => {
  it('with two displays, attach puts the audience full screen on the projector and the facilitator on the laptop; E swaps', () => {
    const r = rig([LAPTOP, PROJECTOR]);
    expect(r.command('attach')).toBe(true);
    expect(r.audience).toMatchObject({ fullscreen: true, bounds: PROJECTOR.bounds });
    expect(r.facilitator).toMatchObject({ fullscreen: false, bounds: LAPTOP.bounds });
    r.command('swap');
    expect(r.audience.bounds).toEqual(LAPTOP.bounds);
    expect(r.facilitator.bounds).toEqual(PROJECTOR.bounds);
  });

  it('a projector plugged in mid-session receives the audience view; unplugged, it comes back as a window', () => {
    const r = rig([LAPTOP]);
    r.command('attach');
    expect(r.audience.fullscreen).toBe(false);
    r.command('present');
    expect(r.audience).toMatchObject({ fullscreen: true, bounds: LAPTOP.bounds });
    r.command('escape');
    expect(r.audience.fullscreen).toBe(false);
    r.plug([LAPTOP, PROJECTOR]);
    expect(r.audience).toMatchObject({ fullscreen: true, bounds: PROJECTOR.bounds });
    r.plug([LAPTOP]);
    expect(r.audience.fullscreen).toBe(false);
    expect(r.audience.bounds.x).toBeLessThan(LAPTOP.bounds.width);
  });

  it('refuses commands and actions from pages that are not the app, and pushes every change to the windows', async () => {
    const r = rig([LAPTOP]);
    expect(r.command('attach', false)).toBe(false);
    expect(r.command('reboot')).toBe(false);
    const refused = (await r.handlers.get(PRESENTATION_ACTION_CHANNEL)!({ trusted: false }, { type: 'toggleBlack' })) as { ok: boolean };
    expect(refused.ok).toBe(false);
    const done = (await r.handlers.get(PRESENTATION_ACTION_CHANNEL)!({ trusted: true }, { type: 'toggleBlack' })) as { ok: boolean };
    expect(done.ok).toBe(true);
    expect(r.sent.map(([channel]) => channel)).toEqual([PRESENTATION_STATE_CHANNEL]);
  });
});
