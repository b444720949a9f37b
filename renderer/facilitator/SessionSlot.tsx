// Where the meeting's note-taking panel goes: opened from a session's agenda, the link
// carries the session (`?seance=<handle>`), and its notes panel (renderer/session) is
// mounted here, following the facilitator's slide. Without a session the slot is empty.
import { sessionFromSearch } from '../routes.js';
import { NotesPanel } from '../session/NotesPanel.js';

export function SessionSlot({ deckId, slideIndex }: { deckId: string; slideIndex: number }) {
  const handle = sessionFromSearch(window.location.search);
  return (
    <aside className="panel session-slot" data-slot="session" aria-label="Prise de notes de la réunion">
      {handle && <NotesPanel handle={handle} deckId={deckId} slideIndex={slideIndex} />}
    </aside>
  );
}
