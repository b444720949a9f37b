import { describe, expect, it } from 'vitest';
import { reduce } from '../../core/presentation/reduce.js';
import { initialPresentationState, type DeckShape, type PresentationState } from '../../core/presentation/state.js';
import { parsePresentationState } from '../../core/presentation/state-schema.js';
import {
  countdownRemainingMs,
  deckElapsedMs,
  deckRemainingMs,
  describePacing,
  formatClock,
  pacing,
  plannedSlots,
} from '../../core/presentation/timers.js';
import { formatCountdown, formatElapsed } from '../../core/durations.js';

const T0 = Date.UTC(2026, 2, 12, 13, 0, 0);
const MIN = 60_000;
const S = 1000;
const NB = '\u00a0';

// 10 slides: 40 minutes of slides, and slide 5 holds a 20-minute workshop (60 minutes in all).
const shape: DeckShape = {
  slides: Array.from({ length: 10 }, (_, i) => ({ fragments: i === 1 ? 2 : 0, promptMinutes: i === 5 ? [20] : [] })),
};
const opened = reduce(initialPresentationState, { type: 'openDeck', deckId: 'evaluation', durationMinutes: 40, shape }, T0);

/** Serialises and parses back, as a page reload or a host restart does. */
function reload(s: PresentationState): PresentationState {
  const back = parsePresentationState(JSON.parse(JSON.stringify(s)));
  if (!back) throw new Error('state did not survive the round trip');
  return back;
}

describe('timers across pause, resume and reload', () => {
  it('a reloaded state gives the same elapsed, remaining and countdown at any later instant', () => {
    let s = reduce(opened, { type: 'next' }, T0); // timer starts at T0
    s = reduce(s, { type: 'timerPause' }, T0 + 7 * MIN + 30 * S);
    s = reduce(s, { type: 'timerStart' }, T0 + 12 * MIN);
    s = reduce(s, { type: 'goTo', slide: 5 }, T0 + 13 * MIN);
    s = reduce(s, { type: 'showPrompt', promptIndex: 0, durationMinutes: 20 }, T0 + 14 * MIN);
    s = reduce(s, { type: 'countdownPause' }, T0 + 16 * MIN);
    s = reduce(s, { type: 'countdownResume' }, T0 + 18 * MIN);

    const later = T0 + 25 * MIN + 12 * S;
    const restored = reload(s);
    for (const state of [s, restored]) {
      // 7 min 30 s before the pause, then 13 min 12 s since 12:00 → 20 min 42 s.
      expect(deckElapsedMs(state, later)).toBe(20 * MIN + 42 * S);
      expect(deckRemainingMs(state, later)).toBe(39 * MIN + 18 * S);
      // Countdown ran 2 min, paused 2 min, ran 7 min 12 s → 10 min 48 s left.
      expect(countdownRemainingMs(state.overlay!.countdown, later)).toBe(10 * MIN + 48 * S);
    }
    expect(restored).toEqual(s);
  });

  it('a paused timer reloaded much later has not moved', () => {
    let s = reduce(opened, { type: 'next' }, T0);
    s = reduce(s, { type: 'timerPause' }, T0 + 5 * MIN);
    const restored = reload(s);
    expect(deckElapsedMs(restored, T0 + 3 * 60 * MIN)).toBe(5 * MIN);
  });

  it('remaining goes negative past the planned duration', () => {
    const s = reduce(opened, { type: 'next' }, T0);
    expect(deckRemainingMs(s, T0 + 65 * MIN)).toBe(-5 * MIN);
  });

  it('no planned duration, no remaining time and no pacing', () => {
    const bare: DeckShape = { slides: shape.slides.map((s) => ({ ...s, promptMinutes: [] })) };
    const s = reduce(initialPresentationState, { type: 'openDeck', deckId: 'libre', durationMinutes: 0, shape: bare }, T0);
    expect(deckRemainingMs(s, T0)).toBeNull();
    expect(pacing(s, T0)).toBeNull();
  });
});

describe('pacing', () => {
  // 40 min of slides over 10 slides: 4 min each; slide 5 gets its 20-minute workshop on top.
  it('gives workshop slides the minutes of their prompts, on top of the slides’ time', () => {
    const slots = plannedSlots(shape, 40 * MIN);
    expect(slots[4]).toEqual([16 * MIN, 20 * MIN]);
    expect(slots[5]).toEqual([20 * MIN, 44 * MIN]);
    expect(slots[9]![1]).toBe(60 * MIN);
  });

  const at = (slide: number, minutes: number) => {
    const started = reduce(opened, { type: 'first' }, T0);
    return pacing(reduce(started, { type: 'goTo', slide }, T0), T0 + minutes * MIN)!;
  };

  it('is on time within the current slide’s window, give or take the tolerance', () => {
    expect(at(0, 0).label).toBe('dans les temps');
    expect(at(5, 30).status).toBe('on-time'); // inside the workshop’s 24 minutes
    expect(at(9, 60).status).toBe('on-time'); // last slide at the planned end
    expect(at(3, 11).status).toBe('on-time'); // slot 12–16 min, 3 min tolerance
  });

  it('is ahead when the slide is reached before its window', () => {
    const p = at(6, 30); // slide 6 starts at 44 min
    expect(p).toMatchObject({ status: 'ahead', label: 'en avance', deltaMs: 14 * MIN });
    expect(describePacing(p)).toBe(`En avance de 14${NB}min${NB}00${NB}s`);
  });

  it('is behind when still on a slide after its window closed', () => {
    const p = at(2, 20); // slot 8–12 min
    expect(p).toMatchObject({ status: 'behind', label: 'en retard', deltaMs: 8 * MIN });
    expect(describePacing(at(0, 1))).toBe('Dans les temps');
  });
});

describe('pacing with workshops longer than the slides', () => {
  // As a thematic deck: 13 slides for 12 minutes, then three workshops of 15, 15 and 10 minutes.
  const deck: DeckShape = {
    slides: Array.from({ length: 16 }, (_, i) => ({ fragments: 0, promptMinutes: i === 13 ? [15] : i === 14 ? [15] : i === 15 ? [10] : [] })),
  };
  const open = reduce(initialPresentationState, { type: 'openDeck', deckId: 'theme', durationMinutes: 12, shape: deck }, T0);
  const at = (slide: number, minutes: number) => pacing(reduce(reduce(open, { type: 'first' }, T0), { type: 'goTo', slide }, T0), T0 + minutes * MIN)!;

  it('plans the slides and every workshop: 12 + 40 minutes', () => {
    expect(deckRemainingMs(reduce(open, { type: 'first' }, T0), T0)).toBe(52 * MIN);
    expect(plannedSlots(deck, 12 * MIN).at(-1)![1]).toBe(52 * MIN);
  });

  it('is on time ten minutes into the first 15-minute workshop, not « en retard »', () => {
    // Slides 0–12 take 13 × 0.75 min; the first workshop opens at 9 min 45 s.
    expect(at(13, 20).status).toBe('on-time');
    expect(at(14, 35).status).toBe('on-time');
    expect(at(13, 40).status).toBe('behind');
  });
});

describe('formatting in French', () => {
  it('shows the wall clock in 24-hour time', () => {
    expect(formatClock(Date.UTC(2026, 2, 12, 14, 5, 59), 'UTC')).toBe('14:05');
    expect(formatClock(Date.UTC(2026, 2, 12, 0, 7), 'UTC')).toBe('00:07');
    expect(formatClock(Date.UTC(2026, 6, 1, 21, 30), 'Europe/Paris')).toBe('23:30');
  });

  it('writes durations in words with non-breaking spaces', () => {
    expect(formatElapsed(12 * MIN + 5 * S + 999)).toBe(`12${NB}min${NB}05${NB}s`);
    expect(formatElapsed(45 * S)).toBe(`45${NB}s`);
    expect(formatElapsed(62 * MIN + 5 * S)).toBe(`1${NB}h${NB}02${NB}min${NB}05${NB}s`);
    expect(formatElapsed(-3 * MIN)).toBe(`3${NB}min${NB}00${NB}s`);
  });

  it('writes countdowns as the room reads them, with overtime signed', () => {
    expect(formatCountdown(5 * MIN)).toBe('5:00');
    expect(formatCountdown(4 * MIN + 59 * S + 1)).toBe('5:00');
    expect(formatCountdown(4 * MIN + 59 * S)).toBe('4:59');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-500)).toBe('0:00');
    expect(formatCountdown(-12 * S)).toBe('\u22120:12');
    expect(formatCountdown(90 * MIN)).toBe('1:30:00');
  });
});
