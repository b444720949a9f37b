// The facilitator view's small rules: the next step it previews, the badges that say the
// room sees something else, the remembered notes size, and the fragment steps counted on
// rendered slides (which the hub steps through).
import { describe, expect, it } from 'vitest';
import { initialPresentationState, type DeckShape, type PresentationState } from '../../core/presentation/state.js';
import { countFragmentSteps } from '../audience/fragment-steps.js';
import { describeStep, nextStep } from './next-step.js';
import { DEFAULT_NOTES_SIZE, NOTES_SIZES, readNotesSize, stepNotesSize } from './notes-size.js';
import { roomBadges } from './room-badge.js';
import { sessionFromSearch } from '../routes.js';

const shape: DeckShape = { slides: [{ fragments: 0, promptMinutes: [] }, { fragments: 2, promptMinutes: [10] }, { fragments: 0, promptMinutes: [] }] };

describe('next step preview', () => {
  it('shows the next fragment, then the next slide from its start, then nothing', () => {
    expect(nextStep({ slide: 0, fragment: 0 }, shape)).toEqual({ slide: 1, fragment: 0 });
    expect(nextStep({ slide: 1, fragment: 0 }, shape)).toEqual({ slide: 1, fragment: 1 });
    expect(nextStep({ slide: 1, fragment: 2 }, shape)).toEqual({ slide: 2, fragment: 0 });
    expect(nextStep({ slide: 2, fragment: 0 }, shape)).toBeNull();
    expect(describeStep({ slide: 1, fragment: 1 }, { slide: 1, fragment: 0 }, shape)).toBe('Étape 1 sur 2 de cette diapositive');
    expect(describeStep({ slide: 2, fragment: 0 }, { slide: 1, fragment: 2 }, shape)).toBe('Diapositive 3');
  });
});

describe('room badges', () => {
  const open: PresentationState = { ...initialPresentationState, deck: { id: 'd', durationMinutes: 30, shape }, position: { slide: 2, fragment: 0 } };
  it('say nothing when the room sees the facilitator’s slide', () => {
    expect(roomBadges(open)).toEqual([]);
  });
  it('name a black or white screen, a frozen room (with its slide) and a prompt on screen', () => {
    expect(roomBadges({ ...open, screen: 'black' }).map((b) => b.text)).toEqual(['Écran noir']);
    expect(roomBadges({ ...open, screen: 'white' }).map((b) => b.text)).toEqual(['Écran blanc']);
    expect(roomBadges({ ...open, frozen: { slide: 0, fragment: 0 } }).map((b) => b.text)).toEqual(['Salle figée sur la diapositive 1']);
    expect(roomBadges({ ...open, frozen: { slide: 2, fragment: 0 } }).map((b) => b.text)).toEqual(['Salle figée ici']);
    const overlay = { slide: 1, promptIndex: 0, countdown: { durationMs: 1, clock: { startedAt: null, accumulatedMs: 0 }, ended: false } };
    expect(roomBadges({ ...open, overlay }).map((b) => b.kind)).toEqual(['prompt']);
  });
});

describe('notes size', () => {
  it('steps within the sizes and ignores a stored value it does not know', () => {
    expect(stepNotesSize(DEFAULT_NOTES_SIZE, 1)).toBeGreaterThan(DEFAULT_NOTES_SIZE);
    expect(stepNotesSize(NOTES_SIZES[0], -1)).toBe(NOTES_SIZES[0]);
    expect(stepNotesSize(NOTES_SIZES.at(-1)!, 1)).toBe(NOTES_SIZES.at(-1));
    expect(readNotesSize({ getItem: () => '28' })).toBe(28);
    expect(readNotesSize({ getItem: () => '9999' })).toBe(DEFAULT_NOTES_SIZE);
    expect(readNotesSize(null)).toBe(DEFAULT_NOTES_SIZE);
  });
});

describe('fragment steps on a rendered slide', () => {
  it('counts fragments sharing an index as one step, and each unindexed one as its own', () => {
    const section = document.createElement('section');
    section.innerHTML = `<ul><li class="fragment">a</li><li class="fragment">b</li></ul>
      <svg><g class="fragment" data-fragment-index="0"></g><g class="fragment" data-fragment-index="0"></g><g class="fragment" data-fragment-index="1"></g></svg>`;
    expect(countFragmentSteps(section)).toBe(4);
    expect(countFragmentSteps(document.createElement('section'))).toBe(0);
  });
});

describe('session slot', () => {
  it('takes the session from ?seance=', () => {
    expect(sessionFromSearch('?deck=x&seance=0a1b2c3d-4e5f')).toBe('0a1b2c3d-4e5f');
    expect(sessionFromSearch('?deck=x')).toBeUndefined();
  });
});
