import { describe, expect, it } from 'vitest';
import { frenchRevealControls } from './french-controls.js';

describe('reveal.js controls in French', () => {
  it('renames the arrow buttons reveal.js labels in English', () => {
    document.body.innerHTML = `<div class="reveal"><aside class="controls">
      <button class="navigate-left" aria-label="previous slide"></button>
      <button class="navigate-right enabled" aria-label="next slide"></button>
      <button class="navigate-up" aria-label="above slide"></button>
      <button class="navigate-down" aria-label="below slide"></button></aside></div>`;
    frenchRevealControls(document.querySelector('.reveal'));
    expect(Array.from(document.querySelectorAll('button')).map((b) => b.getAttribute('aria-label'))).toEqual([
      'Diapositive précédente',
      'Diapositive suivante',
      'Diapositive au-dessus',
      'Diapositive en dessous',
    ]);
  });
});
