// Where the meeting's note-taking panel goes: the live meeting's session (renderer/meeting),
// or the one the link names (`?seance=<handle>`) when no meeting is live. Its notes panel
// (renderer/session) shows where the host files a note: the meeting's point and slide.
import type { MeetingView } from '../../core/meeting/model.js';
import { sessionFromSearch } from '../routes.js';
import { NotesPanel } from '../session/NotesPanel.js';

export function SessionSlot({ deckId, slideIndex, meeting }: { deckId: string; slideIndex: number; meeting: MeetingView | null }) {
  const handle = meeting?.live?.handle ?? sessionFromSearch(window.location.search);
  const anchor = meeting?.live && meeting.live.handle === handle ? meeting.anchor : { deckId, slideIndex };
  return (
    <aside className="panel session-slot" data-slot="session" aria-label="Prise de notes de la réunion">
      {handle && <NotesPanel handle={handle} {...anchor} />}
    </aside>
  );
}
