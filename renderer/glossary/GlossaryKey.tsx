// What the presentation mounts: the glossary loaded once, and when `open`, the overlay
// with the sigles of `slide`.
import { useMemo } from 'react';
import type { Slide } from '../../core/deck/model.js';
import { GlossaryOverlay, type GlossaryOverlayContent } from './GlossaryOverlay.js';
import { siglesOnSlide } from './slide-sigles.js';
import { useGlossary } from './useGlossary.js';

export function GlossaryKey({ open, slide }: { open: boolean; slide: Slide | undefined }) {
  const glossary = useGlossary();
  // Only while open: the room changes slide far more often than it opens the key.
  const content = useMemo<GlossaryOverlayContent | null>(() => {
    if (!open) return null;
    if (glossary.status !== 'ready') return glossary;
    return { status: 'ready', entries: slide ? siglesOnSlide(slide, glossary.glossary) : [] };
  }, [open, glossary, slide]);
  return content ? <GlossaryOverlay content={content} /> : null;
}
