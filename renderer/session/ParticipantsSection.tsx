// Who is there and who sent apologies; the names feed the « qui » of actions.
import { useState } from 'react';
import type { Participant, Session } from '../../core/session/model.js';
import { newId, type SessionPatch } from './session-patch.js';

export function ParticipantsSection({ session, onChange }: { session: Session; onChange: (p: SessionPatch) => void }) {
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [status, setStatus] = useState<Participant['status']>('présent');
  const list = session.participants;
  const set = (participants: Participant[]) => onChange({ participants });
  const present = list.filter((p) => p.status === 'présent').length;
  return (
    <section className="session-section" aria-labelledby="participants-title">
      <h2 id="participants-title" className="session-section__title">
        Participants <span className="session-section__count">{present} présent{present > 1 ? 's' : ''}, {list.length - present} excusé{list.length - present > 1 ? 's' : ''}</span>
      </h2>
      <table className="participants">
        <thead>
          <tr>
            <th>Nom</th>
            <th>Organisation</th>
            <th>Présence</th>
            <th>
              <span className="visually-hidden">Retirer</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.map((p, i) => (
            <tr key={p.id}>
              <td>{p.name}</td>
              <td>{p.organisation}</td>
              <td>
                <select aria-label={`Présence de ${p.name}`} value={p.status} onChange={(e) => set(list.with(i, { ...p, status: e.target.value as Participant['status'] }))}>
                  <option value="présent">présent</option>
                  <option value="excusé">excusé</option>
                </select>
              </td>
              <td>
                <button type="button" className="button button--small" aria-label={`Retirer ${p.name}`} onClick={() => set(list.toSpliced(i, 1))}>
                  Retirer
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="participants__add"
        aria-label="Ajouter un participant"
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          set([...list, { id: newId('pers'), name: name.trim(), organisation: organisation.trim(), status }]);
          setName('');
          setOrganisation('');
        }}
      >
        <label className="field">
          Nom
          <input value={name} onChange={(e) => setName(e.target.value)} data-testid="participant-name" />
        </label>
        <label className="field">
          Organisation
          <input value={organisation} onChange={(e) => setOrganisation(e.target.value)} data-testid="participant-organisation" />
        </label>
        <label className="field">
          Présence
          <select value={status} onChange={(e) => setStatus(e.target.value as Participant['status'])} data-testid="participant-status">
            <option value="présent">présent</option>
            <option value="excusé">excusé</option>
          </select>
        </label>
        <button type="submit" className="button">
          Ajouter
        </button>
      </form>
    </section>
  );
}
