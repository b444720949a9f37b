import { describe, expect, it } from 'vitest';
import { checkDiagramText, wordCount } from './slide-checks.js';

describe('diagram text in the editor', () => {
  it('accepts a valid map', () => {
    expect(checkDiagramText('carte', 'centre: Politique\naxes:\n  - titre: Un axe')).toEqual({ ok: true });
  });
  it('names the line of a YAML mistake, in French', () => {
    const check = checkDiagramText('carte', 'centre: Politique\naxes:\n  - titre: Un axe\n\t- titre: tab');
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.line).toBe(4);
      expect(check.message).toMatch(/^Ligne 4/);
    }
  });
  it('names the line of a missing field', () => {
    const check = checkDiagramText('carte', 'centre: Politique\naxes:\n  - titre: Un axe\n  - elements:\n      - sans titre');
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.line).toBe(4);
    if (!check.ok) expect(check.message).toContain('titre');
  });
  it('says which kinds exist', () => {
    const check = checkDiagramText('cartes', 'centre: x');
    expect(!check.ok && check.message).toContain('couches, carte');
  });
});

describe('word count', () => {
  it('counts French words with apostrophes as one', () => {
    expect(wordCount(['L’offre d’accueil', 'petite-enfance 2026'])).toBe(4);
  });
});
