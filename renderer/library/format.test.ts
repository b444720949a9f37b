import { describe, expect, it } from 'vitest';
import { formatMinutes } from '../../core/durations.js';
import { formatPromptCount, formatSlideCount, formatSlidesDuration } from './format.js';

describe('card figures in French', () => {
  it('writes durations as « 20 min », « 1 h », « 1 h 30 » with non-breaking spaces', () => {
    expect(formatMinutes(20)).toBe('20\u00a0min');
    expect(formatMinutes(60)).toBe('1\u00a0h');
    expect(formatMinutes(90)).toBe('1\u00a0h\u00a030');
    expect(formatMinutes(125)).toBe('2\u00a0h\u00a005');
  });
  it('agrees counts in number', () => {
    expect(formatSlideCount(1)).toBe('1\u00a0diapositive');
    expect(formatSlideCount(12)).toBe('12\u00a0diapositives');
    expect(formatPromptCount(0)).toBe('aucun atelier');
    expect(formatPromptCount(1)).toBe('1\u00a0atelier');
    expect(formatPromptCount(3)).toBe('3\u00a0ateliers');
  });
});

describe('a deck card states the slides’ time and the workshops’ time apart', () => {
  it('reads « 12 min de présentation » and « 3 ateliers (40 min) »', () => {
    expect(formatSlidesDuration(12)).toBe('12\u00a0min de présentation');
    expect(formatPromptCount(3, 40)).toBe('3\u00a0ateliers (40\u00a0min)');
    expect(formatPromptCount(3)).toBe('3\u00a0ateliers');
  });
});
