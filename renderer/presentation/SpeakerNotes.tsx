// Speaker notes inside the slide, where reveal.js (and later the facilitator view and the
// PDF with notes) look for them; hidden from the room by reveal.css and the theme.
export function SpeakerNotes({ notes }: { notes: string[] }) {
  if (notes.length === 0) return null;
  return (
    <aside className="notes">
      {notes.map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
    </aside>
  );
}
