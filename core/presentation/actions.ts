// Every change to the presentation state is one of these actions, sent by a view (keys,
// clicker, buttons) and validated by the host before it reaches the reducer.
import { z } from 'zod';
import { deckIdSchema } from '../id-schemas.js';
import { deckShapeSchema, wallSchema } from './state-schema.js';
import { MAX_FRAGMENTS, MAX_PROMPTS_PER_SLIDE, MAX_SLIDES, SCREENS } from './state.js';

const index = (max: number, what: string) =>
  z.number({ error: `${what} : nombre attendu` }).int(`${what} : nombre entier attendu`).min(0, `${what} : pas de valeur négative`).max(max, `${what} : valeur trop grande`);

/** Minutes added to a countdown: from a few seconds up to two hours. */
const extendMinutes = z
  .number({ error: 'durée : nombre de minutes attendu' })
  .positive('durée : un nombre de minutes positif est attendu')
  .max(120, 'durée : pas plus de 120 minutes');

export const presentationActionSchema = z.discriminatedUnion(
  'type',
  [
    /** Opens a deck (idempotent: the same deck and shape keep position and timers). */
    z.object({
      type: z.literal('openDeck'),
      deckId: deckIdSchema,
      durationMinutes: z.number().finite().min(0, 'durée prévue négative').max(24 * 60, 'durée prévue trop longue'),
      shape: deckShapeSchema,
    }),
    z.object({ type: z.literal('next') }),
    z.object({ type: z.literal('prev') }),
    z.object({
      type: z.literal('goTo'),
      slide: index(MAX_SLIDES, 'numéro de diapositive'),
      fragment: index(MAX_FRAGMENTS, 'étape').optional(),
    }),
    z.object({ type: z.literal('first') }),
    z.object({ type: z.literal('last') }),
    z.object({ type: z.literal('setScreen'), screen: z.enum(SCREENS, { error: 'écran : « normal », « black » ou « white » attendu' }) }),
    z.object({ type: z.literal('toggleBlack') }),
    z.object({ type: z.literal('toggleWhite') }),
    z.object({ type: z.literal('freeze') }),
    z.object({ type: z.literal('catchUp') }),
    z.object({
      type: z.literal('showPrompt'),
      promptIndex: index(MAX_PROMPTS_PER_SLIDE, 'numéro de consigne'),
      durationMinutes: z.number({ error: 'durée : nombre de minutes attendu' }).positive('durée : un nombre de minutes positif est attendu').max(24 * 60, 'durée trop longue'),
    }),
    z.object({ type: z.literal('hidePrompt') }),
    z.object({ type: z.literal('countdownPause') }),
    z.object({ type: z.literal('countdownResume') }),
    z.object({ type: z.literal('countdownExtend'), minutes: extendMinutes }),
    z.object({ type: z.literal('countdownEnd') }),
    z.object({ type: z.literal('timerStart') }),
    z.object({ type: z.literal('timerPause') }),
    z.object({ type: z.literal('timerReset') }),
    /** Shows the contribution wall beside the slide (or replaces the one shown). */
    z.object({ type: z.literal('showWall'), wall: wallSchema }),
    /** Updates the notes of the wall shown (new votes, groups); refused when none is shown. */
    z.object({ type: z.literal('updateWall'), wall: wallSchema }),
    z.object({ type: z.literal('hideWall') }),
    /** Shows or hides the sigles of the room's slide over it (key D). */
    z.object({ type: z.literal('toggleGlossary') }),
  ],
  { error: 'action inconnue' },
);

export type PresentationAction = z.infer<typeof presentationActionSchema>;
export type PresentationActionType = PresentationAction['type'];

/** Parses an action from unknown JSON, or returns a French message naming the problem. */
export function parsePresentationAction(value: unknown): { ok: true; action: PresentationAction } | { ok: false; message: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: 'Action invalide : un objet JSON avec un champ « type » est attendu.' };
  }
  // Messages not set on the schema fall back to naming the field, in French.
  const parsed = presentationActionSchema.safeParse(value, {
    error: (issue) => `champ « ${(issue.path ?? []).join('.') || '?'} » ${issue.input === undefined ? 'manquant' : 'invalide'}`,
  });
  if (parsed.success) return { ok: true, action: parsed.data };
  const issue = parsed.error.issues[0];
  const type = (value as { type?: unknown }).type;
  const named = typeof type === 'string' ? ` « ${type.slice(0, 40)} »` : '';
  return { ok: false, message: `Action${named} refusée : ${issue?.message ?? 'format inattendu'}.` };
}
