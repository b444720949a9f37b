// The selected slide as the room will see it: the presentation's own SlideSection at its
// 1920 × 1080 logical size, static (no reveal.js running), scaled into the editor's column,
// every fragment shown. Its layout is measured for the content warnings (preview-checks.ts).
import { useLayoutEffect, useRef, useState } from 'react';
import type { Slide } from '../../core/deck/model.js';
import { SlideSection } from '../presentation/SlideSection.js';
import { measureSlide, type LayoutWarnings } from './preview-checks.js';

export const PREVIEW_WIDTH = 1920;
export const PREVIEW_HEIGHT = 1080;

export function SlidePreview({ slide, width, onMeasured }: { slide: Slide; width: number; onMeasured: (warnings: LayoutWarnings) => void }) {
  const box = useRef<HTMLDivElement>(null);
  const [, setTick] = useState(0);
  // reveal.js paints a slide's data-background-color on a layer of its own; here the box takes it.
  useLayoutEffect(() => {
    const root = box.current;
    const section = root?.querySelector('section');
    if (root) root.style.background = section?.getAttribute('data-background-color') ?? '';
    const frame = root?.querySelector<HTMLElement>('.slide-frame');
    if (frame) onMeasured(measureSlide(frame));
  });
  // Fonts and diagrams settle after the first paint: measure once more then.
  useLayoutEffect(() => {
    const timer = setTimeout(() => setTick((n) => n + 1), 300);
    return () => clearTimeout(timer);
  }, [slide]);
  const scale = width / PREVIEW_WIDTH;
  return (
    <div className="presentation editor-preview" style={{ width, height: PREVIEW_HEIGHT * scale }} aria-hidden="true">
      <div className="reveal" ref={box}>
        <div className="slides" style={{ transform: `scale(${scale})` }}>
          <SlideSection slide={slide} />
        </div>
      </div>
    </div>
  );
}
