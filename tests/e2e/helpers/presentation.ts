// Reading and driving the presentation screen from a test, through the DOM only:
// reveal.js's `.present` section and the read-only data attributes of main.presentation.
import type { Page } from 'playwright-core';

export interface ShownState {
  /** 0-based index of reveal's `.present` slide. */
  slide: number;
  /** The same index, as the app reports it on its root. */
  reportedSlide: number;
  slideCount: number;
  /** Visible fragments on the present slide. */
  visibleFragments: number;
  screen: 'slide' | 'black' | 'white';
}

export async function shownState(page: Page): Promise<ShownState> {
  return page.evaluate(() => {
    const root = document.querySelector<HTMLElement>('main.presentation');
    if (!root) throw new Error('not presenting');
    const sections = Array.from(document.querySelectorAll('.reveal .slides > section'));
    const present = document.querySelector('.reveal .slides > section.present');
    return {
      slide: present ? sections.indexOf(present) : -1,
      reportedSlide: Number(root.dataset.slideIndex),
      slideCount: sections.length,
      visibleFragments: present ? present.querySelectorAll('.fragment.visible').length : 0,
      screen: (root.dataset.screen ?? 'slide') as 'slide' | 'black' | 'white',
    };
  });
}

/** Waits until reveal.js is ready and the deck's first painted slide is in place. */
export async function waitForPresentation(page: Page): Promise<void> {
  await page.waitForSelector('main.presentation[data-ready="true"] .reveal .slides > section.present', { state: 'visible' });
}

/** Waits until the library shows its cards (or error cards). */
export async function waitForLibrary(page: Page): Promise<void> {
  await page.waitForSelector('.deck-grid, .library__empty', { state: 'visible' });
}

/** Presses a key and waits until the app has reacted (two animation frames). */
export async function press(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key);
  await settle(page);
}

export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/**
 * Waits until every finite CSS animation and transition of the page has finished (a
 * fragment's fade, a slide's transition, a focus ring's fade), then one more frame: a
 * condition, where a fixed sleep would be too short on a busy machine and wasted on an idle one.
 */
export async function waitForAnimations(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity),
  );
  await settle(page);
}

/** Waits until an element's box is the same on two successive frames (a re-scale has ended). */
export async function waitForStableBox(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(
    (sel) =>
      new Promise<boolean>((resolve) => {
        const box = () => JSON.stringify(document.querySelector(sel)?.getBoundingClientRect());
        const first = box();
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(box() === first)));
      }),
    selector,
  );
}
