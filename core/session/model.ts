// The typed model of a session (séance): a COPIL, a forum or a workshop, its agenda and
// everything recorded during it. Plain data, serialisable as JSON, shared by every process.
import type { z } from 'zod';
import type {
  agendaItemSchema,
  draftSchema,
  entrySchema,
  participantSchema,
  sessionSchema,
} from './schema.js';

export {
  SESSION_FORMAT,
  SESSION_VERSION,
  SESSION_EXTENSION,
  SESSION_TYPES,
  ENTRY_KINDS,
  PARTICIPANT_STATUSES,
  LIMITS,
} from './constants.js';

export type Session = z.infer<typeof sessionSchema>;
export type SessionType = Session['type'];
export type Participant = z.infer<typeof participantSchema>;
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type Entry = z.infer<typeof entrySchema>;
export type EntryKind = Entry['kind'];
export type Draft = z.infer<typeof draftSchema>;
export type ContributionEntry = Extract<Entry, { kind: 'contribution' }>;
export type ActionEntry = Extract<Entry, { kind: 'action' }>;

export const SESSION_TYPE_LABELS: Record<SessionType, string> = {
  copil: 'Comité de pilotage',
  forum: 'Forum habitants',
  atelier: 'Atelier thématique',
};

export const ENTRY_KIND_LABELS: Record<EntryKind, string> = {
  note: 'Note',
  contribution: 'Contribution',
  décision: 'Décision',
  action: 'Action',
  question: 'Question',
};

/** What the home screen lists for one session file. */
export type SessionSummary =
  | {
      ok: true;
      path: string;
      fileName: string;
      id: string;
      type: SessionType;
      title: string;
      date: string;
      place: string;
      entryCount: number;
      /** Last modification of the file (ISO instant). */
      modifiedAt: string;
    }
  | { ok: false; path: string; fileName: string; message: string };

/** The agenda item with this id, if any. */
export function findAgendaItem(session: Session, id: string | undefined): AgendaItem | undefined {
  return id === undefined ? undefined : session.agenda.find((a) => a.id === id);
}

/** Total planned duration of the agenda, in minutes. */
export function plannedMinutes(session: Session): number {
  return session.agenda.reduce((sum, item) => sum + item.durationMinutes, 0);
}

/** The agenda position of the item under way (1-based), for "point 3 sur 6". */
export function agendaPosition(session: Session): { index: number; count: number } | undefined {
  const at = session.agenda.findIndex((a) => a.id === session.current?.agendaItemId);
  return at < 0 ? undefined : { index: at + 1, count: session.agenda.length };
}
