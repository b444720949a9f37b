import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PALETTE, TEXT_PAIRS } from './palette.js';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('projector theme', () => {
  it.each(TEXT_PAIRS)('text %s on %s (%s) reaches 7:1', (fg, bg) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(7);
  });

  it('the CSS tokens are the palette the contrast is checked on', () => {
    const css = readFileSync(path.join(import.meta.dirname, 'tokens.css'), 'utf8');
    const token = (name: string) => css.match(new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`))?.[1]?.toUpperCase();
    expect(token('paper')).toBe(PALETTE.paper);
    expect(token('ink')).toBe(PALETTE.ink);
    expect(token('ink-soft')).toBe(PALETTE.inkSoft);
    expect(token('accent')).toBe(PALETTE.accent);
    expect(token('accent-soft')).toBe(PALETTE.accentSoft);
    expect(token('night')).toBe(PALETTE.night);
    expect(token('night-ink')).toBe(PALETTE.nightInk);
    expect(token('night-ink-soft')).toBe(PALETTE.nightInkSoft);
    expect(token('danger')).toBe(PALETTE.danger);
    expect(token('danger-soft')).toBe(PALETTE.dangerSoft);
  });

  it('loads no remote font and no reveal.js theme', () => {
    const dir = import.meta.dirname;
    const sources = ['index.ts', 'tokens.css', 'app.css', 'projector.css'].map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n');
    expect(sources).not.toMatch(/https?:\/\//);
    expect(sources).not.toMatch(/reveal\.js\/theme/);
    expect(sources).toMatch(/@fontsource\/atkinson-hyperlegible\/400\.css/);
    expect(sources).toMatch(/@fontsource\/atkinson-hyperlegible\/700\.css/);
  });
});
