// The prompt under way, on the facilitator's side: countdown, responders, close, show on the
// room's screen, auto-approve, its results, and the paper inputs that count with the phones.
import type { ParticipationStatus } from '../../core/participation/api.js';
import { ACTIVITY_LABELS } from '../../core/participation/model.js';
import type { FacilitatorActivity } from '../../core/participation/views.js';
import { BarChartView } from './BarChartView.js';
import { PaperItem, PaperPoll, PaperVotes } from './PaperInputs.js';
import type { ParticipationHandle } from './useParticipation.js';

const NB = '\u00a0';
type Open = Extract<ParticipationStatus, { open: true }>;

function remaining(a: FacilitatorActivity, hostNow: number): string {
  if (a.closed) return 'close';
  if (a.endsAt === null) return 'sans minuteur';
  const s = Math.max(0, Math.ceil((a.endsAt - hostNow) / 1000));
  return `${Math.floor(s / 60)}${NB}min ${String(s % 60).padStart(2, '0')}${NB}s`;
}

export function ActiveActivity({ p, status, activity: a }: { p: ParticipationHandle; status: Open; activity: FacilitatorActivity }) {
  const items = status.items.filter((i) => i.activityId === (a.kind === 'dots' ? a.sourceId : a.id) && i.status === 'approuvée');
  return (
    <div className="participation-panel__active" data-testid="active-activity">
      <p className="participation-panel__kind">
        {ACTIVITY_LABELS[a.kind]} · {remaining(a, status.hostNow)} · {a.responders} répondant{a.responders > 1 ? 's' : ''}
      </p>
      <p className="participation-panel__question">{a.title}</p>
      <div className="participation-panel__buttons">
        {!a.closed && (
          <button type="button" onClick={() => void p.act({ type: 'close-activity', id: a.id })}>
            Clore
          </button>
        )}
        {a.autoApprove !== undefined && (
          <label className="participation-panel__check">
            <input type="checkbox" checked={a.autoApprove} onChange={(e) => void p.act({ type: 'auto-approve', id: a.id, value: e.target.checked })} />
            Publier sans relecture
          </label>
        )}
        <button type="button" aria-pressed={a.revealed} onClick={() => void p.act({ type: 'reveal', id: a.id, revealed: !a.revealed })}>
          {a.kind === 'dots' || a.kind === 'poll' ? (a.revealed ? 'Cacher les résultats' : 'Montrer les résultats') : a.revealed ? 'Retirer de l’écran' : 'Montrer le mur à la salle'}
        </button>
      </div>
      {a.chart && a.chart.bars.length > 0 && <BarChartView chart={a.chart} caption={false} />}
      {a.kind === 'poll' && a.options && <PaperPoll p={p} activity={a} />}
      {(a.kind === 'contributions' || a.kind === 'questions') && <PaperItem p={p} activity={a} />}
      {(a.kind === 'dots' || a.kind === 'questions') && items.length > 0 && (
        <details className="participation-panel__paper">
          <summary>{a.kind === 'dots' ? 'Gommettes papier' : 'Mains levées par question'}</summary>
          {items.map((item) => (
            <PaperVotes key={item.id} p={p} activity={a} item={item} />
          ))}
        </details>
      )}
    </div>
  );
}
