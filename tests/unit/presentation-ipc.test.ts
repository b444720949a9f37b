// The IPC binding with a stand-in for ipcMain (Electron does not run here): an action from
// one window reaches every window; a foreign sender is refused.
import { describe, expect, it } from 'vitest';
import { PRESENTATION_ACTION_CHANNEL, PRESENTATION_GET_CHANNEL, type StateMessage } from '../../core/presentation/api.js';
import { PresentationHub } from '../../host/presentation/hub.js';
import { bindPresentationIpc, type IpcInvokeEventLike, type IpcMainLike } from '../../host/presentation/ipc.js';

class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, (event: IpcInvokeEventLike, ...args: unknown[]) => unknown>();
  handle(channel: string, listener: (event: IpcInvokeEventLike, ...args: unknown[]) => unknown) {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  }
  invoke(channel: string, origin: string, ...args: unknown[]) {
    return this.handlers.get(channel)!({ senderFrame: { origin } }, ...args);
  }
}

function window() {
  const received: StateMessage[] = [];
  return { received, destroyed: false, send: (_c: string, m: StateMessage) => received.push(m), isDestroyed() { return this.destroyed; } };
}

const openDeck = { type: 'openDeck', deckId: 'copil', durationMinutes: 30, shape: { slides: [{ fragments: 0, promptMinutes: [] }, { fragments: 0, promptMinutes: [] }] } };

describe('presentation over IPC', () => {
  it('applies actions from app pages and pushes the new state to every live window', () => {
    const hub = new PresentationHub();
    const ipc = new FakeIpcMain();
    const audience = window();
    const facilitator = window();
    const unbind = bindPresentationIpc(hub, ipc, { isTrustedSender: (e) => e.senderFrame?.origin === 'app://ctg', targets: () => [audience, facilitator] });

    expect((ipc.invoke(PRESENTATION_GET_CHANNEL, 'app://ctg') as StateMessage).state.deck).toBeNull();
    expect(ipc.invoke(PRESENTATION_ACTION_CHANNEL, 'app://ctg', openDeck)).toMatchObject({ ok: true });
    facilitator.destroyed = true;
    ipc.invoke(PRESENTATION_ACTION_CHANNEL, 'app://ctg', { type: 'next' });
    expect(audience.received.map((m) => m.state.position.slide)).toEqual([0, 1]);
    expect(facilitator.received).toHaveLength(1);

    expect(ipc.invoke(PRESENTATION_ACTION_CHANNEL, 'https://ailleurs.example', { type: 'prev' })).toMatchObject({ ok: false, message: expect.stringContaining('refusée') });
    expect(hub.state.position.slide).toBe(1);

    unbind();
    expect(ipc.handlers.size).toBe(0);
    hub.apply({ type: 'prev' });
    expect(audience.received).toHaveLength(2);
  });
});
