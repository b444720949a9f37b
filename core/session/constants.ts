// The session format's names and bounds, free of zod: the renderer and core/session/model.ts
// import them without loading the schemas (core/session/schema.ts builds on them).
export const SESSION_FORMAT = 'ctg-diois-seance';
export const SESSION_VERSION = 1;
/** The file name suffix of a session file. */
export const SESSION_EXTENSION = '.ctg-seance.json';

/** Bounds: generous for a three-hour meeting, small enough to refuse garbage early. */
export const LIMITS = {
  shortText: 300,
  text: 20_000,
  participants: 1_000,
  agendaItems: 200,
  entries: 50_000,
  prompts: 50,
  slideIndex: 10_000,
  votes: 100_000,
  durationMinutes: 24 * 60,
} as const;

export const SESSION_TYPES = ['copil', 'forum', 'atelier'] as const;
export const PARTICIPANT_STATUSES = ['présent', 'excusé'] as const;
export const ENTRY_KINDS = ['note', 'contribution', 'décision', 'action', 'question'] as const;
