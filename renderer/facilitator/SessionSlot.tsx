// Where the meeting's note-taking panel goes (renderer/session, written by the sessions
// engineer). Empty until it is mounted here.
export function SessionSlot(_props: { deckId: string; slideIndex: number }) {
  return <aside className="panel session-slot" data-slot="session" aria-label="Prise de notes de la réunion" />;
}
