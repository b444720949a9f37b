// Walking through every slide of a deck with the presenter's keys, each slide with all its
// steps shown, and measuring what the room sees on it. One page per deck: no reload per slide.
import type { Page } from 'playwright-core';
import { listDecks } from '../../../host/deck-store.js';
import { SLIDES_DIR } from './browser.js';
import { press, settle, shownState, waitForPresentation } from './presentation.js';

/** The ids of every deck of slides/ that loads (broken decks have their own tests). */
export async function deckIds(): Promise<string[]> {
  return (await listDecks(SLIDES_DIR)).flatMap((summary) => (summary.ok ? [summary.meta.id] : []));
}

/** Opens a deck on its first slide (`?deck=<id>`), fonts loaded; transitions off so the final state is there at once. */
export async function openDeck(page: Page, baseUrl: string, deckId: string): Promise<void> {
  await page.goto(new URL(`/?deck=${encodeURIComponent(deckId)}`, baseUrl).href);
  await waitForPresentation(page);
  await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation: none !important; }' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await settle(page);
}

function hiddenFragments(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('.reveal .slides > section.present .fragment:not(.visible)').length);
}

/**
 * From the first slide, presses → until each slide shows all its steps, calls `visit` with the
 * slide's 0-based index, and moves on; stops after the last slide. Fails if a key press does not
 * land on the next slide.
 */
export async function walkSlides(page: Page, visit: (index: number) => Promise<void>): Promise<number> {
  const { slideCount } = await shownState(page);
  for (let index = 0; index < slideCount; index++) {
    const shown = await shownState(page);
    if (shown.slide !== index) throw new Error(`attendu la diapositive ${index + 1}, affichée ${shown.slide + 1}`);
    // A slide has a handful of steps; the bound only guards against a stuck key.
    for (let guard = 0; guard < 50 && (await hiddenFragments(page)) > 0; guard++) await press(page, 'ArrowRight');
    await visit(index);
    if (index < slideCount - 1) await press(page, 'ArrowRight');
  }
  return slideCount;
}

export interface SlideMeasure {
  /** What overflows, in French, with the text concerned. */
  problems: string[];
  /** The smallest audience text (SVG excluded) in screen pixels, and that text. */
  minFontPx: number;
  minFontText: string;
}

/** Measures the present slide in screen pixels (reveal's scale applied by the browser). */
export function measurePresentSlide(page: Page): Promise<SlideMeasure> {
  return page.evaluate(() => {
    const section = document.querySelector<HTMLElement>('.reveal .slides > section.present');
    if (!section) return { problems: ['aucune diapositive affichée'], minFontPx: 0, minFontText: '' };
    const slide = section.getBoundingClientRect();
    const tol = 1;
    const outside = (r: DOMRect) => r.left < slide.left - tol || r.top < slide.top - tol || r.right > slide.right + tol || r.bottom > slide.bottom + tol;
    const snippet = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    const describe = (el: Element) => `<${el.tagName.toLowerCase()}${el.classList.length ? '.' + [...el.classList].join('.') : ''}> «\u00a0${snippet(el.textContent)}\u00a0»`;
    const problems: string[] = [];
    const shown = (el: Element) => !el.closest('aside.notes') && getComputedStyle(el).display !== 'none';

    for (const el of section.querySelectorAll('*')) {
      if (!shown(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (outside(r)) problems.push(`${describe(el)} sort de la diapositive`);
      if (!(el instanceof SVGElement) && el.clientHeight > 0 && el.scrollHeight > el.clientHeight + 1) {
        problems.push(`${describe(el)} déborde de sa boîte (${el.scrollHeight} > ${el.clientHeight} px)`);
      }
    }

    let minFontPx = Infinity;
    let minFontText = '';
    // The ratio of reveal's logical slide (1920 wide) to its box on screen.
    const scale = slide.width / 1920;
    const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || !shown(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        if (outside(r)) {
          problems.push(`le texte «\u00a0${snippet(node.textContent)}\u00a0» sort de la diapositive`);
          break;
        }
      }
      let px: number;
      if (parent instanceof SVGElement) {
        // Diagram text: its font size in viewBox units, times the SVG's scale on screen.
        const text = parent.closest('text');
        const m = text?.getScreenCTM();
        if (!text || !m) continue;
        px = Number(text.getAttribute('font-size')) * Math.hypot(m.a, m.b);
      } else {
        px = Number.parseFloat(getComputedStyle(parent).fontSize) * scale;
      }
      if (px < minFontPx) {
        minFontPx = px;
        minFontText = snippet(node.textContent);
      }
    }
    return { problems: [...new Set(problems)], minFontPx, minFontText };
  });
}
