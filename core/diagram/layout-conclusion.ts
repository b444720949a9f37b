// Layout of the conclusion: a pole at the top (intérêt général) and one at the bottom
// (utilité sociale), one or two ideas in the middle (compter sur / compter pour le territoire)
// and the four roles of the territory at the four corners, each linked to the nearest idea.
import type { ConclusionDiagram, Connector, DiagramLayout, LayoutBox, Labelled } from './model.js';
import { atLargestScaleThatFits, box, countSteps, round, stack, stepRanker, tooDense, VIEW_H, VIEW_W, type TextSpec } from './layout-common.js';

const MARGIN = 8;
const ROLE_W = 540;
const POLE_W = 980;
const CENTRE_W = VIEW_W - 2 * MARGIN - 2 * ROLE_W - 2 * 70;
const PAD = { x: 20, y: 12 };

const SCALES = [
  { pole: 30, title: 27, body: 25, gap: 30 },
  { pole: 28, title: 25, body: 24, gap: 24 },
  { pole: 26, title: 24, body: 24, gap: 18 },
  { pole: 24, title: 24, body: 24, gap: 12 },
];

function specs(l: Labelled, title: number, body: number): TextSpec[] {
  return [{ text: l.titre, size: title, weight: 700 }, ...l.texte.map((t, i) => ({ text: t, size: body, weight: 400 as const, gapBefore: i === 0 ? 0.2 : 0.35 }))];
}

export function layoutConclusion(d: ConclusionDiagram): DiagramLayout {
  const rank = stepRanker([d.haut, d.bas, ...d.centre, ...d.roles].map((l) => l.etape ?? 0), d.progressif);
  return atLargestScaleThatFits(SCALES, (s) => attempt(d, s, rank));
}

function attempt(d: ConclusionDiagram, s: (typeof SCALES)[number], rank: (v: number | undefined) => number): DiagramLayout {
  const boxes: LayoutBox[] = [];
  const connectors: Connector[] = [];
  const poleX = (VIEW_W - POLE_W) / 2;
  const laidPole = (id: string, l: Labelled, where: string) => {
    const st = stack(specs(l, s.pole, s.body), POLE_W - 2 * PAD.x, where);
    return { st, h: st.height + 2 * PAD.y, id, l };
  };
  const top = laidPole('haut', d.haut, 'le pôle du haut');
  const bottom = laidPole('bas', d.bas, 'le pôle du bas');
  const topBox = box('haut', { x: poleX, y: MARGIN, w: POLE_W, h: top.h }, 'strong', top.st.place(poleX, MARGIN + PAD.y, POLE_W, 'middle'), rank(d.haut.etape));
  const bottomY = VIEW_H - MARGIN - bottom.h;
  const bottomBox = box('bas', { x: poleX, y: bottomY, w: POLE_W, h: bottom.h }, 'strong', bottom.st.place(poleX, bottomY + PAD.y, POLE_W, 'middle'), rank(d.bas.etape));
  boxes.push(topBox, bottomBox);

  const zoneTop = MARGIN + top.h + s.gap;
  const zoneBottom = bottomY - s.gap;

  // The four roles at the corners of the middle zone.
  const roles = d.roles.map((r, i) => {
    const st = stack(specs(r, s.title, s.body), ROLE_W - 2 * PAD.x, `le rôle ${i + 1}`);
    return { st, h: st.height + 2 * PAD.y };
  });
  for (const col of [0, 1]) {
    const a = roles[col]!;
    const b = roles[col + 2]!;
    if (a.h + b.h + s.gap > zoneBottom - zoneTop) tooDense('les rôles ne tiennent pas en hauteur');
  }
  // Ideas in the middle column, stacked and centred.
  const ideas = d.centre.map((c, i) => {
    const st = stack(specs(c, s.title + 2, s.body), CENTRE_W - 2 * PAD.x, `l’idée ${i + 1} du centre`);
    return { st, h: st.height + 2 * PAD.y + 8 };
  });
  const ideaGap = s.gap * 2;
  const ideasH = ideas.reduce((sum, i) => sum + i.h, 0) + ideaGap * (ideas.length - 1);
  if (ideasH > zoneBottom - zoneTop - 2 * s.gap) tooDense('les idées du centre ne tiennent pas en hauteur');
  let iy = (zoneTop + zoneBottom) / 2 - ideasH / 2;
  const cx = (VIEW_W - CENTRE_W) / 2;
  const ideaBoxes = ideas.map((idea, i) => {
    const b = box(`centre-${i + 1}`, { x: cx, y: iy, w: CENTRE_W, h: idea.h }, 'accent', idea.st.place(cx, iy + PAD.y + 4, CENTRE_W, 'middle'), rank(d.centre[i]!.etape));
    iy += idea.h + ideaGap;
    return b;
  });
  boxes.push(...ideaBoxes);
  const firstIdea = ideaBoxes[0]!;
  const lastIdea = ideaBoxes[ideaBoxes.length - 1]!;
  const midX = round(VIEW_W / 2);
  connectors.push({ id: 'lien-haut', points: [[midX, round(topBox.y + topBox.h)], [midX, round(firstIdea.y)]], curve: false, arrow: true, step: Math.max(topBox.step, firstIdea.step) });
  if (ideaBoxes.length > 1) {
    connectors.push({ id: 'lien-centre', points: [[midX, round(firstIdea.y + firstIdea.h)], [midX, round(lastIdea.y)]], curve: false, arrow: true, step: lastIdea.step });
  }
  connectors.push({ id: 'lien-bas', points: [[midX, round(lastIdea.y + lastIdea.h)], [midX, round(bottomBox.y)]], curve: false, arrow: true, step: Math.max(bottomBox.step, lastIdea.step) });

  roles.forEach((r, i) => {
    const left = i % 2 === 0;
    const upper = i < 2;
    const x = left ? MARGIN : VIEW_W - MARGIN - ROLE_W;
    const y = upper ? zoneTop : zoneBottom - r.h;
    const step = rank(d.roles[i]!.etape);
    const b = box(`role-${i + 1}`, { x, y, w: ROLE_W, h: r.h }, 'soft', r.st.place(x + PAD.x, y + PAD.y, ROLE_W - 2 * PAD.x, 'start'), step);
    boxes.push(b);
    const idea = upper ? firstIdea : lastIdea;
    const sx = left ? x + ROLE_W : x;
    const sy = y + r.h / 2;
    const ex = left ? idea.x : idea.x + idea.w;
    const ey = idea.y + idea.h / 2 + (upper ? -idea.h / 5 : idea.h / 5);
    const dx = (ex - sx) / 2;
    connectors.push({
      id: `lien-role-${i + 1}`,
      points: [[round(sx), round(sy)], [round(sx + dx), round(sy)], [round(ex - dx), round(ey)], [round(ex), round(ey)]],
      curve: true,
      arrow: false,
      step: Math.max(step, idea.step),
    });
  });
  return {
    kind: 'conclusion',
    width: VIEW_W,
    height: VIEW_H,
    boxes,
    connectors,
    stepCount: countSteps(boxes, connectors),
    title: `Schéma\u00a0: ${d.centre.map((c) => [c.titre, ...c.texte].join(' ')).join(', ')}`,
    description: describeConclusion(d),
  };
}

const say = (l: Labelled) => [l.titre, ...l.texte].join(', ');

function describeConclusion(d: ConclusionDiagram): string {
  return (
    `En haut, ${say(d.haut)}. En bas, ${say(d.bas)}. Au centre, ${d.centre.map(say).join(' ; puis ')}. ` +
    `Quatre rôles autour\u00a0: ${d.roles.map((r, i) => `${i + 1}. ${say(r)}`).join(' ')}`
  );
}
