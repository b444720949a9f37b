// What of a deck leaves the app: no review markers, notes and consignes only when asked, and
// no diagram that cannot be drawn (an error box is for the author, not for a partner). Each
// diagram left out is reported in French, so the user knows what the file lacks.
import type { Block, Deck, Slide } from '../deck/model.js';
import { layoutDiagram } from '../diagram/layout.js';
import { trustedDiagram } from '../diagram/trusted.js';

export interface ExportContentOptions {
  /** Keep the speaker notes (notes variant, HTML deck « avec notes »). */
  withNotes?: boolean;
  /** Keep the workshop prompts on their slides. */
  withPrompts?: boolean;
}

export interface ExportableDeck {
  deck: Deck;
  /** « schéma non exporté : … », one per diagram left out. */
  skipped: string[];
}

type DiagramBlock = Extract<Block, { type: 'diagram' }>;

/** Why a diagram block cannot be drawn, or null when it can. */
export function diagramProblem(block: DiagramBlock): string | null {
  if (block.error) return block.error.message;
  // The deck was parsed (and its diagrams validated) by the host: checking the shape is
  // enough, and keeps zod out of the print view.
  const valid = trustedDiagram(block.kind, block.data);
  if (!valid.ok) return valid.message;
  const laid = layoutDiagram(valid.diagram);
  return laid.ok ? null : laid.message;
}

export function skippedDiagramMessage(deck: Deck, slide: Slide, block: DiagramBlock, problem: string): string {
  const title = slide.title !== '' ? ` («\u00a0${slide.title}\u00a0»)` : '';
  return `schéma non exporté\u00a0: ${deck.meta.title}, diapositive ${slide.index + 1}${title}, ligne ${block.line}\u00a0: ${problem}`;
}

export function exportableDeck(deck: Deck, options: ExportContentOptions = {}): ExportableDeck {
  const skipped: string[] = [];
  const slides = deck.slides.map((slide): Slide => {
    const blocks = slide.blocks.filter((block) => {
      if (block.type !== 'diagram') return true;
      const problem = diagramProblem(block);
      if (problem === null) return true;
      skipped.push(skippedDiagramMessage(deck, slide, block, problem));
      return false;
    });
    return {
      ...slide,
      blocks,
      notes: options.withNotes ? slide.notes : [],
      // A workshop slide without its question would print as a bare title: the question
      // (with its method and time) stays, only the consigne is left out unless asked for.
      prompts: options.withPrompts ? slide.prompts : slide.prompts.map((prompt) => ({ ...prompt, instruction: '' })),
    };
  });
  return { deck: { ...deck, slides, reviewMarkers: [] }, skipped };
}
