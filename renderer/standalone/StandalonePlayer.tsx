// The offline player: the app's own PresentationScreen (reveal.js, the same slides, the same
// keys) on the deck embedded in the file. Esc leaves full screen; there is no library to go
// back to. A deck exported with notes gets a « Notes » button showing the current slide's.
import { useEffect, useState } from 'react';
import type { Deck } from '../../core/deck/model.js';
import { PresentationScreen } from '../presentation/PresentationScreen.js';

function useCurrentSlideIndex(): number {
  const [index, setIndex] = useState(0);
  useEffect(() => {
    const read = () => {
      const value = Number(document.querySelector('.presentation')?.getAttribute('data-slide-index'));
      if (Number.isInteger(value)) setIndex(value);
    };
    const observer = new MutationObserver(read);
    observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-slide-index'], childList: true });
    read();
    return () => observer.disconnect();
  }, []);
  return index;
}

function NotesPanel({ deck }: { deck: Deck }) {
  const [open, setOpen] = useState(false);
  const index = useCurrentSlideIndex();
  const notes = deck.slides[index]?.notes ?? [];
  return (
    <>
      <button type="button" className="standalone-notes-toggle" aria-pressed={open} onClick={(e) => {
        setOpen((o) => !o);
        // Keys go back to the slides, not to this button (Space and Enter advance).
        e.currentTarget.blur();
      }}>
        {open ? 'Masquer les notes' : 'Notes'}
      </button>
      {open && (
        <aside className="standalone-notes" aria-label="Notes de l’intervenant">
          {notes.length === 0 ? <p>Pas de notes pour cette diapositive.</p> : notes.map((p, i) => <p key={i}>{p}</p>)}
        </aside>
      )}
    </>
  );
}

export function StandalonePlayer({ deck }: { deck: Deck }) {
  const hasNotes = deck.slides.some((s) => s.notes.length > 0);
  useEffect(() => {
    document.title = `${deck.meta.title} — CTG Diois`;
  }, [deck.meta.title]);
  return (
    <>
      <PresentationScreen deck={deck} startIndex={0} onClose={() => undefined} />
      {hasNotes && <NotesPanel deck={deck} />}
    </>
  );
}
