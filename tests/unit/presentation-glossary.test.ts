// The sigles on the room's screen (key D in the facilitator views): a flag of the hub's
// state, closed as soon as the room sees something else, restored from saved states, and
// absent from states saved before it existed.
import { describe, expect, it } from 'vitest';
import { parsePresentationAction } from '../../core/presentation/actions.js';
import { reduce, step } from '../../core/presentation/reduce.js';
import { audienceView, initialPresentationState, type PresentationState } from '../../core/presentation/state.js';
import { parsePresentationState } from '../../core/presentation/state-schema.js';

const T0 = Date.UTC(2026, 2, 12, 13, 0);
const shape = { slides: [{ fragments: 1, promptMinutes: [] }, { fragments: 0, promptMinutes: [5] }, { fragments: 0, promptMinutes: [] }] };
const opened = reduce(initialPresentationState, { type: 'openDeck', deckId: 'logement', durationMinutes: 20, shape }, T0);
const toggle = (s: PresentationState) => reduce(s, { type: 'toggleGlossary' }, T0);

describe('sigles on the room screen', () => {
  it('toggles on and off, and the audience view follows', () => {
    expect(audienceView(opened).glossary).toBe(false);
    const shown = toggle(opened);
    expect(shown.glossary).toBe(true);
    expect(shown.revision).toBe(opened.revision + 1);
    expect(audienceView(shown).glossary).toBe(true);
    expect(toggle(shown).glossary).toBe(false);
  });

  it('is refused, in French, when no deck is open', () => {
    const r = step(initialPresentationState, { type: 'toggleGlossary' }, T0);
    expect(r).toEqual({ ok: false, message: 'Aucune présentation n’est ouverte.' });
  });

  it('closes when the room sees another step, slide, deck or a black screen', () => {
    const shown = toggle(opened);
    expect(reduce(shown, { type: 'next' }, T0).glossary).toBe(false); // a fragment
    expect(reduce(shown, { type: 'goTo', slide: 2 }, T0).glossary).toBe(false);
    expect(reduce(shown, { type: 'toggleBlack' }, T0).glossary).toBe(false);
    const other = reduce(shown, { type: 'openDeck', deckId: 'jeunesse', durationMinutes: 10, shape }, T0);
    expect(other.glossary).toBeFalsy();
  });

  it('stays while the room stays: a prompt shown, or the facilitator moving while the room is frozen', () => {
    const onPrompt = reduce(opened, { type: 'goTo', slide: 1 }, T0);
    const shown = toggle(onPrompt);
    expect(reduce(shown, { type: 'showPrompt', promptIndex: 0, durationMinutes: 5 }, T0).glossary).toBe(true);
    const frozen = toggle(reduce(onPrompt, { type: 'freeze' }, T0));
    const ahead = reduce(frozen, { type: 'next' }, T0);
    expect(ahead.position.slide).toBe(2);
    expect(ahead.glossary).toBe(true);
    // Catching up shows the room another slide: its sigles are not the ones on screen.
    expect(reduce(ahead, { type: 'catchUp' }, T0).glossary).toBe(false);
  });

  it('is an action the host accepts from a view', () => {
    expect(parsePresentationAction({ type: 'toggleGlossary' })).toEqual({ ok: true, action: { type: 'toggleGlossary' } });
  });

  it('is restored from a saved state, and a state saved before it existed still loads', () => {
    const shown = toggle(opened);
    expect(parsePresentationState(JSON.parse(JSON.stringify(shown)))?.glossary).toBe(true);
    const { glossary: _unused, ...old } = JSON.parse(JSON.stringify(opened)) as PresentationState;
    const loaded = parsePresentationState(old);
    expect(loaded).not.toBeNull();
    expect(audienceView(loaded!).glossary).toBe(false);
    expect(parsePresentationState({ ...shown, glossary: 'oui' })).toBeNull();
  });
});
