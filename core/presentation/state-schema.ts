// Validation of the presentation state (core/presentation/state.ts), for the hosts: a state
// read back from disk, or a deck shape or wall sent in an action, is never trusted.
import { z } from 'zod';
import { deckIdSchema } from '../id-schemas.js';
import { MAX_FRAGMENTS, MAX_MINUTES, MAX_PROMPTS_PER_SLIDE, MAX_SLIDES, MAX_WALL_NOTES, MAX_WALL_TEXT, SCREENS, type Position, type PresentationState } from './state.js';

const count = (max: number) => z.number().int().min(0).max(max);
const instant = z.number().finite().min(0);


export const deckShapeSchema = z.object({
  slides: z
    .array(
      z.object({
        fragments: count(MAX_FRAGMENTS),
        promptMinutes: z.array(z.number().finite().min(0).max(MAX_MINUTES)).max(MAX_PROMPTS_PER_SLIDE),
      }),
    )
    .min(1, 'une présentation a au moins une diapositive')
    .max(MAX_SLIDES, `pas plus de ${MAX_SLIDES} diapositives`),
});

export const wallSchema = z.object({
  title: z.string().max(300, 'titre du mur trop long').optional(),
  notes: z
    .array(
      z.object({
        id: z.string().min(1).max(80),
        text: z.string().max(MAX_WALL_TEXT, 'contribution trop longue pour le mur'),
        votes: z.number().int().min(0).max(100_000),
        group: z.string().max(300).optional(),
      }),
    )
    .max(MAX_WALL_NOTES, `pas plus de ${MAX_WALL_NOTES} contributions sur le mur`),
});

const positionSchema = z.object({ slide: count(MAX_SLIDES), fragment: count(MAX_FRAGMENTS) });
const stopwatchSchema = z.object({ startedAt: instant.nullable(), accumulatedMs: z.number().finite().min(0) });

/** Validates a state read back from disk (or received by a view): never trust a file. */
export const presentationStateSchema = z.object({
  revision: z.number().int().min(0),
  deck: z
    .object({ id: deckIdSchema, durationMinutes: z.number().finite().min(0).max(MAX_MINUTES), shape: deckShapeSchema })
    .nullable(),
  position: positionSchema,
  screen: z.enum(SCREENS),
  frozen: positionSchema.nullable(),
  overlay: z
    .object({
      slide: count(MAX_SLIDES),
      promptIndex: count(MAX_PROMPTS_PER_SLIDE),
      countdown: z.object({ durationMs: z.number().finite().min(0), clock: stopwatchSchema, ended: z.boolean() }),
    })
    .nullable(),
  timer: stopwatchSchema,
  wall: wallSchema.nullable().optional(),
  glossary: z.boolean().optional(),
});

/** Parses a state from unknown JSON; null when it is not a valid, self-consistent state. */
export function parsePresentationState(value: unknown): PresentationState | null {
  const parsed = presentationStateSchema.safeParse(value);
  if (!parsed.success) return null;
  const state = parsed.data as PresentationState;
  const slides = state.deck?.shape.slides;
  if (slides) {
    // Positions must fall inside the deck they refer to.
    const inside = (p: Position) => p.slide < slides.length && p.fragment <= (slides[p.slide]?.fragments ?? 0);
    if (!inside(state.position) || (state.frozen && !inside(state.frozen))) return null;
    if (state.overlay && state.overlay.promptIndex >= (slides[state.overlay.slide]?.promptMinutes.length ?? 0)) return null;
  } else if (state.overlay || state.frozen || state.position.slide !== 0 || state.position.fragment !== 0) {
    return null;
  }
  return state;
}
