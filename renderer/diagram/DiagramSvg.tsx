// Draws a DiagramLayout as inline SVG: real <text> (selectable, searchable), a <title> and a
// <desc> for screen readers, and one <g class="fragment"> per reveal step.
import { useId, type ReactElement } from 'react';
import type { Connector, DiagramLayout, LayoutBox } from '../../core/diagram/model.js';
import { BULLET_COLOUR, CONNECTOR_COLOUR, cssVar, TONES } from './tones.js';

function connectorPath(c: Connector): string {
  const [first, ...rest] = c.points;
  if (!first) return '';
  if (c.curve && rest.length === 3) {
    const [a, b, e] = rest as [[number, number], [number, number], [number, number]];
    return `M${first[0]} ${first[1]} C${a[0]} ${a[1]} ${b[0]} ${b[1]} ${e[0]} ${e[1]}`;
  }
  return `M${first[0]} ${first[1]}` + rest.map(([x, y]) => ` L${x} ${y}`).join('');
}

function BoxShape({ b }: { b: LayoutBox }) {
  const tone = TONES[b.tone];
  const fill = tone.fill ? cssVar(tone.fill) : 'none';
  const stroke = tone.stroke ? cssVar(tone.stroke) : 'none';
  if (b.tone === 'plain' && b.id.startsWith('titre')) return null;
  if (b.tone === 'plain' && b.id.startsWith('colonne')) {
    // Column headings: a rule under the text rather than a frame.
    return <line x1={b.x} x2={b.x + b.w} y1={b.y + b.h} y2={b.y + b.h} stroke={cssVar('warm')} strokeWidth={4} />;
  }
  if (b.shape === 'circle') {
    return <circle cx={b.x + b.w / 2} cy={b.y + b.h / 2} r={b.w / 2} fill={fill} stroke={stroke} strokeWidth={3} />;
  }
  return <rect x={b.x} y={b.y} width={b.w} height={b.h} rx={10} fill={fill} stroke={stroke} strokeWidth={b.tone === 'plain' ? 2.5 : 0} />;
}

function BoxView({ b }: { b: LayoutBox }) {
  const colour = cssVar(TONES[b.tone].text);
  return (
    <g data-box={b.id}>
      <BoxShape b={b} />
      {b.bullets.map((p, i) => (
        <circle key={i} cx={p.x} cy={p.y} r={p.r} fill={cssVar(BULLET_COLOUR)} />
      ))}
      {b.texts.map((run, i) => (
        <text key={i} fontSize={run.fontSize} fontWeight={run.weight} textAnchor={run.anchor} fill={colour}>
          {run.lines.map((l, k) => (
            <tspan key={k} x={l.x} y={l.y}>
              {l.text}
            </tspan>
          ))}
        </text>
      ))}
    </g>
  );
}

export function DiagramSvg({ layout }: { layout: DiagramLayout }) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const arrowId = `diagram-arrow-${uid}`;
  const titleId = `diagram-title-${uid}`;
  const descId = `diagram-desc-${uid}`;
  const steps = new Map<number, ReactElement[]>();
  const add = (step: number, el: ReactElement) => {
    const list = steps.get(step) ?? [];
    list.push(el);
    steps.set(step, list);
  };
  // Connectors first in each step, so that boxes sit on top of their links.
  for (const c of layout.connectors) {
    add(
      c.step,
      <path
        key={c.id}
        data-connector={c.id}
        d={connectorPath(c)}
        fill="none"
        stroke={cssVar(CONNECTOR_COLOUR)}
        strokeWidth={3}
        strokeLinecap="round"
        markerEnd={c.arrow ? `url(#${arrowId})` : undefined}
      />,
    );
  }
  for (const b of layout.boxes) add(b.step, <BoxView key={b.id} b={b} />);
  const order = [...steps.keys()].sort((a, b) => a - b);
  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-label={layout.title}
      aria-describedby={descId}
      data-diagram-kind={layout.kind}
      data-step-count={layout.stepCount}
    >
      <title id={titleId}>{layout.title}</title>
      <desc id={descId}>{layout.description}</desc>
      <defs>
        <marker id={arrowId} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
          <path d="M0 0 L10 5 L0 10 z" fill={cssVar(CONNECTOR_COLOUR)} />
        </marker>
      </defs>
      {order.map((step) =>
        step === 0 ? (
          <g key="static" data-step={0}>
            {steps.get(step)}
          </g>
        ) : (
          // The fragment class sits on a plain wrapping <g> with no transform of its own.
          <g key={step} className="fragment" data-fragment-index={step - 1} data-step={step}>
            {steps.get(step)}
          </g>
        ),
      )}
    </svg>
  );
}
