// Layout of the layered model: levels as full bands from top (decision) to bottom (public),
// and under each level its principles, with their detail on the left and their role (or, for
// the "décliné sur le Diois" variant, the Diois counterpart) on the right.
import type { Connector, CouchesDiagram, DiagramLayout, LayoutBox } from './model.js';
import { atLargestScaleThatFits, box, countSteps, round, stack, stepRanker, tooDense, VIEW_H, VIEW_W, type Stack, type TextSpec } from './layout-common.js';

const MARGIN = 8;
const COL_GAP = 56;
const INDENT = 44;
const LEFT_W = Math.round((VIEW_W - 2 * MARGIN - COL_GAP) * 0.54);
const RIGHT_X = MARGIN + LEFT_W + COL_GAP;
const RIGHT_W = VIEW_W - MARGIN - RIGHT_X;
const PAD = { x: 18, y: 9 };

const SCALES = [
  { title: 32, level: 28, name: 26, body: 25, gap: 12 },
  { title: 30, level: 26, name: 25, body: 24, gap: 10 },
  { title: 28, level: 25, name: 24, body: 24, gap: 8 },
  { title: 26, level: 24, name: 24, body: 24, gap: 6 },
];

type Row =
  | { type: 'level'; index: number; left: Stack; right?: Stack; h: number; full: boolean }
  | { type: 'principle'; level: number; index: number; left: Stack; right?: Stack; h: number };

export function layoutCouches(d: CouchesDiagram): DiagramLayout {
  const rank = stepRanker(
    d.niveaux.flatMap((l) => [l.etape ?? 0, ...l.principes.map((p) => p.etape ?? 0)]),
    d.progressif,
  );
  const levelsHaveRoles = d.niveaux.some((l) => l.role !== undefined);
  return atLargestScaleThatFits(SCALES, (s) => attempt(d, s, rank, levelsHaveRoles));
}

function attempt(d: CouchesDiagram, s: (typeof SCALES)[number], rank: (v: number | undefined) => number, levelsHaveRoles: boolean): DiagramLayout {
  const boxes: LayoutBox[] = [];
  const connectors: Connector[] = [];
  let top = MARGIN;
  if (d.titre) {
    const st = stack([{ text: d.titre, size: s.title, weight: 700 }], VIEW_W - 2 * MARGIN - 2 * PAD.x, 'le titre');
    boxes.push(box('titre', { x: MARGIN, y: top, w: VIEW_W - 2 * MARGIN, h: st.height + 8 }, 'plain', st.place(MARGIN + PAD.x, top + 4, 0, 'start'), 0));
    top += st.height + 8 + s.gap;
  }
  if (d.colonnes) {
    const l = stack([{ text: d.colonnes[0], size: s.title, weight: 700 }], LEFT_W - 2 * PAD.x, 'l’en-tête de gauche');
    const r = stack([{ text: d.colonnes[1], size: s.title, weight: 700 }], RIGHT_W - 2 * PAD.x, 'l’en-tête de droite');
    const h = Math.max(l.height, r.height) + 8;
    boxes.push(box('colonne-1', { x: MARGIN, y: top, w: LEFT_W, h }, 'plain', l.place(MARGIN, top + 4, LEFT_W, 'middle'), 0));
    boxes.push(box('colonne-2', { x: RIGHT_X, y: top, w: RIGHT_W, h }, 'plain', r.place(RIGHT_X, top + 4, RIGHT_W, 'middle'), 0));
    top += h + s.gap;
  }

  const rows: Row[] = [];
  d.niveaux.forEach((lvl, i) => {
    const full = !levelsHaveRoles;
    const leftW = (full ? VIEW_W - 2 * MARGIN : LEFT_W) - 2 * PAD.x;
    const left = stack([{ text: lvl.nom, size: s.level, weight: 700 }], leftW, `le niveau ${i + 1}`);
    const right = lvl.role ? stack([{ text: lvl.role, size: s.level, weight: 700 }], RIGHT_W - 2 * PAD.x, `le rôle du niveau ${i + 1}`) : undefined;
    rows.push({ type: 'level', index: i, left, right, full, h: Math.max(left.height, right?.height ?? 0) + 2 * PAD.y });
    lvl.principes.forEach((p, j) => {
      const specs: TextSpec[] = [{ text: p.nom, size: s.name, weight: 700 }];
      if (p.detail) specs.push({ text: p.detail, size: s.body, weight: 400, gapBefore: 0.1 });
      const where = `le principe ${j + 1} du niveau ${i + 1}`;
      const left = stack(specs, LEFT_W - INDENT - 2 * PAD.x, where);
      const right = p.role ? stack([{ text: p.role, size: s.body, weight: 400 }], RIGHT_W - 2 * PAD.x, `le rôle du ${where.slice(3)}`) : undefined;
      rows.push({ type: 'principle', level: i, index: j, left, right, h: Math.max(left.height, right?.height ?? 0) + 2 * PAD.y });
    });
  });

  const available = VIEW_H - MARGIN - top;
  const content = rows.reduce((sum, r) => sum + r.h, 0);
  const minGaps = rows.reduce((sum, r, i) => sum + (i === 0 ? 0 : r.type === 'level' ? s.gap * 1.6 : s.gap), 0);
  if (content + minGaps > available) tooDense('les niveaux et leurs principes ne tiennent pas en hauteur');
  // Spread spare room into the gaps (up to 2.5×), then centre what remains.
  const stretch = Math.min(2.5, minGaps > 0 ? (available - content) / minGaps : 1);
  let y = top + (available - content - minGaps * stretch) / 2;

  const levelBoxes: LayoutBox[] = [];
  rows.forEach((row, i) => {
    if (i > 0) y += (row.type === 'level' ? s.gap * 1.6 : s.gap) * stretch;
    if (row.type === 'level') {
      const lvl = d.niveaux[row.index]!;
      const step = rank(lvl.etape);
      const w = row.full ? VIEW_W - 2 * MARGIN : LEFT_W;
      const b = box(`niveau-${row.index + 1}`, { x: MARGIN, y, w, h: row.h }, 'strong', row.left.place(MARGIN + PAD.x, y + (row.h - row.left.height) / 2, w - 2 * PAD.x, 'start'), step);
      boxes.push(b);
      levelBoxes.push(b);
      if (row.right) {
        boxes.push(box(`niveau-${row.index + 1}-role`, { x: RIGHT_X, y, w: RIGHT_W, h: row.h }, 'strong', row.right.place(RIGHT_X + PAD.x, y + (row.h - row.right.height) / 2, RIGHT_W - 2 * PAD.x, 'start'), step));
        connectors.push(arrow(`lien-niveau-${row.index + 1}`, MARGIN + LEFT_W, RIGHT_X, y + row.h / 2, step));
      }
    } else {
      const p = d.niveaux[row.level]!.principes[row.index]!;
      const step = rank(p.etape);
      const id = `niveau-${row.level + 1}-principe-${row.index + 1}`;
      const lx = MARGIN + INDENT;
      const lw = LEFT_W - INDENT;
      boxes.push(box(id, { x: lx, y, w: lw, h: row.h }, 'soft', row.left.place(lx + PAD.x, y + (row.h - row.left.height) / 2, lw - 2 * PAD.x, 'start'), step));
      if (row.right) {
        boxes.push(box(`${id}-role`, { x: RIGHT_X, y, w: RIGHT_W, h: row.h }, d.colonnes ? 'soft' : 'plain', row.right.place(RIGHT_X + PAD.x, y + (row.h - row.right.height) / 2, RIGHT_W - 2 * PAD.x, 'start'), step));
        connectors.push(arrow(`lien-${id}`, MARGIN + LEFT_W, RIGHT_X, y + row.h / 2, step));
      }
    }
    y += row.h;
  });
  // The spine: from each level down to the next, in the indent left free by the principles.
  for (let i = 1; i < levelBoxes.length; i++) {
    const a = levelBoxes[i - 1]!;
    const b = levelBoxes[i]!;
    const x = round(MARGIN + INDENT / 2);
    connectors.push({ id: `descente-${i}`, points: [[x, round(a.y + a.h)], [x, round(b.y)]], curve: false, arrow: true, step: b.step });
  }
  return {
    kind: 'couches',
    width: VIEW_W,
    height: VIEW_H,
    boxes,
    connectors,
    stepCount: countSteps(boxes, connectors),
    title: `Schéma\u00a0: ${d.titre ?? d.colonnes?.join(' / ') ?? 'le modèle en couches'}`,
    description: describeCouches(d),
  };
}

function arrow(id: string, x1: number, x2: number, y: number, step: number): Connector {
  return { id, points: [[round(x1 + 6), round(y)], [round(x2 - 6), round(y)]], curve: false, arrow: true, step };
}

function describeCouches(d: CouchesDiagram): string {
  const head = d.colonnes ? `${d.colonnes[0]} (à gauche) et ${d.colonnes[1]} (à droite). ` : '';
  const levels = d.niveaux.map((l, i) => {
    const principles = l.principes
      .map((p) => `${p.nom}${p.detail ? ` (${p.detail})` : ''}${p.role ? `\u00a0: ${p.role}` : ''}`)
      .join(' ; ');
    return `Niveau ${i + 1}, ${l.nom}${l.role ? ` (${l.role})` : ''}${principles ? `, puis ${principles}` : ''}.`;
  });
  return `${head}Modèle en ${d.niveaux.length} niveaux, du plus global au plus proche du public. ${levels.join(' ')}`;
}
