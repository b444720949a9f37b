import { describe, expect, it } from 'vitest';
import { parsePresentationAction, type PresentationAction } from '../../core/presentation/actions.js';
import { reduce, step } from '../../core/presentation/reduce.js';
import { audienceView, initialPresentationState, type DeckShape, type PresentationState } from '../../core/presentation/state.js';
import { countdownRemainingMs, deckElapsedMs } from '../../core/presentation/timers.js';

// A 4-slide deck: slide 1 has 2 fragments, slide 2 has a 10-minute prompt and a 5-minute one.
const shape: DeckShape = {
  slides: [
    { fragments: 0, promptMinutes: [] },
    { fragments: 2, promptMinutes: [] },
    { fragments: 0, promptMinutes: [10, 5] },
    { fragments: 1, promptMinutes: [] },
  ],
};
const T0 = Date.UTC(2026, 2, 12, 13, 0, 0);
const MIN = 60_000;

function open(now = T0): PresentationState {
  return reduce(initialPresentationState, { type: 'openDeck', deckId: 'copil-2026', durationMinutes: 60, shape }, now);
}

function run(state: PresentationState, actions: PresentationAction[], now = T0): PresentationState {
  return actions.reduce((s, a) => reduce(s, a, now), state);
}

const pos = (s: PresentationState) => [s.position.slide, s.position.fragment];

describe('navigation', () => {
  it('steps through fragments, then slides, like reveal.js, and back', () => {
    let s = open();
    const forward: number[][] = [];
    for (let i = 0; i < 7; i++) {
      s = reduce(s, { type: 'next' }, T0);
      forward.push(pos(s));
    }
    // Stops at the last step: the 7th "next" stays on slide 3 fragment 1.
    expect(forward).toEqual([[1, 0], [1, 1], [1, 2], [2, 0], [3, 0], [3, 1], [3, 1]]);
    const backward: number[][] = [];
    for (let i = 0; i < 7; i++) {
      s = reduce(s, { type: 'prev' }, T0);
      backward.push(pos(s));
    }
    // Going back onto a slide shows all its fragments; stops at the very first step.
    expect(backward).toEqual([[3, 0], [2, 0], [1, 2], [1, 1], [1, 0], [0, 0], [0, 0]]);
  });

  it('first and last jump to the ends, last with every fragment shown', () => {
    const s = run(open(), [{ type: 'last' }]);
    expect(pos(s)).toEqual([3, 1]);
    expect(pos(reduce(s, { type: 'first' }, T0))).toEqual([0, 0]);
  });

  it('goTo lands on a slide (optionally a fragment) and refuses what does not exist', () => {
    const s = open();
    expect(pos(reduce(s, { type: 'goTo', slide: 2 }, T0))).toEqual([2, 0]);
    expect(pos(reduce(s, { type: 'goTo', slide: 1, fragment: 2 }, T0))).toEqual([1, 2]);
    const tooFar = step(s, { type: 'goTo', slide: 4 }, T0);
    expect(tooFar).toEqual({ ok: false, message: expect.stringContaining('Diapositive 5 introuvable') });
    const noFragment = step(s, { type: 'goTo', slide: 1, fragment: 3 }, T0);
    expect(noFragment.ok).toBe(false);
  });

  it('does nothing without a deck, saying so in French', () => {
    const r = step(initialPresentationState, { type: 'next' }, T0);
    expect(r).toEqual({ ok: false, message: 'Aucune présentation n’est ouverte.' });
  });

  it('an action that changes nothing returns the same state (no revision bump)', () => {
    const s = run(open(), [{ type: 'next' }], T0);
    const again = run(s, [{ type: 'prev' }, { type: 'prev' }]);
    expect(pos(again)).toEqual([0, 0]);
    const stuck = reduce(again, { type: 'prev' }, T0 + 1000);
    expect(stuck).toBe(again);
    expect(reduce(stuck, { type: 'catchUp' }, T0)).toBe(stuck);
  });

  it('bumps the revision on every change', () => {
    const s = open();
    const moved = reduce(s, { type: 'next' }, T0);
    expect(moved.revision).toBe(s.revision + 1);
  });
});

describe('opening a deck', () => {
  it('reopening the same deck keeps the position and timers (a view reloading)', () => {
    const s = run(open(), [{ type: 'goTo', slide: 2 }], T0);
    const reopened = reduce(s, { type: 'openDeck', deckId: 'copil-2026', durationMinutes: 60, shape }, T0 + 5 * MIN);
    expect(reopened).toBe(s);
  });

  it('reopening an edited deck clamps the position into it', () => {
    const s = run(open(), [{ type: 'last' }]);
    const shorter: DeckShape = { slides: shape.slides.slice(0, 2) };
    const reopened = reduce(s, { type: 'openDeck', deckId: 'copil-2026', durationMinutes: 60, shape: shorter }, T0);
    expect(pos(reopened)).toEqual([1, 0]);
  });

  it('opening another deck starts afresh: first slide, normal screen, timer at zero', () => {
    const s = run(open(), [{ type: 'last' }, { type: 'toggleBlack' }, { type: 'freeze' }]);
    const other = reduce(s, { type: 'openDeck', deckId: 'forum-habitants', durationMinutes: 30, shape }, T0 + MIN);
    expect(pos(other)).toEqual([0, 0]);
    expect(other.screen).toBe('normal');
    expect(other.frozen).toBeNull();
    expect(deckElapsedMs(other, T0 + 10 * MIN)).toBe(0);
    expect(other.deck?.id).toBe('forum-habitants');
  });
});

describe('what the room sees', () => {
  it('black and white screens toggle, and setScreen sets', () => {
    let s = open();
    s = reduce(s, { type: 'toggleBlack' }, T0);
    expect(audienceView(s).screen).toBe('black');
    s = reduce(s, { type: 'toggleWhite' }, T0);
    expect(audienceView(s).screen).toBe('white');
    s = reduce(s, { type: 'toggleWhite' }, T0);
    expect(audienceView(s).screen).toBe('normal');
    s = reduce(s, { type: 'setScreen', screen: 'black' }, T0);
    s = reduce(s, { type: 'toggleBlack' }, T0);
    expect(audienceView(s).screen).toBe('normal');
  });

  it('a black screen stays black while the facilitator moves on', () => {
    const s = run(open(), [{ type: 'toggleBlack' }, { type: 'next' }]);
    expect(audienceView(s)).toMatchObject({ screen: 'black', position: { slide: 1, fragment: 0 } });
  });

  it('freeze keeps the room on the frozen step until catch-up', () => {
    let s = run(open(), [{ type: 'next' }, { type: 'next' }]); // slide 1, fragment 1
    s = reduce(s, { type: 'freeze' }, T0);
    s = run(s, [{ type: 'next' }, { type: 'next' }, { type: 'next' }]);
    expect(pos(s)).toEqual([3, 0]);
    expect(audienceView(s).position).toEqual({ slide: 1, fragment: 1 });
    // Freezing again does not move what the room sees.
    s = reduce(s, { type: 'freeze' }, T0);
    expect(audienceView(s).position).toEqual({ slide: 1, fragment: 1 });
    s = reduce(s, { type: 'catchUp' }, T0);
    expect(audienceView(s).position).toEqual({ slide: 3, fragment: 0 });
  });
});

describe('workshop prompt overlay and its countdown', () => {
  const atWorkshop = () => run(open(), [{ type: 'goTo', slide: 2 }]);

  it('shows the current slide’s prompt to the room with a running countdown', () => {
    const s = reduce(atWorkshop(), { type: 'showPrompt', promptIndex: 0, durationMinutes: 10 }, T0 + MIN);
    expect(audienceView(s).overlay).toMatchObject({ slide: 2, promptIndex: 0 });
    expect(countdownRemainingMs(s.overlay!.countdown, T0 + 4 * MIN)).toBe(7 * MIN);
  });

  it('refuses a prompt the slide does not have', () => {
    expect(step(open(), { type: 'showPrompt', promptIndex: 0, durationMinutes: 5 }, T0)).toEqual({
      ok: false,
      message: 'Cette diapositive n’a pas de consigne d’atelier.',
    });
    const r = step(atWorkshop(), { type: 'showPrompt', promptIndex: 2, durationMinutes: 5 }, T0);
    expect(r.ok).toBe(false);
  });

  it('the overlay stays while the facilitator looks at other slides, until hidden', () => {
    let s = reduce(atWorkshop(), { type: 'showPrompt', promptIndex: 1, durationMinutes: 5 }, T0);
    s = reduce(s, { type: 'next' }, T0);
    expect(audienceView(s).overlay?.promptIndex).toBe(1);
    s = reduce(s, { type: 'hidePrompt' }, T0);
    expect(audienceView(s).overlay).toBeNull();
  });

  it('pauses, resumes, extends and ends', () => {
    let s = reduce(atWorkshop(), { type: 'showPrompt', promptIndex: 0, durationMinutes: 10 }, T0);
    const left = (now: number) => countdownRemainingMs(s.overlay!.countdown, now);
    s = reduce(s, { type: 'countdownPause' }, T0 + 3 * MIN);
    expect(left(T0 + 30 * MIN)).toBe(7 * MIN); // paused: time stands still
    s = reduce(s, { type: 'countdownResume' }, T0 + 30 * MIN);
    expect(left(T0 + 31 * MIN)).toBe(6 * MIN);
    s = reduce(s, { type: 'countdownExtend', minutes: 2 }, T0 + 31 * MIN);
    expect(left(T0 + 31 * MIN)).toBe(8 * MIN);
    s = reduce(s, { type: 'countdownEnd' }, T0 + 32 * MIN);
    expect(left(T0 + 50 * MIN)).toBe(0); // ended: stays at zero
    s = reduce(s, { type: 'countdownResume' }, T0 + 50 * MIN);
    expect(left(T0 + 51 * MIN)).toBe(0); // resume does not revive an ended countdown
    s = reduce(s, { type: 'countdownExtend', minutes: 3 }, T0 + 60 * MIN);
    expect(left(T0 + 61 * MIN)).toBe(2 * MIN); // extending after the end gives the added time
  });

  it('runs over into negative time when not ended', () => {
    const s = reduce(atWorkshop(), { type: 'showPrompt', promptIndex: 1, durationMinutes: 5 }, T0);
    expect(countdownRemainingMs(s.overlay!.countdown, T0 + 6 * MIN)).toBe(-MIN);
  });

  it('countdown actions without an overlay are refused', () => {
    const r = step(open(), { type: 'countdownPause' }, T0);
    expect(r).toEqual({ ok: false, message: 'Aucune consigne n’est affichée : pas de compte à rebours.' });
  });
});

describe('deck timer', () => {
  it('starts with the first move, pauses, resumes and resets', () => {
    let s = open(T0);
    expect(deckElapsedMs(s, T0 + 5 * MIN)).toBe(0); // opening does not start the clock
    s = reduce(s, { type: 'next' }, T0 + MIN);
    expect(deckElapsedMs(s, T0 + 3 * MIN)).toBe(2 * MIN);
    s = reduce(s, { type: 'timerPause' }, T0 + 3 * MIN);
    s = reduce(s, { type: 'next' }, T0 + 10 * MIN); // moving does not restart a paused timer
    expect(deckElapsedMs(s, T0 + 20 * MIN)).toBe(2 * MIN);
    s = reduce(s, { type: 'timerStart' }, T0 + 20 * MIN);
    expect(deckElapsedMs(s, T0 + 21 * MIN)).toBe(3 * MIN);
    s = reduce(s, { type: 'timerReset' }, T0 + 21 * MIN);
    expect(deckElapsedMs(s, T0 + 25 * MIN)).toBe(0);
  });

  it('F5 on the first slide (first) starts the timer even without moving', () => {
    const s = reduce(open(), { type: 'first' }, T0);
    expect(deckElapsedMs(s, T0 + MIN)).toBe(MIN);
  });
});

describe('action validation', () => {
  it('accepts well-formed actions and strips nothing the reducer needs', () => {
    expect(parsePresentationAction({ type: 'goTo', slide: 3, fragment: 1 })).toEqual({ ok: true, action: { type: 'goTo', slide: 3, fragment: 1 } });
  });

  it.each([
    [null, 'Action invalide'],
    [{ type: 'explode' }, 'action inconnue'],
    [{ type: 'goTo', slide: -1 }, 'pas de valeur négative'],
    [{ type: 'goTo', slide: 1.5 }, 'nombre entier attendu'],
    [{ type: 'setScreen', screen: 'red' }, 'écran'],
    [{ type: 'countdownExtend', minutes: 0 }, 'positif'],
    [{ type: 'openDeck', deckId: '../etc', durationMinutes: 10, shape }, 'identifiant de présentation invalide'],
    [{ type: 'openDeck', deckId: 'a', durationMinutes: 10, shape: { slides: [] } }, 'au moins une diapositive'],
  ])('rejects %j with a French message', (input, fragment) => {
    const r = parsePresentationAction(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(fragment);
  });
});
