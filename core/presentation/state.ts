// The presentation state: the single source of truth held by the host (Electron main or
// the browser host) and mirrored by the audience and facilitator views. Plain JSON data:
// times are absolute instants (ms since the epoch), never running counters, so any view
// computes the clock from `now` and a reload or a host restart restores it exactly.
// Free of zod (the views load it): its validation is in state-schema.ts, for the hosts.

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
