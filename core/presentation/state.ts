// The presentation state: the single source of truth held by the host (Electron main or
// the browser host) and mirrored by the audience and facilitator views. Plain JSON data:
// times are absolute instants (ms since the epoch), never running counters, so any view
// computes the clock from `now` and a reload or a host restart restores it exactly.
import { z } from 'zod';

export const SCREENS = ['normal', 'black', 'white'] as const;
/** What the projector shows: the slide, or a plain black or white screen. */
export type Screen = (typeof SCREENS)[number];

/** A step of the deck: a slide and how many of its fragments are shown (0 = none yet). */
export interface Position {
  slide: number;
  fragment: number;
}

/**
 * A stopwatch kept as instants. Running when `startedAt` is set; pausing folds the run
 * into `accumulatedMs` and clears `startedAt`. Elapsed = accumulatedMs + (now - startedAt).
 */
export interface Stopwatch {
  startedAt: number | null;
  accumulatedMs: number;
}

/** A countdown shown to the room: remaining = durationMs - elapsed (negative = overtime). */
export interface Countdown {
  durationMs: number;
  clock: Stopwatch;
  /** Set by "end": the countdown stops at zero until it is extended or hidden. */
  ended: boolean;
}

/** A workshop prompt put on the audience screen, with its method and countdown. */
export interface PromptOverlay {
  /** The slide the prompt belongs to (the facilitator's slide when it was shown). */
  slide: number;
  /** Index of the prompt in that slide's `prompts`. */
  promptIndex: number;
  countdown: Countdown;
}

/** Per slide: how many fragment steps it has, and the planned minutes of each prompt. */
export interface SlideShape {
  fragments: number;
  promptMinutes: number[];
}

/** What the state needs to know of a deck: enough to step and pace, not its content. */
export interface DeckShape {
  slides: SlideShape[];
}

export interface OpenDeck {
  id: string;
  /**
   * Planned time of the slides, without the workshops, in minutes (the deck's `duree`; 0 = none
   * planned). The workshops' minutes are in `shape`; the pacing adds both (core/presentation/timers.ts).
   */
  durationMinutes: number;
  shape: DeckShape;
}

/** A sticky note of the contribution wall (a participant's idea, from the session). */
export interface WallNote {
  id: string;
  text: string;
  votes: number;
  /** The theme it was grouped under, if any. */
  group?: string;
}

/** Contributions shown to the room beside the slide (sessions, issue 6). */
export interface ContributionWall {
  title?: string;
  notes: WallNote[];
}

export interface PresentationState {
  /** Bumped on every change, so a view can ignore stale updates. */
  revision: number;
  deck: OpenDeck | null;
  /** Where the facilitator is. */
  position: Position;
  /** The room's screen. */
  screen: Screen;
  /** When set, the room keeps seeing this step while the facilitator moves on. */
  frozen: Position | null;
  overlay: PromptOverlay | null;
  /** The deck's elapsed-time stopwatch. */
  timer: Stopwatch;
  /** The contribution wall shown beside the slide; absent or null = not shown. */
  wall?: ContributionWall | null;
  /**
   * The sigles of the room's slide spelled out over it (D). Closed by any move or screen
   * change, like the single-window overlay. Absent in states saved before it existed.
   */
  glossary?: boolean;
}

export const initialPresentationState: PresentationState = Object.freeze({
  revision: 0,
  deck: null,
  position: { slide: 0, fragment: 0 },
  screen: 'normal',
  frozen: null,
  overlay: null,
  timer: { startedAt: null, accumulatedMs: 0 },
}) as PresentationState;

/** What the room sees, derived from the state (the audience view renders only this). */
export interface AudienceView {
  deckId: string | null;
  position: Position;
  screen: Screen;
  overlay: PromptOverlay | null;
  wall: ContributionWall | null;
  /** Show the sigles of the slide shown (`position`). */
  glossary: boolean;
}

export function audienceView(state: PresentationState): AudienceView {
  return {
    deckId: state.deck?.id ?? null,
    position: state.frozen ?? state.position,
    screen: state.screen,
    overlay: state.overlay,
    wall: state.wall ?? null,
    glossary: state.glossary === true,
  };
}

// Limits keep a malicious or corrupted state file (or action) from allocating without bound.
export const MAX_SLIDES = 1000;
export const MAX_FRAGMENTS = 200;
export const MAX_PROMPTS_PER_SLIDE = 20;
export const MAX_MINUTES = 24 * 60;
export const MAX_WALL_NOTES = 500;
export const MAX_WALL_TEXT = 2_000;

const count = (max: number) => z.number().int().min(0).max(max);
const instant = z.number().finite().min(0);

export const deckIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'identifiant de présentation invalide');

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
