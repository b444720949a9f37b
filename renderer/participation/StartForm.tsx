// Starts a prompt on the phones: one of the slide's workshop prompts (a poll when the deck
// defines one) or one made on the spot (ideas, questions, dot vote, poll).
import { useState } from 'react';
import type { Slide } from '../../core/deck/model.js';
import type { ParticipationStatus } from '../../core/participation/api.js';
import { ACTIVITY_LABELS, type ActivityKind, type PollMode } from '../../core/participation/model.js';
import type { ParticipationHandle } from './useParticipation.js';

const NB = '\u00a0';
type Open = Extract<ParticipationStatus, { open: true }>;

const KINDS: ActivityKind[] = ['contributions', 'questions', 'dots', 'poll'];

export function StartForm({ p, status, slide }: { p: ParticipationHandle; status: Open; slide: Slide | undefined }) {
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
