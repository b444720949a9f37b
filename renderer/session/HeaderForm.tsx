// The session's header: type, title, date, time, place.
import { FRENCH_TEXT } from './french-text.js';
import { useState } from 'react';
import type { Session, SessionType } from '../../core/session/model.js';
import { TYPE_LABELS, TYPES } from './labels.js';
import type { SessionPatch } from './session-patch.js';

export function HeaderForm({ session, onChange }: { session: Session; onChange: (p: SessionPatch) => void }) {
  const [title, setTitle] = useState(session.title);
  const [place, setPlace] = useState(session.place);
  const commit = (field: 'title' | 'place', value: string) => {
    if (value === session[field] || (field === 'title' && value.trim() === '')) return;
    onChange({ [field]: value });
  };
  // The minutes' header: empty clears the field.
  const optional = (field: 'redacteur' | 'nextMeeting' | 'diffusion', value: string) => {
    const v = value.trim();
    if (v === (session[field] ?? '')) return;
    onChange({ [field]: v === '' ? null : v });
  };
  return (
    <section className="session-header" aria-label="En-tête de la séance">
      <label className="field">
        Type
        <select value={session.type} onChange={(e) => onChange({ type: e.target.value as SessionType })}>
          {TYPES.map((t) => (
            <option key={t} value={t}>
              {TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      <label className="field field--wide">
        Titre
        <input className="session-header__title" {...FRENCH_TEXT} value={title} onChange={(e) => setTitle(e.target.value)} onBlur={() => commit('title', title)} onKeyDown={(e) => e.key === 'Enter' && commit('title', title)} />
      </label>
      <label className="field">
        Date
        <input type="date" value={session.date} onChange={(e) => e.target.value && onChange({ date: e.target.value })} />
      </label>
      <label className="field">
        Heure
        <input type="time" value={session.startTime ?? ''} onChange={(e) => onChange({ startTime: e.target.value || null })} />
      </label>
      <label className="field field--wide">
        Lieu
        <input {...FRENCH_TEXT} value={place} onChange={(e) => setPlace(e.target.value)} onBlur={() => commit('place', place)} onKeyDown={(e) => e.key === 'Enter' && commit('place', place)} />
      </label>
      <label className="field">
        Rédacteur
        <input {...FRENCH_TEXT} defaultValue={session.redacteur ?? ''} onBlur={(e) => optional('redacteur', e.target.value)} data-testid="header-redacteur" />
      </label>
      <label className="field">
        Prochaine réunion
        <input defaultValue={session.nextMeeting ?? ''} placeholder="ex. 15/06/2027 à Die" onBlur={(e) => optional('nextMeeting', e.target.value)} data-testid="header-next" />
      </label>
      <label className="field field--wide">
        Diffusion
        <input {...FRENCH_TEXT} defaultValue={session.diffusion ?? ''} placeholder="ex. membres du COPIL, partenaires" onBlur={(e) => optional('diffusion', e.target.value)} data-testid="header-diffusion" />
      </label>
    </section>
  );
}
