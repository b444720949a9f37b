// The meeting over Electron's IPC, with stand-ins for ipcMain and the windows: actions from
// the app's pages only, the state on request, and every change pushed to every window.
import { describe, expect, it } from 'vitest';
import { MEETING_ACTION_CHANNEL, MEETING_GET_CHANNEL, MEETING_STATE_CHANNEL } from '../../core/meeting/model.js';
import type { MeetingMessage } from '../../core/meeting/api.js';
import { MeetingHub } from '../../host/meeting/hub.js';
import { bindMeetingIpc } from '../../host/meeting/ipc.js';
import { PresentationHub } from '../../host/presentation/hub.js';
import type { IpcMainLike } from '../../host/presentation/ipc.js';

describe('meeting IPC', () => {
  it('answers trusted pages, refuses others, and pushes changes to every window', async () => {
    const handlers = new Map<string, Parameters<IpcMainLike['handle']>[1]>();
    const ipc: IpcMainLike = { handle: (c, l) => void handlers.set(c, l), removeHandler: (c) => void handlers.delete(c) };
    const sent: MeetingMessage[] = [];
    const window = { send: (channel: string, m: MeetingMessage) => channel === MEETING_STATE_CHANNEL && sent.push(m), isDestroyed: () => false };
    const presentation = new PresentationHub();
    const meeting = new MeetingHub({ getSession: async () => ({ ok: false, message: 'non' }), updateSession: async () => ({ ok: false, kind: 'refusé', message: 'non' }) }, presentation);
    const unbind = bindMeetingIpc(meeting, ipc, { isTrustedSender: (e) => e.senderFrame?.origin === 'app://app', targets: () => [window] });
    const app = { senderFrame: { origin: 'app://app' } };
    expect(await handlers.get(MEETING_GET_CHANNEL)!(app)).toMatchObject({ meeting: { live: null } });
    expect(await handlers.get(MEETING_ACTION_CHANNEL)!({ senderFrame: { origin: 'https://ailleurs.example' } }, { type: 'hideWall' })).toMatchObject({ ok: false });
    expect(await handlers.get(MEETING_ACTION_CHANNEL)!(app, { type: 'nextPoint' })).toMatchObject({ ok: false, message: expect.stringContaining('Aucune séance') });
    presentation.apply({ type: 'openDeck', deckId: 'logement', durationMinutes: 10, shape: { slides: [{ fragments: 0, promptMinutes: [] }] } });
    expect(sent.at(-1)?.meeting.roomDeckId).toBe('logement');
    unbind();
    expect(handlers.size).toBe(0);
  });
});
