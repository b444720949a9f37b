// The speaker notes of the facilitator's slide, with A− / A+ (the size is remembered).
import type { Slide } from '../../core/deck/model.js';
import { useNotesSize } from './notes-size.js';

export function SpeakerNotesPanel({ slide }: { slide: Slide | undefined }) {
  const [size, change] = useNotesSize();
  const notes = slide?.notes ?? [];
  return (
    <section className="panel notes-panel" aria-labelledby="notes-title">
      <div className="panel__head">
        <h2 className="panel__title" id="notes-title">
          Notes
        </h2>
        <div className="notes-panel__size" role="group" aria-label="Taille du texte des notes">
          <button type="button" onClick={() => change(-1)} aria-label="A− : texte plus petit">
            A−
          </button>
          <button type="button" onClick={() => change(1)} aria-label="A+ : texte plus grand">
            A+
          </button>
        </div>
      </div>
      <div className="notes-panel__text" style={{ fontSize: `${size}px` }} data-testid="notes" data-size={size}>
        {notes.length === 0 ? <p className="panel__empty">Pas de notes pour cette diapositive.</p> : notes.map((p, i) => <p key={i}>{p}</p>)}
      </div>
    </section>
  );
}
