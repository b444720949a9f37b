// The pure state transition: (state, action, now) → new state. The host applies it; the
// views never change the state themselves. When an action changes nothing (next on the
// last step, catch-up when not frozen) the very same state object is returned, so the
// host can skip notifying and persisting.
import type { PresentationAction } from './actions.js';
import type { ContributionWall, Countdown, DeckShape, OpenDeck, Position, PresentationState, Stopwatch } from './state.js';

export type StepResult = { ok: true; state: PresentationState } | { ok: false; message: string };

const NO_DECK = 'Aucune présentation n’est ouverte.';

/**
 * Applies one action. Rejects, with a French message, an action that does not fit the
 * state (no deck open, slide out of range, no prompt shown…); the state is left as is.
 * `deckShape` defaults to the shape recorded by `openDeck`.
 */
export function step(state: PresentationState, action: PresentationAction, now: number, deckShape?: DeckShape): StepResult {
  const shape = deckShape ?? state.deck?.shape;
  const next = transition(state, action, now, shape);
  if (typeof next === 'string') return { ok: false, message: next };
  if (next === state) return { ok: true, state };
  return { ok: true, state: { ...closeGlossaryIfRoomMoved(state, next), revision: state.revision + 1 } };
}

/**
 * The sigles describe the slide the room sees: like the single-window overlay, they close
 * as soon as the room sees another step, another deck or a black or white screen.
 */
function closeGlossaryIfRoomMoved(before: PresentationState, after: PresentationState): PresentationState {
  if (!after.glossary) return after;
  const was = before.frozen ?? before.position;
  const is = after.frozen ?? after.position;
  const same = before.deck?.id === after.deck?.id && was.slide === is.slide && was.fragment === is.fragment && before.screen === after.screen;
  return same ? after : { ...after, glossary: false };
}

/** Like `step`, but an action that does not fit leaves the state unchanged. */
export function reduce(state: PresentationState, action: PresentationAction, now: number, deckShape?: DeckShape): PresentationState {
  const result = step(state, action, now, deckShape);
  return result.ok ? result.state : state;
}

// Returns the new state (or the same object when nothing changes), or a French error.
function transition(s: PresentationState, a: PresentationAction, now: number, shape: DeckShape | undefined): PresentationState | string {
  switch (a.type) {
    case 'openDeck':
      return openDeck(s, { id: a.deckId, durationMinutes: a.durationMinutes, shape: a.shape });

    case 'next':
    case 'prev':
    case 'first':
    case 'last':
    case 'goTo': {
      if (!shape) return NO_DECK;
      const target = navigate(s.position, a, shape);
      if (typeof target === 'string') return target;
      return moveTo(s, target, now);
    }

    case 'setScreen':
      return s.screen === a.screen ? s : { ...s, screen: a.screen };
    case 'toggleBlack':
      return { ...s, screen: s.screen === 'black' ? 'normal' : 'black' };
    case 'toggleWhite':
      return { ...s, screen: s.screen === 'white' ? 'normal' : 'white' };

    case 'freeze':
      if (!s.deck) return NO_DECK;
      // Freezing again keeps what the room already sees.
      return s.frozen ? s : { ...s, frozen: { ...s.position } };
    case 'catchUp':
      return s.frozen ? { ...s, frozen: null } : s;

    case 'showPrompt': {
      if (!shape) return NO_DECK;
      const slide = s.position.slide;
      const prompts = shape.slides[slide]?.promptMinutes.length ?? 0;
      if (prompts === 0) return 'Cette diapositive n’a pas de consigne d’atelier.';
      if (a.promptIndex >= prompts) return `Consigne introuvable : cette diapositive en a ${prompts}.`;
      const countdown: Countdown = { durationMs: minutes(a.durationMinutes), clock: { startedAt: now, accumulatedMs: 0 }, ended: false };
      return { ...s, overlay: { slide, promptIndex: a.promptIndex, countdown } };
    }
    case 'hidePrompt':
      return s.overlay ? { ...s, overlay: null } : s;

    case 'countdownPause':
    case 'countdownResume':
    case 'countdownExtend':
    case 'countdownEnd': {
      if (!s.overlay) return 'Aucune consigne n’est affichée : pas de compte à rebours.';
      const countdown = changeCountdown(s.overlay.countdown, a, now);
      return countdown === s.overlay.countdown ? s : { ...s, overlay: { ...s.overlay, countdown } };
    }

    case 'timerStart': {
      const timer = startClock(s.timer, now);
      return timer === s.timer ? s : { ...s, timer };
    }
    case 'timerPause': {
      const timer = pauseClock(s.timer, now);
      return timer === s.timer ? s : { ...s, timer };
    }
    case 'timerReset':
      // Reset stops and zeroes: the timer starts again with the next move or "start".
      return s.timer.startedAt === null && s.timer.accumulatedMs === 0 ? s : { ...s, timer: { startedAt: null, accumulatedMs: 0 } };

    case 'showWall':
      return sameWall(s.wall, a.wall) ? s : { ...s, wall: a.wall };
    case 'updateWall':
      if (!s.wall) return 'Aucun mur de contributions n’est affiché.';
      return sameWall(s.wall, a.wall) ? s : { ...s, wall: a.wall };
    case 'hideWall':
      return s.wall ? { ...s, wall: null } : s;

    case 'toggleGlossary':
      if (!s.deck) return NO_DECK;
      return { ...s, glossary: !s.glossary };
  }
}

function openDeck(s: PresentationState, deck: OpenDeck): PresentationState {
  if (s.deck && s.deck.id === deck.id) {
    // Reopening the same deck (a view reloading, or the file edited) keeps the session:
    // same position and timers, clamped into the deck's new shape.
    if (sameDeck(s.deck, deck)) return s;
    const position = clamp(s.position, deck.shape);
    const frozen = s.frozen && clamp(s.frozen, deck.shape);
    const overlayStillValid = s.overlay && s.overlay.promptIndex < (deck.shape.slides[s.overlay.slide]?.promptMinutes.length ?? 0);
    return { ...s, deck, position, frozen, overlay: overlayStillValid ? s.overlay : null };
  }
  // A different deck starts a fresh session: first slide, normal screen, timer at zero.
  // The contribution wall belongs to the meeting, not the deck: it stays until hidden.
  const fresh: PresentationState = { revision: s.revision, deck, position: { slide: 0, fragment: 0 }, screen: 'normal', frozen: null, overlay: null, timer: { startedAt: null, accumulatedMs: 0 } };
  return s.wall ? { ...fresh, wall: s.wall } : fresh;
}

function sameWall(a: ContributionWall | null | undefined, b: ContributionWall): boolean {
  return !!a && JSON.stringify(a) === JSON.stringify(b);
}

function sameDeck(a: OpenDeck, b: OpenDeck): boolean {
  return a.durationMinutes === b.durationMinutes && JSON.stringify(a.shape) === JSON.stringify(b.shape);
}

function clamp(p: Position, shape: DeckShape): Position {
  const slide = Math.min(p.slide, shape.slides.length - 1);
  const fragment = Math.min(slide === p.slide ? p.fragment : 0, fragmentsOf(shape, slide));
  return { slide, fragment };
}

const fragmentsOf = (shape: DeckShape, slide: number) => shape.slides[slide]?.fragments ?? 0;

/**
 * Where a navigation action leads, reveal.js style: next shows the slide's next fragment,
 * then goes to the next slide with none shown; prev hides the last fragment shown, then
 * goes to the previous slide with all its fragments shown.
 */
function navigate(p: Position, a: Extract<PresentationAction, { type: 'next' | 'prev' | 'first' | 'last' | 'goTo' }>, shape: DeckShape): Position | string {
  const last = shape.slides.length - 1;
  switch (a.type) {
    case 'next':
      if (p.fragment < fragmentsOf(shape, p.slide)) return { slide: p.slide, fragment: p.fragment + 1 };
      return p.slide < last ? { slide: p.slide + 1, fragment: 0 } : p;
    case 'prev':
      if (p.fragment > 0) return { slide: p.slide, fragment: p.fragment - 1 };
      return p.slide > 0 ? { slide: p.slide - 1, fragment: fragmentsOf(shape, p.slide - 1) } : p;
    case 'first':
      return { slide: 0, fragment: 0 };
    case 'last':
      return { slide: last, fragment: fragmentsOf(shape, last) };
    case 'goTo': {
      if (a.slide > last) return `Diapositive ${a.slide + 1} introuvable : la présentation en compte ${last + 1}.`;
      const max = fragmentsOf(shape, a.slide);
      if (a.fragment !== undefined && a.fragment > max) return `Étape ${a.fragment} introuvable : cette diapositive en compte ${max}.`;
      return { slide: a.slide, fragment: a.fragment ?? 0 };
    }
  }
}

/** Moves the facilitator; the first move of a session starts the deck timer. */
function moveTo(s: PresentationState, target: Position, now: number): PresentationState {
  const neverStarted = s.timer.startedAt === null && s.timer.accumulatedMs === 0;
  const moved = target.slide !== s.position.slide || target.fragment !== s.position.fragment;
  if (!moved && !neverStarted) return s;
  return {
    ...s,
    position: moved ? { slide: target.slide, fragment: target.fragment } : s.position,
    timer: neverStarted ? startClock(s.timer, now) : s.timer,
  };
}

function changeCountdown(c: Countdown, a: Extract<PresentationAction, { type: `countdown${string}` }>, now: number): Countdown {
  switch (a.type) {
    case 'countdownPause': {
      const clock = pauseClock(c.clock, now);
      return clock === c.clock ? c : { ...c, clock };
    }
    case 'countdownResume': {
      if (c.ended) return c;
      const clock = startClock(c.clock, now);
      return clock === c.clock ? c : { ...c, clock };
    }
    case 'countdownExtend':
      // Extending an ended countdown gives exactly the added time, running.
      return c.ended
        ? { durationMs: c.durationMs + minutes(a.minutes), clock: { startedAt: now, accumulatedMs: c.durationMs }, ended: false }
        : { ...c, durationMs: c.durationMs + minutes(a.minutes) };
    case 'countdownEnd':
      return c.ended ? c : { durationMs: c.durationMs, clock: { startedAt: null, accumulatedMs: c.durationMs }, ended: true };
  }
}

function startClock(c: Stopwatch, now: number): Stopwatch {
  return c.startedAt !== null ? c : { startedAt: now, accumulatedMs: c.accumulatedMs };
}

function pauseClock(c: Stopwatch, now: number): Stopwatch {
  if (c.startedAt === null) return c;
  return { startedAt: null, accumulatedMs: c.accumulatedMs + Math.max(0, now - c.startedAt) };
}

const minutes = (m: number) => Math.round(m * 60_000);
