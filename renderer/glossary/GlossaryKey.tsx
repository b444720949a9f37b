// What the presentation mounts: the glossary loaded once, and when `open`, the overlay
// with the sigles of `slide`.
import { useMemo } from 'react';
import type { Slide } from '../../core/deck/model.js';
import { GlossaryOverlay, type GlossaryOverlayContent } from './GlossaryOverlay.js';
import { siglesOnSlide } from './slide-sigles.js';
import { useGlossary } from './useGlossary.js';

export function GlossaryKey({ open, slide }: { open: boolean; slide: Slide | undefined }) {
  const glossary = useGlossary();
  const content = useMemo<GlossaryOverlayContent>(() => {
    if (glossary.status !== 'ready') return glossary;
    return { status: 'ready', entries: slide ? siglesOnSlide(slide, glossary.glossary) : [] };
  }, [glossary, slide]);
  return open ? <GlossaryOverlay content={content} /> : null;
}
