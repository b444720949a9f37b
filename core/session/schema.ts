// The session file format (`.ctg-seance.json`), version 1, as zod schemas.
// A session file is written by people's laptops and carried on USB keys: every field is
// bounded so that a hostile or damaged file is refused with a message, never trusted.
import { z } from 'zod';
import { deckIdSchema as deckId } from '../id-schemas.js';
import { ENTRY_KINDS, LIMITS, PARTICIPANT_STATUSES, SESSION_FORMAT, SESSION_TYPES, SESSION_VERSION } from './constants.js';
import { participationRecordSchema } from '../participation/record.js';

export { SESSION_FORMAT, SESSION_VERSION, SESSION_EXTENSION, LIMITS, SESSION_TYPES, PARTICIPANT_STATUSES, ENTRY_KINDS } from './constants.js';

const id = z.string().min(1, 'identifiant vide').max(80, 'identifiant trop long');
const shortText = z.string().max(LIMITS.shortText, `texte trop long (plus de ${LIMITS.shortText} caractères)`);
const longText = z.string().max(LIMITS.text, `texte trop long (plus de ${LIMITS.text} caractères)`);
const instant = z.iso.datetime({ offset: true, message: 'horodatage invalide' });
const slideIndex = z.number().int('numéro de diapositive non entier').min(0).max(LIMITS.slideIndex);

export const sessionTypeSchema = z.enum(SESSION_TYPES, { message: 'type de séance inconnu (copil, forum ou atelier)' });

export const participantSchema = z.object({
  id,
  name: shortText.min(1, 'nom vide'),
  organisation: shortText,
  status: z.enum(PARTICIPANT_STATUSES, { message: 'présence inconnue (présent ou excusé)' }),
});

export const slideRangeSchema = z
  .object({ from: slideIndex, to: slideIndex })
  .refine((r) => r.from <= r.to, 'plage de diapositives à l’envers');

const agendaCommon = {
  id,
  title: shortText.min(1, 'titre de point vide'),
  durationMinutes: z.number().int('durée non entière').min(0).max(LIMITS.durationMinutes),
  /** Questions put to the room during this item (workshop prompts). */
  prompts: z.array(longText).max(LIMITS.prompts).optional(),
  /** Contributions of this item are shown to the room as a wall of sticky notes. */
  wall: z.boolean().optional(),
};

export const agendaItemSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ ...agendaCommon, kind: z.literal('deck'), deckId, slides: slideRangeSchema.optional() }),
    z.object({ ...agendaCommon, kind: z.literal('libre') }),
  ],
  { message: 'point d’ordre du jour de sorte inconnue (deck ou libre)' },
);

export const entryKindSchema = z.enum(ENTRY_KINDS, { message: 'sorte d’entrée inconnue' });

/** Where an entry was recorded: the agenda item and, when a deck was shown, the slide. */
const anchor = {
  agendaItemId: id.optional(),
  deckId: deckId.optional(),
  slideIndex: slideIndex.optional(),
};

/** An entry that came from a phone (issue 14): the anonymous participant and the prompt. */
export const entryOriginSchema = z.object({ participant: z.string().min(1).max(40), prompt: shortText.optional() });

const entryCommon = {
  id,
  text: longText,
  ...anchor,
  origin: entryOriginSchema.optional(),
  createdAt: instant,
  updatedAt: instant,
};

export const entrySchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ ...entryCommon, kind: z.literal('note') }),
    z.object({ ...entryCommon, kind: z.literal('question') }),
    z.object({ ...entryCommon, kind: z.literal('décision') }),
    z.object({
      ...entryCommon,
      kind: z.literal('contribution'),
      /** The theme the contribution was grouped under on the wall ("" = not grouped). */
      group: shortText.optional(),
      votes: z.number().int('nombre de votes non entier').min(0).max(LIMITS.votes),
      /** Shown to the room on the audience screen. */
      shown: z.boolean(),
    }),
    z.object({
      ...entryCommon,
      kind: z.literal('action'),
      // `text` is the « quoi » of the action.
      qui: shortText,
      echeance: shortText,
      partenaires: shortText.optional(),
    }),
  ],
  { message: 'sorte d’entrée inconnue (note, contribution, décision, action ou question)' },
);

/** The entry being typed, kept on disk so that a crash loses at most the last second. */
export const draftSchema = z.object({
  /** The entry being edited, or absent for a new entry. */
  entryId: id.optional(),
  kind: entryKindSchema,
  text: longText,
  ...anchor,
  qui: shortText.optional(),
  echeance: shortText.optional(),
  updatedAt: instant,
});

export const sessionSchema = z.object({
  format: z.literal(SESSION_FORMAT, { message: 'ce n’est pas un fichier de séance' }),
  version: z.literal(SESSION_VERSION, { message: 'version de format inattendue' }),
  id,
  type: sessionTypeSchema,
  title: shortText.min(1, 'titre vide'),
  /** Day of the meeting, YYYY-MM-DD. */
  date: z.iso.date({ message: 'date invalide (AAAA-MM-JJ attendu)' }),
  /** Start time, HH:MM, optional. */
  startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'heure invalide (HH:MM attendu)').optional(),
  place: shortText,
  /** The minutes' header: who writes them, the next meeting, who they are sent to. */
  redacteur: shortText.optional(),
  nextMeeting: shortText.optional(),
  diffusion: shortText.optional(),
  participants: z.array(participantSchema).max(LIMITS.participants, 'trop de participants'),
  agenda: z.array(agendaItemSchema).max(LIMITS.agendaItems, 'ordre du jour trop long'),
  entries: z.array(entrySchema).max(LIMITS.entries, 'trop d’entrées'),
  draft: draftSchema.optional(),
  /** Where the meeting is: the agenda item under way (the facilitator view shows it). */
  current: z.object({ agendaItemId: id, slideIndex: slideIndex.optional() }).optional(),
  /** What the room sent from its phones, per opening (core/participation/record.ts). */
  participation: participationRecordSchema.optional(),
  /** Incremented by every change: lets two copies of a file be told apart. */
  revision: z.number().int().min(0),
  createdAt: instant,
  updatedAt: instant,
});
