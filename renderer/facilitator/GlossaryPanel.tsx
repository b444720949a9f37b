// The sigles of the current slide (its text, notes and prompts), from the glossary, and
// the « Sigles à l'écran » toggle that spells out those of the room's slide over it (D).
import { useMemo } from 'react';
import type { Slide } from '../../core/deck/model.js';
import { promptTexts, slideAudienceText, slideNotesText } from '../../core/deck/plain-text.js';
import { siglesIn } from '../../core/glossary/sigles-in.js';
import type { GlossaryResult } from '../../core/host-api.js';

export interface GlossaryOnScreen {
  shown: boolean;
  toggle: () => void;
}

export function GlossaryPanel({ slide, glossary, onScreen }: { slide: Slide | undefined; glossary: GlossaryResult | null; onScreen?: GlossaryOnScreen }) {
  const entries = useMemo(() => {
    if (!slide || !glossary?.ok) return [];
    return siglesIn([...slideAudienceText(slide), ...slideNotesText(slide), ...slide.prompts.flatMap(promptTexts)], glossary.glossary);
  }, [slide, glossary]);
  return (
    <section className="panel glossary-panel" aria-labelledby="glossary-title">
      <h2 className="panel__title" id="glossary-title">
        Sigles de la diapositive
      </h2>
      {onScreen && (
        <button type="button" className="glossary-panel__screen" aria-pressed={onScreen.shown} onClick={onScreen.toggle}>
          Sigles à l’écran <kbd>D</kbd>
        </button>
      )}
      {glossary && !glossary.ok && <p className="panel__empty">Glossaire illisible&nbsp;: {glossary.message}</p>}
      {glossary?.ok && entries.length === 0 && <p className="panel__empty">Aucun sigle sur cette diapositive.</p>}
      {entries.length > 0 && (
        <dl className="glossary-panel__list">
          {entries.map((entry) => (
            <div key={entry.sigle} className="glossary-panel__entry">
              <dt>{entry.sigle}</dt>
              <dd>
                <span className="glossary-panel__form">{entry.forme}</span> — {entry.explication}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
