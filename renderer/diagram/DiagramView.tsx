// A diagram block of a deck: laid out (pure core functions) and drawn, or an error box in
// French when the data cannot be drawn. The host's deck parser has already validated and
// normalised the data; the renderer only checks its shape (core/diagram/trusted.ts), which keeps
// the validator and zod out of the renderer's bundle.
import { useMemo } from 'react';
import type { Block, DeckIssue } from '../../core/deck/model.js';
import { layoutDiagram } from '../../core/diagram/layout.js';
import type { LayoutResult } from '../../core/diagram/model.js';
import { DiagramError } from './DiagramError.js';
import { DiagramSvg } from './DiagramSvg.js';
import { trustedDiagram } from '../../core/diagram/trusted.js';
import './diagram.css';

export interface DiagramViewProps {
  kind: string;
  data: unknown;
  line: number;
  error?: DeckIssue;
  /** File of the deck, for error messages when the parser did not already report one. */
  file?: string;
}

/** Lays out a block's normalised data (as core/deck/parse-deck.ts stores it). */
export function computeDiagram(kind: string, data: unknown): LayoutResult {
  const trusted = trustedDiagram(kind, data);
  if (!trusted.ok) return trusted;
  try {
    return layoutDiagram(trusted.diagram);
  } catch {
    // Data that passed the shape check but still trips the layout: an error box, not a broken slide.
    return { ok: false, message: `schéma ${kind}\u00a0: ce schéma ne peut pas être dessiné.` };
  }
}

/**
 * Layouts already computed, by kind and data. The facilitator's two previews and the room lay
 * out the same diagrams, and each deck change loads the deck afresh (new objects), so a
 * layout is keyed by content; a layout is pure, so a hit is exact. Bounded: oldest out first.
 */
const layouts = new Map<string, LayoutResult>();
const LAYOUTS_KEPT = 200;

function cachedDiagram(kind: string, data: unknown): LayoutResult {
  const key = `${kind}\u0000${JSON.stringify(data)}`;
  const known = layouts.get(key);
  if (known) return known;
  const result = computeDiagram(kind, data);
  layouts.set(key, result);
  if (layouts.size > LAYOUTS_KEPT) layouts.delete(layouts.keys().next().value!);
  return result;
}

export function DiagramView({ kind, data, line, error, file }: DiagramViewProps) {
  const result = useMemo(() => (error ? undefined : cachedDiagram(kind, data)), [kind, data, error]);
  if (error) return <DiagramError message={error.message} file={error.file} line={error.line} />;
  if (!result || !result.ok) return <DiagramError message={result?.message ?? 'schéma illisible'} file={file} line={line} />;
  return (
    <figure className="diagram" data-diagram-kind={kind}>
      <DiagramSvg layout={result.layout} />
    </figure>
  );
}

export type DiagramBlock = Extract<Block, { type: 'diagram' }>;

/** Same props as the placeholder DiagramSlot: swap the import in SlideBlocks.tsx. */
export function DiagramSlot({ block, file }: { block: DiagramBlock; file?: string }) {
  return <DiagramView kind={block.kind} data={block.data} line={block.line} error={block.error} file={file} />;
}
