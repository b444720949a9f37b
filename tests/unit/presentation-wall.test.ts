// The contribution wall in the presentation state: shown, updated and hidden by actions the
// host validates; kept across a change of deck; restored from a saved state.
import { describe, expect, it } from 'vitest';
import { parsePresentationAction } from '../../core/presentation/actions.js';
import { reduce, step } from '../../core/presentation/reduce.js';
import { audienceView, initialPresentationState, type ContributionWall, type DeckShape, type PresentationState } from '../../core/presentation/state.js';
import { parsePresentationState } from '../../core/presentation/state-schema.js';

const shape: DeckShape = { slides: [{ fragments: 0, promptMinutes: [] }, { fragments: 1, promptMinutes: [] }] };
const T0 = Date.UTC(2026, 2, 12, 18, 0, 0);
const wall: ContributionWall = {
  title: 'Tables participatives',
  notes: [
    { id: 'e1', text: 'Un habitat intergénérationnel à Die', votes: 3, group: 'Habitat' },
    { id: 'e2', text: 'Des logements pour les saisonniers', votes: 0 },
  ],
};

function open(): PresentationState {
  return reduce(initialPresentationState, { type: 'openDeck', deckId: 'logement', durationMinutes: 15, shape }, T0);
}

describe('contribution wall', () => {
  it('is not shown until showWall, then the room sees it beside the slide', () => {
    const s = open();
    expect(audienceView(s).wall).toBeNull();
    const shown = reduce(s, { type: 'showWall', wall }, T0);
    expect(audienceView(shown).wall).toEqual(wall);
    expect(shown.revision).toBe(s.revision + 1);
    // The slide does not move because a wall appears.
    expect(audienceView(shown).position).toEqual(audienceView(s).position);
  });

  it('updates votes and groups of the wall shown, and refuses an update when none is shown', () => {
    const s = reduce(open(), { type: 'showWall', wall }, T0);
    const voted: ContributionWall = { ...wall, notes: wall.notes.map((n) => (n.id === 'e2' ? { ...n, votes: 2, group: 'Saisonniers' } : n)) };
    const after = reduce(s, { type: 'updateWall', wall: voted }, T0);
    expect(after.wall?.notes[1]).toEqual({ id: 'e2', text: 'Des logements pour les saisonniers', votes: 2, group: 'Saisonniers' });
    expect(step(open(), { type: 'updateWall', wall: voted }, T0)).toEqual({ ok: false, message: 'Aucun mur de contributions n’est affiché.' });
  });

  it('returns the same state when nothing changes (no needless broadcast)', () => {
    const s = reduce(open(), { type: 'showWall', wall }, T0);
    expect(reduce(s, { type: 'showWall', wall: structuredClone(wall) }, T0)).toBe(s);
    const hidden = reduce(s, { type: 'hideWall' }, T0);
    expect(hidden.wall).toBeNull();
    expect(reduce(hidden, { type: 'hideWall' }, T0)).toBe(hidden);
  });

  it('stays up while the facilitator moves on and when another deck is opened', () => {
    let s = reduce(open(), { type: 'showWall', wall }, T0);
    s = reduce(s, { type: 'next' }, T0);
    expect(s.position.slide).toBe(1);
    expect(s.wall).toEqual(wall);
    s = reduce(s, { type: 'openDeck', deckId: 'conclusion', durationMinutes: 10, shape }, T0);
    expect(s.deck?.id).toBe('conclusion');
    expect(s.position).toEqual({ slide: 0, fragment: 0 });
    expect(s.wall).toEqual(wall);
  });

  it('refuses a hostile wall with a French message', () => {
    const tooMany = { type: 'showWall', wall: { notes: Array.from({ length: 501 }, (_, i) => ({ id: `e${i}`, text: 'x', votes: 0 })) } };
    const r = parsePresentationAction(tooMany);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/refusée.*pas plus de 500/);
    const negative = parsePresentationAction({ type: 'showWall', wall: { notes: [{ id: 'e1', text: 'x', votes: -1 }] } });
    expect(negative.ok).toBe(false);
    const huge = parsePresentationAction({ type: 'showWall', wall: { notes: [{ id: 'e1', text: 'x'.repeat(2001), votes: 0 }] } });
    expect(!huge.ok && huge.message).toMatch(/trop longue/);
  });

  it('is restored from a saved state, and a saved state without a wall still loads', () => {
    const s = reduce(open(), { type: 'showWall', wall }, T0);
    expect(parsePresentationState(JSON.parse(JSON.stringify(s)))?.wall).toEqual(wall);
    const { wall: _omit, ...older } = open();
    expect(parsePresentationState(JSON.parse(JSON.stringify(older)))).not.toBeNull();
    expect(parsePresentationState({ ...s, wall: { notes: 'x' } })).toBeNull();
  });
});
