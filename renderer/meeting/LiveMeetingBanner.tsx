// On the library: the meeting under way, where it is, and the way back to it (the session
// screen and the facilitator view), so no view forgets that a meeting is live.
import { useHost } from '../host-client/HostContext.js';
import { useMeeting } from './use-meeting.js';
import type { SessionState } from '../../core/session/api.js';
import './meeting.css';

export function LiveMeetingBanner({ onOpen }: { onOpen: (state: SessionState) => void }) {
  const { view, send } = useMeeting();
  const host = useHost();
  if (!view?.live) return null;
  const live = view.live;
  const resume = async () => {
    const r = await host.getSession(live.handle);
    if (r.ok) onOpen(r.state);
  };
  return (
    <p className="live-meeting" role="status" data-testid="live-meeting">
      <span>
        Séance en cours&nbsp;: <strong>{live.title}</strong>
        {view.point ? ` — point ${view.point.index} sur ${view.point.count}\u00A0: ${view.point.title}` : ''}
      </span>
      <button type="button" className="button button--small button--primary" onClick={() => void resume()}>
        Reprendre la séance
      </button>
      <a className="button button--small" href={`/facilitator?seance=${encodeURIComponent(live.handle)}`}>
        Vue animateur
      </a>
      <button type="button" className="button button--small" onClick={() => void send({ type: 'end' })}>
        Terminer la séance
      </button>
    </p>
  );
}
