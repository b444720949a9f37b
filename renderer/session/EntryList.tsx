// The entries recorded where the meeting stands, with their controls: edit, delete, and for
// contributions the wall (shown or not), votes and group. The room's wall follows on its own
// (host/meeting updates it when a shown contribution changes).
import { useEffect, useId, useState } from 'react';
import { frenchDeadline } from '../../core/session/french.js';
import type { ContributionEntry, Entry, Session } from '../../core/session/model.js';
import { KIND_LABELS } from './labels.js';
import { votesText } from './session-format.js';
import type { SessionHandle } from './session-store.js';

interface Props {
  entries: Entry[];
  session: Session;
  handle: string;
  run: SessionHandle['run'];
  serial: <T>(fn: () => Promise<T>) => Promise<T>;
  onEdit: (entry: Entry) => void;
  onNotice: (text: string | undefined) => void;
}

export function EntryList({ entries, session, handle, run, serial, onEdit, onNotice }: Props) {
  const groups = [...new Set(session.entries.flatMap((e) => (e.kind === 'contribution' && e.group ? [e.group] : [])))];
  const remove = (entry: Entry) => {
    onNotice(undefined);
    void serial(() => run((h) => h.deleteEntry(handle, entry.id)));
  };
  const toggleShown = (entry: ContributionEntry) => void serial(() => run((h) => h.editEntry(handle, entry.id, { shown: !entry.shown })));
  const vote = (entry: ContributionEntry, delta: number) => void serial(() => run((h) => h.voteEntry(handle, entry.id, delta)));
  const group = (entry: ContributionEntry, label: string) => void serial(() => run((h) => h.groupEntries(handle, [entry.id], label)));
  return (
    <>
      <h3 className="notes-panel__subtitle">{entries.length === 0 ? 'Rien de noté ici pour l’instant.' : `Noté ici (${entries.length})`}</h3>
      <ol className="entry-list" data-testid="entry-list">
        {entries.map((entry) => (
          <li key={entry.id} className={`entry entry--${entry.kind === 'décision' ? 'decision' : entry.kind}`} data-entry-id={entry.id} data-kind={entry.kind}>
            <span className="entry__kind">{KIND_LABELS[entry.kind]}</span>
            <p className="entry__text">{entry.text}</p>
            {entry.kind === 'action' && (
              <p className="entry__meta">
                Qui&nbsp;: {entry.qui || '—'} · Échéance&nbsp;: {entry.echeance ? frenchDeadline(entry.echeance) : '—'}
                {entry.partenaires ? ` · Partenaires\u00A0: ${entry.partenaires}` : ''}
              </p>
            )}
            {entry.kind === 'contribution' && <ContributionControls entry={entry} groups={groups} onToggle={toggleShown} onVote={vote} onGroup={group} />}
            <span className="entry__buttons">
              <button type="button" className="button button--small" onClick={() => onEdit(entry)}>
                Modifier
              </button>
              <button type="button" className="button button--small" onClick={() => remove(entry)}>
                Supprimer
              </button>
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}

function ContributionControls(props: {
  entry: ContributionEntry;
  groups: string[];
  onToggle: (e: ContributionEntry) => void;
  onVote: (e: ContributionEntry, delta: number) => void;
  onGroup: (e: ContributionEntry, label: string) => void;
}) {
  const { entry } = props;
  const [label, setLabel] = useState(entry.group ?? '');
  useEffect(() => setLabel(entry.group ?? ''), [entry.group]);
  const listId = useId();
  return (
    <div className="entry__contribution">
      <button type="button" className={`button button--small${entry.shown ? ' button--on' : ''}`} aria-pressed={entry.shown} onClick={() => props.onToggle(entry)}>
        {entry.shown ? 'Retirer du mur' : 'Montrer à la salle'}
      </button>
      <span className="entry__votes" aria-label={votesText(entry.votes)}>
        <button type="button" className="button button--small" aria-label="Retirer un vote" onClick={() => props.onVote(entry, -1)} disabled={entry.votes === 0}>
          −
        </button>
        <span className="entry__dots" data-testid="votes">
          {entry.votes}
        </span>
        <button type="button" className="button button--small" aria-label="Ajouter un vote" onClick={() => props.onVote(entry, 1)}>
          +
        </button>
      </span>
      <form
        className="entry__group"
        onSubmit={(e) => {
          e.preventDefault();
          props.onGroup(entry, label);
        }}
      >
        <input aria-label="Groupe" placeholder="Groupe (thème)" list={listId} value={label} onChange={(e) => setLabel(e.target.value)} />
        <datalist id={listId}>
          {props.groups.map((g) => (
            <option key={g} value={g} />
          ))}
        </datalist>
        <button type="submit" className="button button--small">
          Grouper
        </button>
      </form>
    </div>
  );
}
