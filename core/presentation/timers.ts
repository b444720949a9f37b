// Time as the views show it, computed from the state's instants and a `now`: the same
// state and the same `now` always give the same numbers, in any view, after any reload.
import { formatElapsed } from '../durations.js';
import type { Countdown, DeckShape, PresentationState, Stopwatch } from './state.js';

export function elapsedMs(clock: Stopwatch, now: number): number {
  return clock.accumulatedMs + (clock.startedAt === null ? 0 : Math.max(0, now - clock.startedAt));
}

export const isRunning = (clock: Stopwatch): boolean => clock.startedAt !== null;

/** Time spent presenting the deck. */
export function deckElapsedMs(state: PresentationState, now: number): number {
  return elapsedMs(state.timer, now);
}

/** Planned duration left (negative once over time), or null when no duration is planned. */
export function deckRemainingMs(state: PresentationState, now: number): number | null {
  const planned = plannedMs(state);
  return planned === null ? null : planned - deckElapsedMs(state, now);
}

/** Time left on a prompt's countdown; negative once it runs over (0 once ended). */
export function countdownRemainingMs(countdown: Countdown, now: number): number {
  return countdown.durationMs - elapsedMs(countdown.clock, now);
}

/**
 * The deck's planned time: its slides' minutes (the deck's `duree`) plus the minutes of every
 * workshop prompt it carries. Null when nothing is planned.
 */
function plannedMs(state: PresentationState): number | null {
  if (!state.deck) return null;
  const total = slidesMs(state.deck.durationMinutes) + promptsMs(state.deck.shape).reduce((a, b) => a + b, 0);
  return total > 0 ? total : null;
}

const slidesMs = (minutes: number): number => Math.max(0, minutes) * 60_000;

/** Minutes of the prompts of each slide, in ms. */
function promptsMs(shape: DeckShape): number[] {
  return shape.slides.map((s) => s.promptMinutes.reduce((sum, m) => sum + m * 60_000, 0));
}

export type PacingStatus = 'ahead' | 'on-time' | 'behind';

export interface Pacing {
  status: PacingStatus;
  /** How far ahead or behind, in ms (0 when on time). */
  deltaMs: number;
  /** « en avance », « en retard » or « dans les temps ». */
  label: string;
}

const PACING_LABELS: Record<PacingStatus, string> = {
  ahead: 'en avance',
  'on-time': 'dans les temps',
  behind: 'en retard',
};

/**
 * The planned time window of each slide, in ms from the start: [start, end).
 *
 * A deck states both how long its slides take (`slidesDurationMs`, the deck's `duree`) and how
 * long each workshop takes (its prompts' `duree`): every slide gets an equal share of the
 * slides' time, and a workshop slide gets its prompts' minutes on top. The plan therefore adds
 * up to slides + workshops, and a facilitator running a workshop is never « en retard » for
 * the workshop's own minutes.
 */
export function plannedSlots(shape: DeckShape, slidesDurationMs: number): Array<[number, number]> {
  const n = shape.slides.length;
  const share = n > 0 ? Math.max(0, slidesDurationMs) / n : 0;
  const slots: Array<[number, number]> = [];
  let start = 0;
  for (const p of promptsMs(shape)) {
    slots.push([start, start + share + p]);
    start += share + p;
  }
  return slots;
}

/** Slack before pacing says ahead or behind: 5 % of the planned time, 1 to 5 minutes. */
export function pacingToleranceMs(plannedDurationMs: number): number {
  return Math.min(5 * 60_000, Math.max(60_000, plannedDurationMs * 0.05));
}

/**
 * Pacing: compares where the facilitator is with where the plan says they should be.
 * The facilitator is on time while the elapsed time falls within the current slide's
 * planned window (see `plannedSlots`), give or take the tolerance; ahead when they reached
 * the slide before its window opens; behind when still on it after its window closed.
 * Null when no deck is open or no duration is planned.
 */
export function pacing(state: PresentationState, now: number): Pacing | null {
  const planned = plannedMs(state);
  if (!state.deck || planned === null) return null;
  const slot = plannedSlots(state.deck.shape, slidesMs(state.deck.durationMinutes))[state.position.slide];
  if (!slot) return null;
  const elapsed = deckElapsedMs(state, now);
  const tolerance = pacingToleranceMs(planned);
  let status: PacingStatus = 'on-time';
  let deltaMs = 0;
  if (elapsed < slot[0] - tolerance) {
    status = 'ahead';
    deltaMs = slot[0] - elapsed;
  } else if (elapsed > slot[1] + tolerance) {
    status = 'behind';
    deltaMs = elapsed - slot[1];
  }
  return { status, deltaMs, label: PACING_LABELS[status] };
}

/** A sentence for the facilitator: « En avance de 3 min 10 s », « Dans les temps ». */
export function describePacing(p: Pacing): string {
  const label = p.label.charAt(0).toUpperCase() + p.label.slice(1);
  return p.status === 'on-time' ? label : `${label} de ${formatElapsed(p.deltaMs)}`;
}

const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall clock, 24-hour, French: « 14:05 ». `timeZone` defaults to the machine's. */
export function formatClock(now: number, timeZone?: string): string {
  const key = timeZone ?? '';
  let format = clockFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
    clockFormats.set(key, format);
  }
  return format.format(new Date(now));
}
