// The facilitator's participation panel: open the room's phones (address, device limit),
// start a prompt (from the slide's workshop prompts or made on the spot), moderate what
// arrives, enter paper post-its and shows of hands, show results, close.
import { useEffect, useState } from 'react';
import type { Slide } from '../../core/deck/model.js';
import type { ParticipationStatus } from '../../core/participation/api.js';
import { displayJoinCode } from '../../core/participation/join-code.js';
import type { AddressChoice } from '../../core/participation/network.js';
import { useHost } from '../host-client/HostContext.js';
import { ActiveActivity } from './ActiveActivity.js';
import { ModerationQueue } from './ModerationQueue.js';
import { StartForm } from './StartForm.js';
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
      <ModerationQueue p={p} status={status} />
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
