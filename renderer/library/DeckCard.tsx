// A deck of the library: one button that presents it. F5 on the focused card presents from
// the first slide and Shift+F5 from where it was left, as in PowerPoint.
import { useState } from 'react';
import type { DeckSummary } from '../../core/deck/model.js';
import { ExportDialog } from '../export/ExportDialog.js';
import { FacilitateLink } from '../facilitator/FacilitateLink.js';
import { EditDeckLink } from '../editor/EditDeckLink.js';
import { formatPromptCount, formatSlideCount, formatSlidesDuration } from './format.js';

export type OkSummary = Extract<DeckSummary, { ok: true }>;

export interface DeckCardProps {
  summary: OkSummary;
  /** 0-based slide left at the last Esc, if any (shown, and used by Shift+F5). */
  resumeIndex?: number;
  onOpen: (id: string, startIndex: number) => void;
}

export function DeckCard({ summary, resumeIndex, onOpen }: DeckCardProps) {
  const { meta } = summary;
  const titleId = `deck-${meta.id}-title`;
  const [exporting, setExporting] = useState(false);
  return (
    <li className="deck-card-item">
      <button
        type="button"
        className="deck-card"
        data-deck-id={meta.id}
        // No aria-label: the name is what the card shows, in the order it shows it (WCAG 2.5.3,
        // a voice-control user says what they see).
        onClick={() => onOpen(meta.id, 0)}
        onKeyDown={(event) => {
          if (event.key !== 'F5' || event.ctrlKey || event.altKey || event.metaKey) return;
          event.preventDefault();
          onOpen(meta.id, event.shiftKey ? (resumeIndex ?? 0) : 0);
        }}
      >
        <span className="deck-card__theme">{meta.thematique}</span>
        <span className="deck-card__title" id={titleId}>
          {meta.title}
        </span>
        {meta.subtitle && <span className="deck-card__subtitle">{meta.subtitle}</span>}
        <span className="deck-card__facts" id={`deck-${meta.id}-facts`}>
          <span>{formatSlideCount(summary.slideCount)}</span>
          <span>{formatSlidesDuration(meta.durationMinutes)}</span>
          <span>{formatPromptCount(summary.promptCount, summary.workshopMinutes)}</span>
        </span>
        {resumeIndex !== undefined && resumeIndex > 0 && (
          <span className="deck-card__resume">Arrêtée à la diapositive {resumeIndex + 1} (Maj+F5 pour reprendre)</span>
        )}
      </button>
      {/* Secondary actions on one row under the card: the card itself presents. */}
      <div className="deck-card__actions">
        <FacilitateLink deckId={meta.id} title={meta.title} />
        <EditDeckLink deckId={meta.id} title={meta.title} reviewCount={summary.reviewCount ?? 0} />
        <button type="button" className="deck-card__export" aria-label={`Exporter… «\u00a0${meta.title}\u00a0»`} onClick={() => setExporting(true)}>
          Exporter…
        </button>
      </div>
      {exporting && <ExportDialog decks={[{ id: meta.id, title: meta.title }]} onClose={() => setExporting(false)} />}
    </li>
  );
}
