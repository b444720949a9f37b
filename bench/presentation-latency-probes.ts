// In-page probes of the latency benchmark, as functions Playwright runs in each page.

/** Facilitator page: stamps every keydown on the shared clock (before the app's listener). */
export function KEY_PROBE(): void {
  const w = window as unknown as { __keys: number[] };
  w.__keys = [];
  window.addEventListener('keydown', (event) => w.__keys.push(performance.timeOrigin + event.timeStamp), { capture: true });
}

/** Audience page: stamps every change of reveal.js's present slide. */
export function PRESENT_PROBE(): void {
  const w = window as unknown as { __present: number[] };
  w.__present = [];
  const slides = document.querySelector('main.audience .reveal .slides')!;
  let current = slides.querySelector(':scope > section.present');
  new MutationObserver(() => {
    const now = performance.timeOrigin + performance.now();
    const present = slides.querySelector(':scope > section.present');
    if (present !== current) {
      current = present;
      w.__present.push(now);
    }
  }).observe(slides, { subtree: true, attributes: true, attributeFilter: ['class'] });
}
