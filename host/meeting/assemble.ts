// Puts the live meeting between the views and the session service, for either host: notes
// are filed where the host says the meeting is, starting a point makes its session the
// live one, closing it ends the meeting.
import type { HostApi } from '../../core/host-api.js';
import type { PresentationHub } from '../presentation/hub.js';
import { MeetingHub, type MeetingSessions } from './hub.js';

export function withMeeting<S extends HostApi>(service: S & Partial<Pick<MeetingSessions, 'onChange'>>, presentation: PresentationHub): { service: S; meeting: MeetingHub } {
  const meeting = new MeetingHub(service, presentation);
  const wrapped: S = {
    ...service,
    addEntry: (handle, entry) => service.addEntry(handle, meeting.fileEntry(handle, entry)),
    updateSession: async (handle, patch) => {
      const result = await service.updateSession(handle, patch);
      if (patch.current && (result.ok || ('state' in result && result.state))) meeting.noteStarted(result.state);
      return result;
    },
    closeSession: async (handle) => {
      const result = await service.closeSession(handle);
      if (result.ok) meeting.sessionClosed(handle);
      return result;
    },
  };
  return { service: wrapped, meeting };
}
