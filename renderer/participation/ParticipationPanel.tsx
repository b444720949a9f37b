// The facilitator's participation panel: open the room's phones (address, device limit),
// start a prompt (from the slide's workshop prompts or made on the spot), moderate what
// arrives, enter paper post-its and shows of hands, show results, close.
import { useEffect, useState } from 'react';
import type { Slide } from '../../core/deck/model.js';
import type { ParticipationStatus } from '../../core/participation/api.js';
import { displayJoinCode } from '../../core/participation/join-code.js';
import { ACTIVITY_LABELS, type ActivityKind, type PollMode } from '../../core/participation/model.js';
import type { AddressChoice } from '../../core/participation/network.js';
import type { FacilitatorActivity, ModerationItem } from '../../core/participation/views.js';
import { useHost } from '../host-client/HostContext.js';
import { BarChartView } from './BarChartView.js';
import { useParticipation, type ParticipationHandle } from './useParticipation.js';
import './participation.css';

const NB = '\u00a0';
type Open = Extract<ParticipationStatus, { open: true }>;

export function ParticipationPanel({ slide, session }: { slide: Slide | undefined; session: string | undefined }) {
  const p = useParticipation(1000);
  const status = p.status;
  return (
    <section className="panel participation-panel" aria-labelledby="participation-title" data-testid="participation-panel">
      <h2 className="panel__title" id="participation-title">
        Participation des téléphones
      </h2>
      {p.error && (
        <p className="participation-panel__error" role="alert">
          {p.error}
        </p>
      )}
      {!status || !status.open ? <OpenForm p={p} session={session} /> : <OpenRoom p={p} status={status} slide={slide} />}
    </section>
  );
}

function OpenForm({ p, session }: { p: ParticipationHandle; session: string | undefined }) {
  const host = useHost();
  const [choices, setChoices] = useState<AddressChoice[]>([]);
  const [address, setAddress] = useState('');
  const [limit, setLimit] = useState('');
  useEffect(() => {
    void Promise.resolve()
      .then(() => host.listParticipationAddresses())
      .then(
        (r) => {
          setChoices(r.choices);
          setAddress(r.preferred ?? '');
        },
        () => undefined,
      );
  }, [host]);
  const known = choices.some((c) => c.address === address);
  return (
    <form
      className="participation-panel__open"
      onSubmit={(e) => {
        e.preventDefault();
        const n = Number(limit);
        void p.open({ ...(address ? { address } : {}), ...(session ? { session } : {}), ...(limit && Number.isInteger(n) && n > 0 ? { phoneLimit: Math.min(n, 500) } : {}) });
      }}
    >
      <p className="panel__empty">La salle répond depuis ses téléphones, sur le Wi‑Fi de la salle (sans internet).</p>
      <fieldset className="participation-panel__networks">
        <legend>Réseau de la salle</legend>
        {!known && address && <Network value={address} label={address} checked onPick={setAddress} />}
        {choices.map((c) => (
          <Network key={c.address} value={c.address} label={c.label} checked={c.address === address} onPick={setAddress} />
        ))}
        {!address && <p className="participation-panel__warn">Aucun réseau trouvé{NB}: connectez l’ordinateur au Wi‑Fi de la salle ou ouvrez un point d’accès.</p>}
      </fieldset>
      <label>
        Prévenir à partir de (téléphones)
        <input type="number" min={1} max={500} inputMode="numeric" value={limit} placeholder="par ex. 8" onChange={(e) => setLimit(e.target.value)} />
      </label>
      <button type="submit" className="participation-panel__primary">
        Ouvrir la participation
      </button>
    </form>
  );
}

// Radio buttons rather than a list: two or three networks at most, all visible at once.
function Network({ value, label, checked, onPick }: { value: string; label: string; checked: boolean; onPick: (v: string) => void }) {
  return (
    <label className="participation-panel__check">
      <input type="radio" name="participation-network" value={value} checked={checked} onChange={() => onPick(value)} />
      {label}
    </label>
  );
}

function OpenRoom({ p, status, slide }: { p: ParticipationHandle; status: Open; slide: Slide | undefined }) {
  const active = status.activities.find((a) => a.id === status.activeId) ?? null;
  return (
    <div className="participation-panel__room">
      <p className="participation-panel__join">
        <strong data-testid="participation-address">{status.address.replace(/^http:\/\//, '')}</strong> · code{NB}
        <strong data-testid="participation-code">{displayJoinCode(status.code)}</strong>
      </p>
      <p className={status.nearLimit ? 'participation-panel__warn' : ''} data-testid="facilitator-phone-count" role={status.nearLimit ? 'alert' : undefined}>
        {status.connected} téléphone{status.connected > 1 ? 's' : ''} connecté{status.connected > 1 ? 's' : ''} ({status.joined} depuis l’ouverture)
        {status.nearLimit && status.phoneLimit !== null ? ` — proche de la limite de ${status.phoneLimit} fixée pour ce réseau` : ''}
      </p>
      {status.sessionMessage && <p className="participation-panel__error">{status.sessionMessage}</p>}
      <p className="participation-panel__kind">
        Borne (tablette en libre-service, remise à zéro après une minute sans contact){NB}: <span data-testid="kiosk-url">{status.url}&amp;borne=1</span>
      </p>
      <LoopControl p={p} looping={status.looping} />
      {!status.session && <p className="panel__empty">Sans séance ouverte, les contributions ne vont pas au compte rendu.</p>}
      {active ? <ActiveActivity p={p} status={status} activity={active} /> : null}
      <StartForm p={p} status={status} slide={slide} />
      <Queue p={p} status={status} />
      <button type="button" className="participation-panel__close" onClick={() => void p.close()}>
        Fermer la participation
      </button>
    </div>
  );
}

// « Boucle »: for an unattended stand, the room's screen goes through the deck by itself.
function LoopControl({ p, looping }: { p: ParticipationHandle; looping: boolean }) {
  const [seconds, setSeconds] = useState('20');
  return (
    <div className="participation-panel__inline">
      <label className="participation-panel__check">
        <input
          type="checkbox"
          checked={looping}
          onChange={(e) => void p.act({ type: 'loop', on: e.target.checked, seconds: Math.min(600, Math.max(3, Math.round(Number(seconds) || 20))) })}
        />
        Boucle{NB}: la présentation défile seule
      </label>
      <input type="number" min={3} max={600} value={seconds} aria-label="Secondes par diapositive (si la présentation n’en donne pas)" onChange={(e) => setSeconds(e.target.value)} />
      <span>s</span>
    </div>
  );
}

function remaining(a: FacilitatorActivity, hostNow: number): string {
  if (a.closed) return 'close';
  if (a.endsAt === null) return 'sans minuteur';
  const s = Math.max(0, Math.ceil((a.endsAt - hostNow) / 1000));
  return `${Math.floor(s / 60)}${NB}min ${String(s % 60).padStart(2, '0')}${NB}s`;
}

function ActiveActivity({ p, status, activity: a }: { p: ParticipationHandle; status: Open; activity: FacilitatorActivity }) {
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

function PaperPoll({ p, activity }: { p: ParticipationHandle; activity: FacilitatorActivity }) {
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

function PaperItem({ p, activity }: { p: ParticipationHandle; activity: FacilitatorActivity }) {
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

function PaperVotes({ p, activity, item }: { p: ParticipationHandle; activity: FacilitatorActivity; item: ModerationItem }) {
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

const KINDS: ActivityKind[] = ['contributions', 'questions', 'dots', 'poll'];

function StartForm({ p, status, slide }: { p: ParticipationHandle; status: Open; slide: Slide | undefined }) {
  const [kind, setKind] = useState<ActivityKind>('contributions');
  const [title, setTitle] = useState('');
  const [instruction, setInstruction] = useState('');
  const [minutes, setMinutes] = useState('5');
  const [mode, setMode] = useState<PollMode>('single');
  const [options, setOptions] = useState('');
  const [dots, setDots] = useState('3');
  const [autoApprove, setAutoApprove] = useState(false);
  const sources = status.activities.filter((a) => a.kind === 'contributions');
  const [sourceId, setSourceId] = useState('');
  const source = sourceId || sources.at(-1)?.id || '';
  const prompts = slide?.prompts ?? [];

  const start = () => {
    const m = Number(minutes) || 0;
    const base = { title, instruction, minutes: m };
    const spec =
      kind === 'poll'
        ? { kind, ...base, mode, options: mode === 'scale' ? [] : options.split('\n').map((o) => o.trim()).filter(Boolean) }
        : kind === 'dots'
          ? { kind, ...base, ...(title.trim() ? {} : { title: undefined }), dots: Number(dots) || 3, sourceId: source }
          : { kind, ...base, autoApprove };
    void p.act({ type: 'start', spec: spec as never }).then((ok) => {
      // A new prompt starts from a blank form (the last consigne would not fit it).
      if (ok) {
        setTitle('');
        setInstruction('');
        setOptions('');
      }
    });
  };

  return (
    <details className="participation-panel__start" open={status.activeId === null}>
      <summary>Lancer une question sur les téléphones</summary>
      {prompts.length > 0 && (
        <ul className="participation-panel__prompts">
          {prompts.map((prompt) => (
            <li key={prompt.line}>
              <button
                type="button"
                onClick={() =>
                  void p.act({
                    type: 'start',
                    spec: prompt.poll
                      ? { kind: 'poll', title: prompt.question, instruction: prompt.instruction, minutes: prompt.durationMinutes, mode: prompt.poll.mode, options: prompt.poll.options }
                      : { kind: 'contributions', title: prompt.question, instruction: prompt.instruction, minutes: prompt.durationMinutes },
                  })
                }
              >
                {prompt.poll ? 'Sondage' : 'Idées'}{NB}: {prompt.question}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          start();
        }}
      >
        <label>
          Sorte
          <select value={kind} onChange={(e) => setKind(e.target.value as ActivityKind)}>
            {KINDS.map((k) => (
              <option key={k} value={k} disabled={k === 'dots' && sources.length === 0}>
                {ACTIVITY_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Question
          <input value={title} onChange={(e) => setTitle(e.target.value)} required={kind !== 'dots'} />
        </label>
        <label>
          Consigne
          <input value={instruction} onChange={(e) => setInstruction(e.target.value)} />
        </label>
        <label>
          Durée (minutes, 0 = sans minuteur)
          <input type="number" min={0} max={120} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
        </label>
        {kind === 'poll' && (
          <>
            <label>
              Réponses
              <select value={mode} onChange={(e) => setMode(e.target.value as PollMode)}>
                <option value="single">Un seul choix</option>
                <option value="multiple">Plusieurs choix</option>
                <option value="scale">Échelle de 1 à 5</option>
              </select>
            </label>
            {mode !== 'scale' && (
              <label>
                Choix (un par ligne)
                <textarea rows={4} value={options} onChange={(e) => setOptions(e.target.value)} />
              </label>
            )}
          </>
        )}
        {kind === 'dots' && (
          <>
            <label>
              Idées à voter
              <select value={source} onChange={(e) => setSourceId(e.target.value)}>
                {sources.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Gommettes par personne
              <input type="number" min={1} max={10} value={dots} onChange={(e) => setDots(e.target.value)} />
            </label>
          </>
        )}
        {(kind === 'contributions' || kind === 'questions') && (
          <label className="participation-panel__check">
            <input type="checkbox" checked={autoApprove} onChange={(e) => setAutoApprove(e.target.checked)} />
            Publier sans relecture
          </label>
        )}
        <button type="submit" className="participation-panel__primary">
          Lancer
        </button>
      </form>
    </details>
  );
}

function Queue({ p, status }: { p: ParticipationHandle; status: Open }) {
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
