import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { textWidth, wrapText } from './measure.js';

describe('font metrics of Atkinson Hyperlegible', () => {
  it('the committed JSON is what the script generates from the bundled WOFF files', () => {
    const committed = readFileSync('core/diagram/font-metrics.json', 'utf8');
    const before = committed;
    execFileSync(process.execPath, ['scripts/font-metrics.mjs'], { stdio: 'pipe' });
    const after = readFileSync('core/diagram/font-metrics.json', 'utf8');
    expect(after).toBe(before);
  });

  it('bold text is wider than regular, and widths scale with the font size', () => {
    const t = 'Co-construction de la politique petite-enfance';
    expect(textWidth(t, 24, 700)).toBeGreaterThan(textWidth(t, 24, 400));
    expect(textWidth(t, 48, 400)).toBeCloseTo(2 * textWidth(t, 24, 400), 5);
    // French letters are measured from the font, not from a fallback.
    expect(textWidth('é', 24, 400)).toBeLessThan(textWidth('W', 24, 400));
  });
});

describe('wrapText', () => {
  it('wraps on spaces without adding hyphens, every line within the width', () => {
    const r = wrapText('Un cadre général partagé qui assure une conduite globale de l’action sociale', 300, 24, 400);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.lines.length).toBeGreaterThan(1);
    expect(r.lines.join(' ')).toBe('Un cadre général partagé qui assure une conduite globale de l’action sociale');
    for (const l of r.lines) expect(textWidth(l, 24, 400)).toBeLessThanOrEqual(300);
  });

  it('may break after a hyphen or slash, and refuses a word that cannot fit', () => {
    const r = wrapText('petite-enfance/jeunesse', 140, 24, 400);
    expect(r.ok && r.lines.length).toBeGreaterThan(1);
    const bad = wrapText('Anticonstitutionnellementissimement', 200, 24, 400);
    expect(bad).toEqual({ ok: false, word: 'Anticonstitutionnellementissimement' });
  });
});
