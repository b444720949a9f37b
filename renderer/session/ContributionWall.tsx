// The room's contributions as a wall across the screen: columns by group, most voted first,
// at the size core/meeting/wall-layout.ts finds for the screen (never below a floor read
// from the back of the room); what does not fit is counted (« 12 autres contributions »).
// Pure display of `state.wall`: the audience view shows it full screen, the facilitator a
// scaled preview of the same 1920×1080 wall.
import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { layoutWall } from '../../core/meeting/wall-layout.js';
import type { ContributionWall as Wall } from '../../core/presentation/state.js';
import { votesText } from './session-format.js';
import './contribution-wall.css';

/** Dots drawn one by one up to this many; beyond, a number (the room still reads it). */
const MAX_DOTS = 12;

export function ContributionWall({ wall, width, height, page = 0 }: { wall: Wall; width: number; height: number; page?: number }) {
  const layout = layoutWall(wall.notes, { width, height, title: true }, page);
  const style = {
    '--wall-font': `${layout.fontPx}px`,
    '--wall-title': `${layout.titlePx}px`,
    '--wall-columns': String(Math.max(1, layout.columns.length)),
    '--wall-scale': String(height / 1080),
  } as CSSProperties;
  return (
    <aside className="contribution-wall" aria-label="Mur des contributions" data-testid="contribution-wall" data-total={layout.total} data-hidden={layout.hidden} data-page={layout.page} data-pages={layout.pageCount} style={style}>
      <header className="contribution-wall__head">
        <h2 className="contribution-wall__title">{wall.title ?? 'Vos contributions'}</h2>
        {layout.hidden > 0 && (
          <p className="contribution-wall__hidden">
            {layout.pageCount > 1 ? `Page ${layout.page + 1} sur ${layout.pageCount} · ` : ''}+ {layout.hidden} autre{layout.hidden > 1 ? 's' : ''} contribution
            {layout.hidden > 1 ? 's' : ''}
            {layout.pageCount > 1 ? '' : ' (les moins votées)'}
          </p>
        )}
      </header>
      <div className="contribution-wall__columns">
        {layout.columns.map((g) => (
          <section key={g.label || '—'} className="contribution-wall__group" data-tone={g.tone % 3}>
            {g.label && <h3 className="contribution-wall__group-label">{g.label}</h3>}
            <ul className="contribution-wall__notes">
              {g.notes.map((n) => (
                <li key={n.id} className="sticky-note" data-note-id={n.id} data-votes={n.votes}>
                  <p className="sticky-note__text">{n.text}</p>
                  {n.votes > 0 && (
                    <p className="sticky-note__votes" aria-label={votesText(n.votes)}>
                      {n.votes <= MAX_DOTS ? (
                        Array.from({ length: n.votes }, (_, i) => <span key={i} className="sticky-note__dot" aria-hidden="true" />)
                      ) : (
                        <>
                          <span className="sticky-note__dot" aria-hidden="true" /> × {n.votes}
                        </>
                      )}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </aside>
  );
}

/** The wall on the room's screen, sized to the window. */
export function AudienceWall({ wall, page = 0 }: { wall: Wall; page?: number }) {
  const [size, setSize] = useState(() => ({ width: window.innerWidth, height: window.innerHeight }));
  useEffect(() => {
    const onResize = () => setSize({ width: window.innerWidth, height: window.innerHeight });
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return (
    <div className="audience__wall">
      <ContributionWall wall={wall} width={size.width} height={size.height} page={page} />
    </div>
  );
}

/** The facilitator's preview: the room's 1920×1080 wall scaled into its frame. */
export function WallPreview({ wall, page = 0 }: { wall: Wall; page?: number }) {
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.3);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setScale(Math.min(el.clientWidth / 1920, el.clientHeight / 1080) || 0.3);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div className="wall-preview" ref={box} aria-label="La salle voit le mur des contributions">
      <div className="wall-preview__sheet" style={{ transform: `scale(${scale})` }}>
        <ContributionWall wall={wall} width={1920} height={1080} page={page} />
      </div>
    </div>
  );
}
