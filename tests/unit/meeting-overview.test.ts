// The whole session at a glance, and deadlines typed any way becoming one date.
import { describe, expect, it } from 'vitest';
import { sessionOverview } from '../../core/meeting/overview.js';
import { frenchDeadline, parseFrenchDate } from '../../core/session/french.js';
import type { Entry, Session } from '../../core/session/model.js';

const at = '2027-01-15T09:00:00.000Z';
const entry = (id: string, kind: Entry['kind'], text: string, anchor: Partial<Entry> = {}): Entry =>
  ({ id, kind, text, createdAt: at, updatedAt: at, ...(kind === 'action' ? { qui: 'Marie Durand', echeance: '2027-03-31' } : {}), ...(kind === 'contribution' ? { votes: 0, shown: true } : {}), ...anchor }) as Entry;

const session = {
  agenda: [
    { id: 'p1', kind: 'libre', title: 'Accueil', durationMinutes: 5 },
    { id: 'p2', kind: 'deck', deckId: 'logement', title: 'Logement', durationMinutes: 20 },
  ],
  entries: [
    entry('a', 'note', 'Tour de table', { agendaItemId: 'p1' }),
    entry('b', 'décision', 'Créer une commission', { agendaItemId: 'p2', deckId: 'logement', slideIndex: 4 }),
    entry('c', 'action', 'Réunir les bailleurs', { agendaItemId: 'p2', deckId: 'logement', slideIndex: 2 }),
    entry('d', 'note', 'Sans point'),
  ],
} as unknown as Session;

describe('session overview', () => {
  it('groups every entry by point then slide, in agenda and slide order', () => {
    const points = sessionOverview(session);
    expect(points.map((p) => p.title)).toEqual(['Accueil', 'Logement', 'Hors ordre du jour']);
    expect(points[1]!.slides.map((s) => s.slideIndex)).toEqual([2, 4]);
  });

  it('filters by kind and by a search that ignores accents and case', () => {
    expect(sessionOverview(session, { kinds: new Set(['décision']) }).flatMap((p) => p.slides.flatMap((s) => s.entries.map((e) => e.id)))).toEqual(['b']);
    expect(sessionOverview(session, { query: 'reunir' }).flatMap((p) => p.slides.flatMap((s) => s.entries.map((e) => e.id)))).toEqual(['c']);
    // An action is found by its « qui ».
    expect(sessionOverview(session, { query: 'durand' })).toHaveLength(1);
  });
});

describe('deadlines', () => {
  it.each([
    ['31/03/2027', '2027-03-31'],
    ['31 mars 2027', '2027-03-31'],
    ['1er juin 2027', '2027-06-01'],
    ['15 janv. 2027', '2027-01-15'],
    ['2027-01-15', '2027-01-15'],
  ])('« %s » is the date %s', (text, iso) => expect(parseFrenchDate(text)).toBe(iso));

  it.each(['fin juin 2027', 'avant l’été', '31/02/2027', 'juillet 2027'])('« %s » is kept as typed', (text) => {
    expect(parseFrenchDate(text)).toBeNull();
    expect(frenchDeadline(text)).toBe(text);
  });

  it('the minutes write a date one way', () => {
    expect(frenchDeadline('15/01/2027')).toBe('15 janvier 2027');
    expect(frenchDeadline('2027-01-15')).toBe('15 janvier 2027');
  });
});
