// One slide of the model drawn for paper: the presentation's own SlideSection at its 1920 ×
// 1080 logical size, scaled into a box `widthMm` wide, every fragment shown. No reveal.js
// instance runs: the section is static, so the layout is the same on every print.
import { useLayoutEffect, useRef } from 'react';
import type { Slide } from '../../core/deck/model.js';
import { slideHeightMm, slideScale } from '../../core/export/variants.js';
import { SlideSection } from '../presentation/SlideSection.js';

export function PrintSlide({ slide, widthMm }: { slide: Slide; widthMm: number }) {
  const revealRef = useRef<HTMLDivElement>(null);
  // reveal.js paints a slide's data-background-color on a layer of its own; without reveal,
  // the box takes it (the title slide's dark background).
  useLayoutEffect(() => {
    const box = revealRef.current;
    const section = box?.querySelector('section');
    const colour = section?.getAttribute('data-background-color');
    if (box) box.style.background = colour ?? '';
  });
  return (
    <div
      className="presentation print-slide"
      style={{ width: `${widthMm}mm`, height: `${slideHeightMm(widthMm)}mm` }}
      data-slide-index={slide.index}
    >
      <div className="reveal" ref={revealRef}>
        {/* zoom, not transform: Chromium's paginated printing drops inline SVG under a
            scaled, clipped ancestor on every page but the first. */}
        <div className="slides" style={{ zoom: slideScale(widthMm) }}>
          <SlideSection slide={slide} />
        </div>
      </div>
    </div>
  );
}
