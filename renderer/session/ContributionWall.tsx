// The room's contributions as sticky notes beside the slide on the audience screen: large
// (at least 28 px at 1920×1080), grouped by theme, with their vote dots, so the room sees
// its words recorded. Pure display of `state.wall`; the audience view mounts it when set.
import { useLayoutEffect } from 'react';
import type { ContributionWall as Wall } from '../../core/presentation/state.js';
import { groupNotes, votesText } from './session-format.js';
import './session.css';

/** Dots drawn one by one up to this many; beyond, a number (the room still reads it). */
const MAX_DOTS = 12;

export function ContributionWall({ wall }: { wall: Wall }) {
  const groups = groupNotes(wall.notes);
  return (
    <aside className="contribution-wall" aria-label="Mur des contributions" data-testid="contribution-wall">
      {wall.title && <h2 className="contribution-wall__title">{wall.title}</h2>}
      {groups.map((g) => (
        <section key={g.label || '—'} className="contribution-wall__group">
          {g.label && <h3 className="contribution-wall__group-label">{g.label}</h3>}
          <ul className="contribution-wall__notes">
            {g.notes.map((n) => (
              <li key={n.id} className="sticky-note" data-note-id={n.id}>
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
    </aside>
  );
}

/**
 * The wall as the audience view places it: a column on the right, the slide narrowed beside
 * it (`.audience--with-wall`). reveal.js scales its slides on window resize, so one is
 * announced when the column appears and when it goes.
 */
export function AudienceWall({ wall }: { wall: Wall }) {
  useLayoutEffect(() => {
    window.dispatchEvent(new Event('resize'));
    return () => {
      window.dispatchEvent(new Event('resize'));
    };
  }, []);
  return (
    <div className="audience__wall">
      <ContributionWall wall={wall} />
    </div>
  );
}
