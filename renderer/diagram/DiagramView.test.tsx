import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import { parseDeck } from '../../core/deck/parse-deck.js';
import type { Tone } from '../../core/diagram/model.js';
import { validateDiagram } from '../../core/diagram/validate.js';
import { DiagramSlot, DiagramView } from './DiagramView.js';
import { BULLET_COLOUR, CONNECTOR_COLOUR, SLIDE_BACKGROUND, TONES } from './tones.js';

afterEach(cleanup);

/** What the deck parser stores in a diagram block: the YAML validated and normalised. */
function normalised(kind: string, yaml: unknown): unknown {
  const valid = validateDiagram(kind, yaml);
  if (!valid.ok) throw new Error(valid.message);
  return valid.diagram;
}

const carteYaml = {
  centre: 'Politique petite-enfance',
  axes: [
    { titre: 'Structuration de l’offre', elements: ['Accompagnement à la structuration et pérennisation associative'] },
    { titre: 'Qualité de l’offre' },
    { titre: 'Développement', etape: 2 },
  ],
};
const carte = normalised('carte', carteYaml);

describe('DiagramView', () => {
  it('draws an SVG image with a French label, a title, a description and real, selectable text', () => {
    const { container } = render(<DiagramView kind="carte" data={carte} line={26} />);
    const svg = screen.getByRole('img', { name: 'Schéma\u00a0: Politique petite-enfance' });
    expect(svg.querySelector('title')?.textContent).toBe('Schéma\u00a0: Politique petite-enfance');
    expect(svg.querySelector('desc')?.textContent).toContain('Structuration de l’offre');
    const texts = [...container.querySelectorAll('text tspan')].map((t) => t.textContent);
    expect(texts).toContain('Qualité de l’offre');
    expect(texts.join(' ')).toContain('pérennisation associative');
  });

  it('wraps each step in a fragment <g> without a transform, in the order the file sets', () => {
    const { container } = render(<DiagramView kind="carte" data={carte} line={26} />);
    const fragments = [...container.querySelectorAll('g.fragment')];
    expect(fragments.map((g) => g.getAttribute('data-fragment-index'))).toEqual(['0', '1']);
    for (const g of fragments) expect(g.hasAttribute('transform')).toBe(false);
    // Axis 2 (Qualité) comes at the first step after axis 1; Développement, set to step 2, shares it.
    const stepOf = (label: string) =>
      [...container.querySelectorAll('text')].find((t) => t.textContent === label)?.closest('g.fragment')?.getAttribute('data-fragment-index');
    expect(stepOf('Structuration de l’offre')).toBe('0');
    expect(stepOf('Qualité de l’offre')).toBe('1');
    expect(stepOf('Développement')).toBe('1');
    expect(container.querySelector('[data-box="centre"]')?.closest('g.fragment')).toBeNull();
  });

  it('shows a French error box with file and line instead of a broken diagram', () => {
    render(<DiagramView kind="cartes" data={carte} line={12} file="03-petite-enfance.md" />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Schéma illisible');
    expect(alert.textContent).toContain('03-petite-enfance.md, ligne 12\u00a0: sorte de schéma inconnue');
  });

  it('shows the parser’s error, and a "too dense" message for too much text', () => {
    render(<DiagramSlot block={{ type: 'diagram', kind: 'carte', data: null, line: 5, error: { file: 'x.md', line: 7, message: 'schéma carte : il manque « centre »' } }} />);
    expect(screen.getByRole('alert').textContent).toContain('x.md, ligne 7');
    cleanup();
    const long = 'Une phrase beaucoup trop longue pour tenir dans une seule carte du schéma, répétée encore et encore';
    render(<DiagramView kind="carte" data={normalised('carte', { centre: 'C', axes: Array.from({ length: 8 }, () => ({ titre: long, elements: Array(12).fill(long) })) })} line={3} />);
    expect(screen.getByRole('alert').textContent).toContain('schéma trop dense');
  });

  it('shows an error box, not a broken slide, for data that did not come through the deck parser', () => {
    // Raw YAML (no normalised kind, steps or defaults) and normalised data with a part missing.
    const broken = { ...(carte as Record<string, unknown>), axes: [{ titre: 'Sans éléments' }] };
    for (const data of [carteYaml, broken, null, 'carte', { kind: 'carte' }]) {
      render(<DiagramView kind="carte" data={data} line={9} file="03-petite-enfance.md" />);
      const alert = screen.getByRole('alert');
      expect(alert.textContent).toContain('Schéma illisible');
      expect(alert.textContent).toContain('03-petite-enfance.md, ligne 9\u00a0: schéma carte');
      cleanup();
    }
  });

  it('draws every diagram of the decks from the parsed block, without an error box', () => {
    for (const file of ['01-lecture-generale.md', '03-petite-enfance.md', '10-conclusion.md']) {
      let text: string;
      try {
        text = readFileSync(`slides/${file}`, 'utf8');
      } catch {
        continue;
      }
      const parsed = parseDeck(file, text);
      if (!parsed.ok) throw new Error(file);
      for (const slide of parsed.deck.slides) {
        for (const block of slide.blocks) {
          if (block.type !== 'diagram') continue;
          const { container, unmount } = render(<DiagramSlot block={block} />);
          expect(container.querySelector('[role="alert"]')).toBeNull();
          expect(container.querySelector('svg[role="img"]')).not.toBeNull();
          unmount();
        }
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Contrast of every diagram text against its background, with the theme's real colours.

function tokens(): Record<string, string> {
  const css = readFileSync('renderer/theme/tokens.css', 'utf8');
  return Object.fromEntries([...css.matchAll(/--([a-z-]+):\s*(#[0-9a-fA-F]{6})/g)].map((m) => [m[1]!, m[2]!]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('diagram colours', () => {
  const t = tokens();
  it('the WCAG contrast function matches known values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  for (const tone of Object.keys(TONES) as Tone[]) {
    it(`text on a "${tone}" box is at least 7:1`, () => {
      const c = TONES[tone];
      const fg = t[c.text];
      const bg = t[c.fill ?? SLIDE_BACKGROUND];
      expect(fg && bg).toBeTruthy();
      expect(contrast(fg!, bg!)).toBeGreaterThanOrEqual(7);
    });
  }

  it('links and bullets stand out from the slide (≥ 3:1, non-text contrast)', () => {
    expect(contrast(t[CONNECTOR_COLOUR]!, t[SLIDE_BACKGROUND]!)).toBeGreaterThanOrEqual(3);
    expect(contrast(t[BULLET_COLOUR]!, t['accent-soft']!)).toBeGreaterThanOrEqual(3);
  });
});
