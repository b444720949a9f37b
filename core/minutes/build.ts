// Session → minutes document model (pure). The same model feeds the Markdown, HTML (PDF)
// and DOCX renderings, so the three say the same thing.
import { frenchDeadline, frenchLongDate } from '../session/french.js';
import { SESSION_TYPE_LABELS, type Entry, type Session } from '../session/model.js';
import { participationMinutes, type MinutesParticipation } from '../participation/minutes.js';

export type MinutesVariant = 'compte-rendu' | 'releve';

export interface MinutesPerson {
  name: string;
  organisation: string;
}

export interface MinutesContribution {
  text: string;
  votes: number;
}

export interface MinutesItem {
  /** « 1. Validation du compte-rendu précédent » */
  title: string;
  notes: string[];
  questions: string[];
  /** Contributions by theme group ("" = not grouped), most voted first. */
  contributionGroups: { label: string; contributions: MinutesContribution[] }[];
  decisions: string[];
}

export interface MinutesAction {
  action: string;
  responsable: string;
  echeance: string;
  partenaires: string;
}

export interface MinutesDocument {
  variant: MinutesVariant;
  /** « Compte-rendu » or « Relevé de décisions ». */
  documentLabel: string;
  title: string;
  /** « Comité de pilotage » … */
  typeLabel: string;
  /** « mardi 3 mars 2026 » (with « à 14:00 » when the time is known). */
  dateText: string;
  place: string;
  present: MinutesPerson[];
  excused: MinutesPerson[];
  agenda: string[];
  items: MinutesItem[];
  actions: MinutesAction[];
  counts: { present: number; contributions: number; decisions: number; actions: number };
  /** What the room sent from its phones (issue 14); absent when participation was never opened. */
  participation?: MinutesParticipation;
}

const OTHER_ITEM = 'Autres points';

export function buildMinutes(session: Session, variant: MinutesVariant = 'compte-rendu'): MinutesDocument {
  const byItem = new Map<string, Entry[]>();
  const order = session.agenda.map((a) => a.id);
  const known = new Set(order);
  for (const e of session.entries) {
    const key = e.agendaItemId !== undefined && known.has(e.agendaItemId) ? e.agendaItemId : '';
    const list = byItem.get(key) ?? [];
    list.push(e);
    byItem.set(key, list);
  }
  const titles = new Map(session.agenda.map((a, i) => [a.id, `${i + 1}. ${a.title}`]));
  const items: MinutesItem[] = [];
  for (const key of [...order, '']) {
    const entries = byItem.get(key) ?? [];
    const text = (kind: Entry['kind']): string[] =>
      entries.filter((e) => e.kind === kind && e.text.trim()).map((e) => e.text.trim());
    const groups = new Map<string, MinutesContribution[]>();
    for (const e of entries) {
      if (e.kind !== 'contribution' || !e.text.trim()) continue;
      const label = e.group?.trim() ?? '';
      groups.set(label, [...(groups.get(label) ?? []), { text: e.text.trim(), votes: e.votes }]);
    }
    const contributionGroups = [...groups]
      .map(([label, contributions]) => ({ label, contributions: contributions.sort((a, b) => b.votes - a.votes) }))
      .sort((a, b) => (a.label === '' ? 1 : b.label === '' ? -1 : a.label.localeCompare(b.label, 'fr')));
    const item: MinutesItem =
      variant === 'releve'
        ? { title: titles.get(key) ?? OTHER_ITEM, notes: [], questions: [], contributionGroups: [], decisions: text('décision') }
        : {
            title: titles.get(key) ?? OTHER_ITEM,
            notes: text('note'),
            questions: text('question'),
            contributionGroups,
            decisions: text('décision'),
          };
    const empty = !item.notes.length && !item.questions.length && !item.contributionGroups.length && !item.decisions.length;
    // Every agenda item appears in the minutes (« rien de noté » says it was not forgotten);
    // the relevé keeps only items with decisions, and « Autres points » only when used.
    if (empty && (variant === 'releve' || key === '')) continue;
    items.push(item);
  }
  const actions = session.entries
    .filter((e): e is Extract<Entry, { kind: 'action' }> => e.kind === 'action' && e.text.trim() !== '')
    .map((e) => ({
      action: e.text.trim(),
      responsable: e.qui.trim(),
      echeance: frenchDeadline(e.echeance.trim()),
      partenaires: e.partenaires?.trim() ?? '',
    }));
  const person = (p: { name: string; organisation: string }): MinutesPerson => ({ name: p.name, organisation: p.organisation });
  const present = session.participants.filter((p) => p.status === 'présent').map(person);
  const participation = variant === 'compte-rendu' ? participationMinutes(session.participation) : undefined;
  return {
    ...(participation ? { participation } : {}),
    variant,
    documentLabel: variant === 'releve' ? 'Relevé de décisions' : 'Compte-rendu',
    title: session.title,
    typeLabel: SESSION_TYPE_LABELS[session.type],
    dateText: frenchLongDate(session.date) + (session.startTime ? ` à ${session.startTime.replace(':', 'h')}` : ''),
    place: session.place,
    present,
    excused: session.participants.filter((p) => p.status === 'excusé').map(person),
    agenda: session.agenda.map((a) => a.title),
    items,
    actions,
    counts: {
      present: present.length,
      contributions: session.entries.filter((e) => e.kind === 'contribution').length,
      decisions: session.entries.filter((e) => e.kind === 'décision').length,
      actions: actions.length,
    },
  };
}

/** « Marie Durand (CAF de la Drôme) » */
export function personLabel(p: MinutesPerson): string {
  return p.organisation ? `${p.name} (${p.organisation})` : p.name;
}

/** « 3 votes » / « 1 vote » / « aucun vote » */
export function votesLabel(n: number): string {
  return n === 0 ? 'aucun vote' : n === 1 ? '1 vote' : `${n} votes`;
}

export const NOTHING_RECORDED = 'Rien n’a été noté sur ce point.';
