// Layout of a thématique map: the policy in the middle, its axes as cards in two columns
// (first half on the left, the rest on the right, each read top to bottom), every card
// linked to the centre. d3-hierarchy's tidy tree spaces the cards of each side around the
// centre, with a separation equal to the cards' real heights.
import { hierarchy, tree } from 'd3-hierarchy';
import type { CarteDiagram, Connector, DiagramLayout, LayoutBox } from './model.js';
import { atLargestScaleThatFits, box, countSteps, round, stack, stepRanker, tooDense, VIEW_H, VIEW_W, type Stack } from './layout-common.js';

const MARGIN = 8;
const CENTRE_W = 300;
const GAP_TO_CENTRE = 80;
const CARD_W = (VIEW_W - 2 * MARGIN - CENTRE_W - 2 * GAP_TO_CENTRE) / 2;
const HEAD_PAD = { x: 18, y: 10 };
const ITEM_PAD = { x: 14, y: 7, bullet: 22 };
const ITEM_GAP = 6;

/** Font sizes tried from the most comfortable to the smallest legible one. */
const SCALES = [
  { centre: 40, title: 34, item: 29, gap: 32 },
  { centre: 36, title: 30, item: 26, gap: 28 },
  { centre: 34, title: 28, item: 25, gap: 24 },
  { centre: 32, title: 27, item: 24, gap: 20 },
  { centre: 30, title: 26, item: 24, gap: 16 },
  { centre: 28, title: 25, item: 24, gap: 12 },
  { centre: 26, title: 24, item: 24, gap: 10 },
];

interface Card {
  index: number;
  head: Stack;
  headH: number;
  items: { stack: Stack; h: number }[];
  height: number;
}

function measureCards(d: CarteDiagram, s: (typeof SCALES)[number]): Card[] {
  return d.axes.map((axis, index) => {
    const head = stack([{ text: axis.titre, size: s.title, weight: 700 }], CARD_W - 2 * HEAD_PAD.x, `l’axe ${index + 1}`);
    const headH = head.height + 2 * HEAD_PAD.y;
    const items = axis.elements.map((e, j) => {
      const st = stack(
        [{ text: e.texte, size: s.item, weight: 400 }],
        CARD_W - 2 * ITEM_PAD.x - ITEM_PAD.bullet,
        `l’élément ${j + 1} de l’axe ${index + 1}`,
      );
      return { stack: st, h: st.height + 2 * ITEM_PAD.y };
    });
    const height = headH + items.reduce((sum, it) => sum + ITEM_GAP + it.h, 0);
    return { index, head, headH, items, height };
  });
}

const columnHeight = (cards: Card[], gap: number) => cards.reduce((s, c) => s + c.height, 0) + gap * Math.max(0, cards.length - 1);

/** How many cards go on the left: the split whose taller column is the shortest, near half. */
function split(cards: Card[], gap: number): number {
  if (cards.length === 1) return 1;
  const half = Math.ceil(cards.length / 2);
  let best = half;
  let bestH = Infinity;
  for (let k = 1; k < cards.length; k++) {
    const h = Math.max(columnHeight(cards.slice(0, k), gap), columnHeight(cards.slice(k), gap));
    if (h < bestH - 1 || (Math.abs(h - bestH) <= 1 && Math.abs(k - half) < Math.abs(best - half))) {
      best = k;
      bestH = h;
    }
  }
  return best;
}

/** Vertical centres of a column of cards, from a tidy tree rooted at the diagram's centre. */
function columnCentres(cards: Card[], gap: number): number[] {
  type Node = { card?: Card; children?: Node[] };
  const root = hierarchy<Node>({ children: cards.map((card) => ({ card })) });
  const laid = tree<Node>()
    .nodeSize([1, 1])
    .separation((a, b) => ((a.data.card?.height ?? 0) + (b.data.card?.height ?? 0)) / 2 + gap)(root);
  // The tree centres the root over its children's centres; centre the column's extent instead.
  const nodes = laid.children ?? [];
  const top = Math.min(...nodes.map((n) => n.x - (n.data.card?.height ?? 0) / 2));
  const bottom = Math.max(...nodes.map((n) => n.x + (n.data.card?.height ?? 0) / 2));
  return nodes.map((n) => VIEW_H / 2 + n.x - (top + bottom) / 2);
}

export function layoutCarte(d: CarteDiagram): DiagramLayout {
  const rank = stepRanker(
    d.axes.flatMap((a) => [a.etape ?? 0, ...a.elements.map((e) => e.etape ?? 0)]),
    d.progressif,
  );
  return atLargestScaleThatFits(SCALES, (s) => {
    const cards = measureCards(d, s);
    const k = split(cards, s.gap);
    const columns = [cards.slice(0, k), cards.slice(k)];
    if (columns.some((c) => columnHeight(c, s.gap) > VIEW_H - 2 * MARGIN)) {
      tooDense('les axes et leurs éléments ne tiennent pas en hauteur');
    }
    const centreStack = stack([{ text: d.centre, size: s.centre, weight: 700 }], CENTRE_W - 40, 'le centre');
    const centreH = Math.min(VIEW_H - 2 * MARGIN, centreStack.height + 48);
    const centreBox = box(
      'centre',
      { x: VIEW_W / 2 - CENTRE_W / 2, y: VIEW_H / 2 - centreH / 2, w: CENTRE_W, h: centreH },
      'strong',
      centreStack.place(VIEW_W / 2 - CENTRE_W / 2, VIEW_H / 2 - centreStack.height / 2, CENTRE_W, 'middle'),
      0,
    );
    const boxes: LayoutBox[] = [centreBox];
    const connectors: Connector[] = [];
    columns.forEach((column, side) => {
      // Spare height goes into the gaps (up to 56), so that a sparse map breathes.
      const spare = VIEW_H - 2 * MARGIN - column.reduce((sum, c) => sum + c.height, 0);
      const gap = column.length > 1 ? Math.max(s.gap, Math.min(56, spare / (column.length - 1))) : s.gap;
      const centres = columnCentres(column, gap);
      const x = side === 0 ? MARGIN : VIEW_W - MARGIN - CARD_W;
      column.forEach((card, row) => {
        const axis = d.axes[card.index]!;
        const axisStep = rank(axis.etape);
        let y = centres[row]! - card.height / 2;
        boxes.push(
          box(`axe-${card.index + 1}`, { x, y, w: CARD_W, h: card.headH }, 'accent', card.head.place(x + HEAD_PAD.x, y + HEAD_PAD.y, CARD_W - 2 * HEAD_PAD.x, 'start'), axisStep),
        );
        const headMid = y + card.headH / 2;
        y += card.headH;
        card.items.forEach((item, j) => {
          y += ITEM_GAP;
          const textX = x + ITEM_PAD.x + ITEM_PAD.bullet;
          const b = box(
            `axe-${card.index + 1}-element-${j + 1}`,
            { x, y, w: CARD_W, h: item.h },
            'soft',
            item.stack.place(textX, y + ITEM_PAD.y, CARD_W - 2 * ITEM_PAD.x - ITEM_PAD.bullet, 'start'),
            rank(axis.elements[j]!.etape),
          );
          const first = b.texts[0]?.lines[0];
          if (first) b.bullets.push({ x: round(x + ITEM_PAD.x + 6), y: round(first.y - s.item * 0.33), r: 5 });
          boxes.push(b);
          y += item.h;
        });
        // A curve from the centre's side to the middle of the card's title.
        const spread = Math.min(18, (centreH - 40) / Math.max(1, column.length));
        const sy = VIEW_H / 2 + (row - (column.length - 1) / 2) * spread;
        const sx = side === 0 ? centreBox.x : centreBox.x + centreBox.w;
        const ex = side === 0 ? x + CARD_W : x;
        const dir = side === 0 ? -1 : 1;
        connectors.push({
          id: `lien-axe-${card.index + 1}`,
          points: [
            [round(sx), round(sy)],
            [round(sx + (dir * GAP_TO_CENTRE) / 2), round(sy)],
            [round(ex - (dir * GAP_TO_CENTRE) / 2), round(headMid)],
            [round(ex), round(headMid)],
          ],
          curve: true,
          arrow: false,
          step: axisStep,
        });
      });
    });
    return {
      kind: 'carte',
      width: VIEW_W,
      height: VIEW_H,
      boxes,
      connectors,
      stepCount: countSteps(boxes, connectors),
      title: `Schéma\u00a0: ${d.centre}`,
      description: describeCarte(d),
    };
  });
}

function describeCarte(d: CarteDiagram): string {
  const axes = d.axes.map((a, i) => {
    const items = a.elements.map((e) => e.texte).join(' ; ');
    return `Axe ${i + 1}, ${a.titre}${items ? `\u00a0: ${items}` : ''}.`;
  });
  return `Au centre, ${d.centre}, relié à ${d.axes.length} axe${d.axes.length > 1 ? 's' : ''}. ${axes.join(' ')}`;
}
