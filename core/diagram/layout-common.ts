// Shared pieces of every diagram layout: the drawing area, text stacks fitted to a width,
// step ranking, and the final check that nothing overlaps or leaves the viewBox.
import type { Connector, DiagramLayout, LayoutBox, Step, TextRun, Tone } from './model.js';
import { BASELINE, LINE_HEIGHT, wrapText, type Weight } from './measure.js';

/**
 * Every diagram is drawn in a 1600 × 900 viewBox (16:9). The slide (1920 × 1080 logical px)
 * gives the diagram an area of at least 1600 × 900 px, so one viewBox unit is ≥ 1 px and
 * text of MIN_FONT units is ≥ 24 px on a 1920 × 1080 screen: the floor of every text the
 * room reads (the back row of a village hall), diagrams included.
 */
export const VIEW_W = 1600;
export const VIEW_H = 900;
export const MIN_FONT = 24;
/** Smallest share of the 1920 × 1080 slide the renderer must give the diagram (see above). */
export const MIN_AREA = { width: 1600, height: 900 } as const;

export class TooDense extends Error {}

/**
 * The layout at the largest scale that fits: tries each scale in turn (largest type first)
 * and keeps the last "too dense" reason if none fits.
 */
export function atLargestScaleThatFits<S>(scales: readonly S[], attempt: (scale: S) => DiagramLayout): DiagramLayout {
  let lastError: TooDense | undefined;
  for (const scale of scales) {
    try {
      return attempt(scale);
    } catch (e) {
      if (!(e instanceof TooDense)) throw e;
      lastError = e;
    }
  }
  throw lastError ?? new TooDense('schéma trop dense');
}

export const tooDense = (detail: string): never => {
  throw new TooDense(`schéma trop dense\u00a0: ${detail}\u00a0; raccourcissez les textes ou répartissez-les sur deux schémas.`);
};

export interface TextSpec {
  text: string;
  size: number;
  weight: Weight;
  /** Extra space above this paragraph, in multiples of its font size. */
  gapBefore?: number;
}

export interface Stack {
  height: number;
  width: number;
  place(x: number, y: number, w: number, anchor: 'start' | 'middle'): TextRun[];
}

/** Wraps each paragraph to the width; throws TooDense naming a word that cannot fit. */
export function stack(specs: TextSpec[], width: number, where: string): Stack {
  const blocks = specs.map((s) => {
    const r = wrapText(s.text, width, s.size, s.weight);
    if (!r.ok) return tooDense(`le mot «\u00a0${r.word}\u00a0» ne tient pas dans ${where}`);
    return { spec: s, lines: r.lines, width: r.width };
  });
  let height = 0;
  blocks.forEach((b, i) => {
    if (i > 0) height += (b.spec.gapBefore ?? 0.25) * b.spec.size;
    height += b.lines.length * b.spec.size * LINE_HEIGHT;
  });
  return {
    height,
    width: Math.max(0, ...blocks.map((b) => b.width)),
    place(x, y, w, anchor) {
      let top = y;
      return blocks.map((b, i) => {
        if (i > 0) top += (b.spec.gapBefore ?? 0.25) * b.spec.size;
        const lx = anchor === 'middle' ? x + w / 2 : x;
        const lines = b.lines.map((text, k) => ({
          text,
          x: round(lx),
          y: round(top + (k * LINE_HEIGHT + BASELINE) * b.spec.size),
        }));
        top += b.lines.length * b.spec.size * LINE_HEIGHT;
        return { lines, fontSize: b.spec.size, weight: b.spec.weight, anchor };
      });
    },
  };
}

export const round = (v: number) => Math.round(v * 10) / 10;

export function box(
  id: string,
  rect: { x: number; y: number; w: number; h: number },
  tone: Tone,
  texts: TextRun[],
  step: Step,
  shape: 'rect' | 'circle' = 'rect',
): LayoutBox {
  return {
    id,
    shape,
    x: round(rect.x),
    y: round(rect.y),
    w: round(rect.w),
    h: round(rect.h),
    tone,
    texts,
    bullets: [],
    step,
  };
}

/**
 * Maps raw step numbers to 0…k: 0 stays "visible from the start", the other distinct values
 * become 1, 2… in ascending order. With `progressif: non` everything is visible at once.
 */
export function stepRanker(values: number[], progressive: boolean): (v: number | undefined) => Step {
  const distinct = [...new Set(values.filter((v) => v > 0))].sort((a, b) => a - b);
  return (v) => (!progressive || !v ? 0 : distinct.indexOf(v) + 1);
}

export function countSteps(boxes: LayoutBox[], connectors: Connector[]): number {
  return Math.max(0, ...boxes.map((b) => b.step), ...connectors.map((c) => c.step));
}

// ---------------------------------------------------------------------------------------------
// Geometry checks (used by every layout before returning, and by the tests).

const EPS = 0.5;

export function insideView(b: { x: number; y: number; w: number; h: number }, w = VIEW_W, h = VIEW_H): boolean {
  return b.x >= -EPS && b.y >= -EPS && b.x + b.w <= w + EPS && b.y + b.h <= h + EPS;
}

function rectsOverlap(a: LayoutBox, b: LayoutBox, gap: number): boolean {
  return a.x < b.x + b.w + gap - EPS && b.x < a.x + a.w + gap - EPS && a.y < b.y + b.h + gap - EPS && b.y < a.y + a.h + gap - EPS;
}

function circleRectOverlap(c: LayoutBox, r: LayoutBox, gap: number): boolean {
  const cx = c.x + c.w / 2;
  const cy = c.y + c.h / 2;
  const rad = c.w / 2 + gap;
  const nx = Math.max(r.x, Math.min(cx, r.x + r.w));
  const ny = Math.max(r.y, Math.min(cy, r.y + r.h));
  return (cx - nx) ** 2 + (cy - ny) ** 2 < rad * rad - EPS;
}

export function boxesOverlap(a: LayoutBox, b: LayoutBox, gap = 0): boolean {
  if (a.shape === 'circle' && b.shape === 'circle') {
    const d = Math.hypot(a.x + a.w / 2 - (b.x + b.w / 2), a.y + a.h / 2 - (b.y + b.h / 2));
    return d < a.w / 2 + b.w / 2 + gap - EPS;
  }
  if (a.shape === 'circle') return circleRectOverlap(a, b, gap);
  if (b.shape === 'circle') return circleRectOverlap(b, a, gap);
  return rectsOverlap(a, b, gap);
}

/** Approximate extent of a text line (for checks): width from the font metrics. */
export function lineExtent(run: TextRun, line: { text: string; x: number; y: number }, width: number) {
  const left = run.anchor === 'middle' ? line.x - width / 2 : line.x;
  const top = line.y - BASELINE * run.fontSize;
  return { x: left, y: top, w: width, h: run.fontSize * LINE_HEIGHT };
}

/** The problems a reader would notice: overlapping boxes, text outside its box or the view. */
export function layoutProblems(layout: DiagramLayout, measure: (run: TextRun, text: string) => number): string[] {
  const problems: string[] = [];
  const { boxes } = layout;
  for (const b of boxes) {
    if (!insideView(b, layout.width, layout.height)) problems.push(`${b.id} sort du cadre`);
    for (const run of b.texts) {
      if (run.fontSize < MIN_FONT) problems.push(`${b.id}: texte de ${run.fontSize}`);
      for (const line of run.lines) {
        const e = lineExtent(run, line, measure(run, line.text));
        let inner = { x: b.x, y: b.y, w: b.w, h: b.h };
        if (b.shape === 'circle') {
          // The text must stay within the circle: check the line's corners.
          const cx = b.x + b.w / 2;
          const cy = b.y + b.h / 2;
          const r = b.w / 2;
          for (const [px, py] of [
            [e.x, e.y + e.h * 0.15],
            [e.x + e.w, e.y + e.h * 0.15],
            [e.x, e.y + e.h * 0.9],
            [e.x + e.w, e.y + e.h * 0.9],
          ] as const) {
            if ((px - cx) ** 2 + (py - cy) ** 2 > r * r + EPS) problems.push(`${b.id}: «\u00a0${line.text}\u00a0» déborde du cercle`);
          }
          continue;
        }
        inner = { x: b.x, y: b.y, w: b.w, h: b.h };
        if (e.x < inner.x - EPS || e.x + e.w > inner.x + inner.w + EPS || e.y < inner.y - EPS || e.y + e.h > inner.y + inner.h + EPS) {
          problems.push(`${b.id}: «\u00a0${line.text}\u00a0» déborde`);
        }
      }
    }
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (boxesOverlap(a, b)) problems.push(`${a.id} chevauche ${b.id}`);
    }
  }
  for (const c of layout.connectors) {
    for (const [x, y] of c.points) {
      if (x < -EPS || y < -EPS || x > layout.width + EPS || y > layout.height + EPS) problems.push(`${c.id} sort du cadre`);
    }
  }
  return problems;
}
