// Layout of the "molecular" territory: a centre, local pôles on a ring around it (an ellipse
// that follows the 16:9 frame), and each pôle's local elements placed around it, on the side
// away from the centre when there is room. Placement is a deterministic greedy search over
// candidate angles that rejects any position overlapping what is already drawn.
import type { Connector, DiagramLayout, LayoutBox, Labelled, TerritoireDiagram } from './model.js';
import { atLargestScaleThatFits, box, boxesOverlap, countSteps, insideView, round, stack, stepRanker, tooDense, TooDense, VIEW_H, VIEW_W, type Stack, type TextSpec } from './layout-common.js';

const MARGIN = 8;
const CX = VIEW_W / 2;
const CY = VIEW_H / 2;
const PILL_W = 300;
const PAD = { x: 16, y: 8 };

const SCALES = [
  { centre: 30, pole: 26, body: 24, ring: 1 },
  { centre: 28, pole: 25, body: 24, ring: 0.92 },
  { centre: 26, pole: 24, body: 24, ring: 0.85 },
];

/** The smallest circle holding the text: tries a few wrap widths, keeps the smallest radius. */
function fitCircle(specs: TextSpec[], where: string): { st: Stack; r: number } {
  let best: { st: Stack; r: number } | undefined;
  for (const w of [150, 180, 210, 240, 280, 320]) {
    let st: Stack;
    try {
      st = stack(specs, w, where);
    } catch (e) {
      if (e instanceof TooDense) continue;
      throw e;
    }
    // Corners of the text block (its lines' boxes) must lie inside the circle.
    const r = Math.hypot(st.width / 2, st.height / 2) + 10;
    if (!best || r < best.r - 0.5) best = { st, r };
  }
  if (!best) return tooDense(`un mot ne tient pas dans ${where}`);
  return best;
}

const labelledSpecs = (l: { titre: string; texte: string[] }, title: number, body: number): TextSpec[] => [
  { text: l.titre, size: title, weight: 700 },
  ...l.texte.map((t) => ({ text: t, size: body, weight: 400 as const, gapBefore: 0.15 })),
];

function circleBox(id: string, cx: number, cy: number, fit: { st: Stack; r: number }, tone: 'strong' | 'accent', step: number): LayoutBox {
  const { st, r } = fit;
  return box(id, { x: cx - r, y: cy - r, w: 2 * r, h: 2 * r }, tone, st.place(cx - st.width / 2, cy - st.height / 2, st.width, 'middle'), step, 'circle');
}

export function layoutTerritoire(d: TerritoireDiagram): DiagramLayout {
  const rank = stepRanker(
    [d.centre.etape ?? 0, ...d.poles.flatMap((p) => [p.etape ?? 0, ...p.elements.map((e) => e.etape ?? 0)])],
    d.progressif,
  );
  return atLargestScaleThatFits(SCALES, (s) => attempt(d, s, rank));
}

function attempt(d: TerritoireDiagram, s: (typeof SCALES)[number], rank: (v: number | undefined) => number): DiagramLayout {
  const boxes: LayoutBox[] = [];
  const connectors: Connector[] = [];
  const centreFit = fitCircle(labelledSpecs(d.centre, s.centre, s.body), 'le centre');
  const centre = circleBox('centre', CX, CY, centreFit, 'strong', rank(d.centre.etape));
  boxes.push(centre);

  const fits = d.poles.map((p, i) => fitCircle(labelledSpecs(p, s.pole, s.body), `le pôle ${i + 1}`));
  const maxR = Math.max(...fits.map((f) => f.r));
  const n = d.poles.length;
  // Even counts start off the vertical axis, so that two poles sit left and right of the centre.
  const angles = d.poles.map((_, i) => -Math.PI / 2 + (2 * Math.PI * i) / n + (n % 2 === 0 ? Math.PI / n : 0));
  const rx = (CX - MARGIN - maxR - 150) * s.ring;
  const ry = (CY - MARGIN - maxR - 10) * s.ring;
  if (ry < centreFit.r + maxR + 20 && n > 2) tooDense('les pôles ne tiennent pas autour du centre');

  const poleBoxes = d.poles.map((p, i) => {
    const a = angles[i]!;
    const px = CX + rx * Math.cos(a);
    const py = CY + ry * Math.sin(a);
    const b = circleBox(`pole-${i + 1}`, px, py, fits[i]!, 'accent', rank(p.etape));
    if (!insideView(b) || boxes.some((o) => boxesOverlap(o, b, 12))) tooDense('les pôles se chevauchent');
    boxes.push(b);
    connectors.push(link(`lien-pole-${i + 1}`, centre, b, b.step));
    return b;
  });

  d.poles.forEach((p, i) => {
    const pole = poleBoxes[i]!;
    const pcx = pole.x + pole.w / 2;
    const pcy = pole.y + pole.h / 2;
    const out = angles[i]!;
    p.elements.forEach((e, j) => {
      const st = stack([{ text: e.texte, size: s.body, weight: 400 }], PILL_W - 2 * PAD.x, `l’élément ${j + 1} du pôle ${i + 1}`);
      const w = Math.min(PILL_W, st.width + 2 * PAD.x + 4);
      const h = st.height + 2 * PAD.y;
      const step = rank(e.etape);
      // Candidate directions: outward first, then fanning to either side.
      const offsets = [0, 0.6, -0.6, 1.1, -1.1, 1.6, -1.6, 2.1, -2.1, 2.6, -2.6, Math.PI];
      for (const off of offsets) {
        const a = out + off;
        // Distance so that the pill clears the pole circle in this direction.
        const reach = pole.w / 2 + 24 + Math.abs(Math.cos(a)) * (w / 2) + Math.abs(Math.sin(a)) * (h / 2);
        const ex = pcx + reach * Math.cos(a);
        const ey = pcy + reach * Math.sin(a);
        const candidate = box(`pole-${i + 1}-element-${j + 1}`, { x: ex - w / 2, y: ey - h / 2, w, h }, 'soft', st.place(ex - w / 2, ey - st.height / 2, w, 'middle'), step);
        if (!insideView(candidate) || boxes.some((o) => boxesOverlap(o, candidate, 10))) continue;
        if (crossesLinks(candidate, connectors)) continue;
        boxes.push(candidate);
        connectors.push(link(`lien-pole-${i + 1}-element-${j + 1}`, pole, candidate, step));
        return;
      }
      tooDense(`pas de place autour du pôle ${i + 1} pour «\u00a0${e.texte}\u00a0»`);
    });
  });

  if (d.lien) {
    // A legend in the bottom-left corner: a sample of the centre–pôle line and its meaning.
    const st = stack([{ text: d.lien, size: s.body, weight: 400 }], 320, 'la légende');
    const h = st.height + 2 * PAD.y;
    const w = st.width + 2 * PAD.x + 70;
    const legend = box('legende', { x: MARGIN, y: VIEW_H - MARGIN - h, w, h }, 'plain', st.place(MARGIN + PAD.x + 70, VIEW_H - MARGIN - h + PAD.y, 0, 'start'), 0);
    if (boxes.some((o) => boxesOverlap(o, legend, 8)) || crossesLinks(legend, connectors)) tooDense('pas de place pour la légende');
    boxes.push(legend);
    const ly = round(legend.y + h / 2);
    connectors.push({ id: 'legende-trait', points: [[MARGIN + PAD.x, ly], [MARGIN + PAD.x + 54, ly]], curve: false, arrow: false, step: 0 });
  }
  return {
    kind: 'territoire',
    width: VIEW_W,
    height: VIEW_H,
    boxes,
    connectors,
    stepCount: countSteps(boxes, connectors),
    title: `Schéma\u00a0: ${d.centre.titre}`,
    description: describeTerritoire(d),
  };
}

/** A straight line between the edges of two shapes, aimed at their centres. */
function link(id: string, a: LayoutBox, b: LayoutBox, step: number): Connector {
  const ax = a.x + a.w / 2;
  const ay = a.y + a.h / 2;
  const bx = b.x + b.w / 2;
  const by = b.y + b.h / 2;
  const len = Math.hypot(bx - ax, by - ay) || 1;
  const ux = (bx - ax) / len;
  const uy = (by - ay) / len;
  const edge = (s: LayoutBox, sign: number) => {
    if (s.shape === 'circle') return s.w / 2;
    // Distance from the rectangle's centre to its border along the line.
    const tx = Math.abs(ux) > 1e-6 ? s.w / 2 / Math.abs(ux) : Infinity;
    const ty = Math.abs(uy) > 1e-6 ? s.h / 2 / Math.abs(uy) : Infinity;
    return Math.min(tx, ty) * sign;
  };
  const da = edge(a, 1);
  const db = edge(b, 1);
  return {
    id,
    points: [
      [round(ax + ux * da), round(ay + uy * da)],
      [round(bx - ux * db), round(by - uy * db)],
    ],
    curve: false,
    arrow: false,
    step,
  };
}

/** Whether a rectangle would hide part of a straight link already drawn. */
function crossesLinks(b: LayoutBox, connectors: Connector[]): boolean {
  return connectors.some((c) => {
    if (c.curve || c.points.length !== 2) return false;
    const [[x1, y1], [x2, y2]] = c.points as [[number, number], [number, number]];
    for (let t = 0; t <= 1; t += 0.05) {
      const x = x1 + (x2 - x1) * t;
      const y = y1 + (y2 - y1) * t;
      if (x > b.x - 4 && x < b.x + b.w + 4 && y > b.y - 4 && y < b.y + b.h + 4) return true;
    }
    return false;
  });
}

function describeTerritoire(d: TerritoireDiagram): string {
  const say = (l: Labelled | { titre: string; texte: string[] }) => [l.titre, ...l.texte].join(', ');
  const poles = d.poles.map((p, i) => `Pôle ${i + 1}, ${say(p)}${p.elements.length ? `, avec ${p.elements.map((e) => e.texte).join(', ')}` : ''}.`);
  return `Au centre, ${say(d.centre)}. Autour, ${d.poles.length} pôles reliés au centre${d.lien ? ` (${d.lien})` : ''}. ${poles.join(' ')}`;
}
