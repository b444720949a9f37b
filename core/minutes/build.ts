// Session → minutes document model (pure). The same model feeds the Markdown, HTML (PDF)
// and DOCX renderings, so the three say the same thing.
import { typographicApostrophes } from '../deck/typography.js';
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
  /** « 1. Validation du compte rendu précédent » */
  title: string;
  notes: string[];
  questions: string[];
  /** Contributions by theme group ("" = not grouped), most voted first. */
  contributionGroups: { label: string; contributions: MinutesContribution[] }[];
  decisions: string[];
  /** The actions decided on this point (also in the document's action plan). */
  actions: MinutesAction[];
}

export interface MinutesAction {
  action: string;
  responsable: string;
  echeance: string;
  partenaires: string;
}

export interface MinutesDocument {
  variant: MinutesVariant;
  /** « Compte rendu » or « Relevé de décisions ». */
  documentLabel: string;
  title: string;
  /** « Comité de pilotage » … */
  typeLabel: string;
  /** « mardi 3 mars 2026 » (with « à 14:00 » when the time is known). */
  dateText: string;
  place: string;
  /** Who wrote the minutes, the next meeting, who receives them (empty when not set). */
  redacteur: string;
  nextMeeting: string;
  diffusion: string;
  present: MinutesPerson[];
  excused: MinutesPerson[];
  agenda: string[];
  items: MinutesItem[];
  /** Agenda points on which nothing was recorded, said once (« 4. Calendrier »…). */
  quietItems: string[];
  actions: MinutesAction[];
  counts: { present: number; contributions: number; decisions: number; actions: number };
  /** What the room sent from its phones (issue 14); absent when participation was never opened. */
  participation?: MinutesParticipation;
}

const OTHER_ITEM = 'Autres points';

export function buildMinutes(input: Session, variant: MinutesVariant = 'compte-rendu'): MinutesDocument {
  // What goes out is typeset: typed apostrophes become typographic ones everywhere.
  const session = typographicSession(input);
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
  const quietItems: string[] = [];
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
    const actions = actionsOf(entries);
    const title = titles.get(key) ?? OTHER_ITEM;
    const item: MinutesItem =
      variant === 'releve'
        ? { title, notes: [], questions: [], contributionGroups: [], decisions: text('décision'), actions }
        : { title, notes: text('note'), questions: text('question'), contributionGroups, decisions: text('décision'), actions };
    const empty = !item.notes.length && !item.questions.length && !item.contributionGroups.length && !item.decisions.length && !item.actions.length;
    // No empty headings: points without notes are named once, together.
    if (empty) {
      if (key !== '' && variant === 'compte-rendu') quietItems.push(title);
      continue;
    }
    items.push(item);
  }
  const actions = actionsOf(session.entries);
  const person = (p: { name: string; organisation: string }): MinutesPerson => ({ name: p.name, organisation: p.organisation });
  const present = session.participants.filter((p) => p.status === 'présent').map(person);
  const participation = variant === 'compte-rendu' ? participationMinutes(session.participation) : undefined;
  return {
    ...(participation ? { participation } : {}),
    variant,
    documentLabel: variant === 'releve' ? 'Relevé de décisions' : 'Compte rendu',
    title: session.title,
    typeLabel: SESSION_TYPE_LABELS[session.type],
    dateText: frenchLongDate(session.date) + (session.startTime ? ` à ${session.startTime.replace(':', 'h')}` : ''),
    place: session.place,
    redacteur: session.redacteur?.trim() ?? '',
    nextMeeting: frenchDeadline(session.nextMeeting?.trim() ?? ''),
    diffusion: session.diffusion?.trim() ?? '',
    present,
    excused: session.participants.filter((p) => p.status === 'excusé').map(person),
    agenda: session.agenda.map((a) => a.title),
    items,
    quietItems,
    actions,
    counts: {
      present: present.length,
      contributions: session.entries.filter((e) => e.kind === 'contribution').length,
      decisions: session.entries.filter((e) => e.kind === 'décision').length,
      actions: actions.length,
    },
  };
}

function actionsOf(entries: readonly Entry[]): MinutesAction[] {
  return entries
    .filter((e): e is Extract<Entry, { kind: 'action' }> => e.kind === 'action' && e.text.trim() !== '')
    .map((e) => ({
      action: e.text.trim(),
      responsable: e.qui.trim(),
      echeance: frenchDeadline(e.echeance.trim()),
      partenaires: e.partenaires?.trim() ?? '',
    }));
}

function typographicSession(session: Session): Session {
  const t = typographicApostrophes;
  return {
    ...session,
    title: t(session.title),
    place: t(session.place),
    ...(session.redacteur !== undefined ? { redacteur: t(session.redacteur) } : {}),
    ...(session.nextMeeting !== undefined ? { nextMeeting: t(session.nextMeeting) } : {}),
    ...(session.diffusion !== undefined ? { diffusion: t(session.diffusion) } : {}),
    participants: session.participants.map((p) => ({ ...p, name: t(p.name), organisation: t(p.organisation) })),
    agenda: session.agenda.map((a) => ({ ...a, title: t(a.title) })),
    entries: session.entries.map((e) => {
      const out = { ...e, text: t(e.text) } as Entry;
      if (out.kind === 'action') {
        out.qui = t(out.qui);
        out.echeance = t(out.echeance);
        if (out.partenaires !== undefined) out.partenaires = t(out.partenaires);
      }
      if (out.kind === 'contribution' && out.group !== undefined) out.group = t(out.group);
      return out;
    }),
  };
}

/** « Points sans observation : 4. Calendrier ; 6. Questions diverses. » */
export function quietLine(doc: MinutesDocument): string {
  return `Sans observation\u00A0: ${doc.quietItems.join('\u00A0; ')}.`;
}

/** The header lines under the title, in order (only those that are set). */
export function headerLines(doc: MinutesDocument): { label: string; value: string }[] {
  const lines = [
    { label: 'Date', value: doc.dateText },
    { label: 'Lieu', value: doc.place },
    { label: 'Rédacteur', value: doc.redacteur },
    { label: 'Prochaine réunion', value: doc.nextMeeting },
    { label: 'Diffusion', value: doc.diffusion },
  ];
  return lines.filter((l) => l.value !== '');
}

/** « Marie Durand (CAF de la Drôme) » */
export function personLabel(p: MinutesPerson): string {
  return p.organisation ? `${p.name} (${p.organisation})` : p.name;
}

/** « 3 votes » / « 1 vote » / « aucun vote » */
export function votesLabel(n: number): string {
  return n === 0 ? 'aucun vote' : n === 1 ? '1 vote' : `${n} votes`;
}

