// Paper post-its, shows of hands and paper dots typed in by the facilitator: people without
// a smartphone count in the same results.
import { useState } from 'react';
import type { FacilitatorActivity, ModerationItem } from '../../core/participation/views.js';
import type { ParticipationHandle } from './useParticipation.js';

const NB = '\u00a0';

export function PaperPoll({ p, activity }: { p: ParticipationHandle; activity: FacilitatorActivity }) {
  const [counts, setCounts] = useState<string[]>(() => (activity.options ?? []).map(() => ''));
  return (
    <form
      className="participation-panel__paper"
      onSubmit={(e) => {
        e.preventDefault();
        void p.act({ type: 'paper-answers', activityId: activity.id, counts: counts.map((c) => Math.max(0, Math.floor(Number(c) || 0))) });
      }}
    >
      <p className="participation-panel__kind">Mains levées ou bulletins papier</p>
      {(activity.options ?? []).map((label, i) => (
        <label key={i} className="participation-panel__inline">
          {label}
          <input type="number" min={0} inputMode="numeric" value={counts[i] ?? ''} onChange={(e) => setCounts((c) => c.map((x, j) => (j === i ? e.target.value : x)))} />
        </label>
      ))}
      <button type="submit">Compter</button>
    </form>
  );
}

export function PaperItem({ p, activity }: { p: ParticipationHandle; activity: FacilitatorActivity }) {
  const [text, setText] = useState('');
  return (
    <form
      className="participation-panel__paper"
      onSubmit={(e) => {
        e.preventDefault();
        void p.act({ type: 'paper-item', activityId: activity.id, text }).then((ok) => ok && setText(''));
      }}
    >
      <label>
        {activity.kind === 'questions' ? 'Question posée à voix haute ou sur papier' : 'Post-it papier'}
        <input value={text} maxLength={280} onChange={(e) => setText(e.target.value)} />
      </label>
      <button type="submit" disabled={!text.trim()}>
        Ajouter
      </button>
    </form>
  );
}

export function PaperVotes({ p, activity, item }: { p: ParticipationHandle; activity: FacilitatorActivity; item: ModerationItem }) {
  const [n, setN] = useState('');
  return (
    <form
      className="participation-panel__inline"
      onSubmit={(e) => {
        e.preventDefault();
        void p.act({ type: 'paper-votes', activityId: activity.id, itemId: item.id, count: Math.max(0, Math.floor(Number(n) || 0)) });
      }}
    >
      <span>{item.text}</span>
      <input type="number" min={0} aria-label={`Votes papier pour «${NB}${item.text}${NB}»`} value={n} onChange={(e) => setN(e.target.value)} />
      <button type="submit">OK</button>
    </form>
  );
}
