import { describe, expect, it } from 'vitest';
import { deckFromSearch, routeForPath } from './routes.js';

describe('routes', () => {
  it('routes by path, the library by default', () => {
    expect(routeForPath('/')).toBe('library');
    expect(routeForPath('/index.html')).toBe('library');
    expect(routeForPath('/audience')).toBe('audience');
    expect(routeForPath('/facilitator/')).toBe('facilitator');
  });
  it('opens a deck from ?deck=<id>, only a well-formed id', () => {
    expect(deckFromSearch('?deck=petite-enfance')).toBe('petite-enfance');
    expect(deckFromSearch('')).toBeUndefined();
    expect(deckFromSearch('?deck=../etc')).toBeUndefined();
    expect(deckFromSearch('?deck=A')).toBeUndefined();
  });
});
