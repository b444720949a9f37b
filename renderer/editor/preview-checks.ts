// Content warnings measured on the rendered slide (at its logical 1920 × 1080 size): text
// smaller than the back row can read, and content that runs out of the slide.

/** Below this size (logical px on a 1920 × 1080 slide) text is unreadable from the back of a hall. */
export const MIN_TEXT_PX = 24;

export interface LayoutWarnings {
  overflow: boolean;
  /** Smallest text size found under MIN_TEXT_PX, or 0. */
  smallTextPx: number;
}

export function measureSlide(frame: HTMLElement): LayoutWarnings {
  const overflow = frame.scrollHeight > frame.clientHeight + 2 || frame.scrollWidth > frame.clientWidth + 2;
  let smallest = 0;
  for (const el of Array.from(frame.querySelectorAll<HTMLElement>('h1, h2, h3, p, li, blockquote, dd, dt, figcaption'))) {
    if (!el.textContent?.trim()) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size > 0 && size < MIN_TEXT_PX && (smallest === 0 || size < smallest)) smallest = size;
  }
  return { overflow, smallTextPx: smallest };
}
