// The facilitator's moderation queue: publish, fix a typo, merge duplicates, hide, reject;
// and the wall of the prompt under way.
import { useState } from 'react';
import type { ParticipationStatus } from '../../core/participation/api.js';
import type { ModerationItem } from '../../core/participation/views.js';
import type { ParticipationHandle } from './useParticipation.js';

const NB = '\u00a0';
type Open = Extract<ParticipationStatus, { open: true }>;

export function ModerationQueue({ p, status }: { p: ParticipationHandle; status: Open }) {
  const pending = status.items.filter((i) => i.status === 'en attente');
  // The wall of the prompt under way (or of the ideas a dot vote is about).
  const active = status.activities.find((a) => a.id === status.activeId);
  const wallOf = active?.kind === 'dots' ? active.sourceId : active?.id;
  const approved = status.items.filter((i) => i.status === 'approuvée' && i.activityId === wallOf);
  const [selected, setSelected] = useState<string[]>([]);
  const [editing, setEditing] = useState<{ id: string; text: string } | null>(null);
  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  const row = (item: ModerationItem) => (
    <li key={item.id} className="participation-queue__item" data-testid="queue-item" data-status={item.status}>
      <label className="participation-panel__check">
        <input type="checkbox" checked={selected.includes(item.id)} onChange={() => toggle(item.id)} aria-label={`Choisir «${NB}${item.text}${NB}»`} />
        {editing?.id === item.id ? (
          <input value={editing.text} onChange={(e) => setEditing({ id: item.id, text: e.target.value })} aria-label="Texte corrigé" />
        ) : (
          <span className="participation-queue__text">{item.text}</span>
        )}
      </label>
      <span className="participation-queue__who">
        {item.name ? `${item.name} (${item.participant})` : item.participant}
        {item.kind === 'question' ? ` · ${item.upvotes} soutien${item.upvotes > 1 ? 's' : ''}` : ''}
      </span>
      <span className="participation-panel__buttons">
        {editing?.id === item.id ? (
          <button type="button" onClick={() => void p.act({ type: 'moderate', moderation: { op: 'edit', itemId: item.id, text: editing.text } }).then((ok) => ok && setEditing(null))}>
            Enregistrer
          </button>
        ) : (
          <button type="button" onClick={() => setEditing({ id: item.id, text: item.text })}>
            Corriger
          </button>
        )}
        {item.status !== 'approuvée' && (
          <button type="button" onClick={() => void p.act({ type: 'moderate', moderation: { op: 'approve', itemId: item.id } })}>
            Publier
          </button>
        )}
        <button type="button" onClick={() => void p.act({ type: 'moderate', moderation: { op: 'hide', itemId: item.id } })}>
          Masquer
        </button>
        {item.status === 'en attente' && (
          <button type="button" onClick={() => void p.act({ type: 'moderate', moderation: { op: 'reject', itemId: item.id } })}>
            Refuser
          </button>
        )}
      </span>
    </li>
  );
  return (
    <div className="participation-queue">
      <h3 className="participation-panel__kind">À relire ({pending.length})</h3>
      {pending.length === 0 ? <p className="panel__empty">Rien en attente.</p> : <ul>{pending.map(row)}</ul>}
      {selected.length >= 2 && (
        <button
          type="button"
          onClick={() => {
            const [into, ...rest] = selected;
            void p.act({ type: 'moderate', moderation: { op: 'merge', intoId: into!, itemIds: rest } }).then((ok) => ok && setSelected([]));
          }}
        >
          Fusionner les {selected.length} doublons choisis
        </button>
      )}
      {approved.length > 0 && (
        <details>
          <summary>Au mur ({approved.length})</summary>
          <ul>{approved.map(row)}</ul>
        </details>
      )}
    </div>
  );
}
