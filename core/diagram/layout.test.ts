import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../deck/parse-deck.js';
import { layoutDiagram } from './layout.js';
import { layoutProblems, MIN_FONT, VIEW_H, VIEW_W } from './layout-common.js';
import { textWidth } from './measure.js';
import type { DiagramLayout, LayoutResult } from './model.js';
import { validateDiagram } from './validate.js';

const measure = (run: { fontSize: number; weight: 400 | 700 }, text: string) => textWidth(text, run.fontSize, run.weight);

function draw(kind: string, data: unknown): LayoutResult {
  const v = validateDiagram(kind, data);
  // Too many parts is refused at validation: the same "too dense" outcome for the reader.
  if (!v.ok && /trop/.test(v.message)) return { ok: false, message: `schéma trop dense\u00a0: ${v.message}` };
  if (!v.ok) throw new Error(v.message);
  return layoutDiagram(v.diagram);
}

function expectLegible(layout: DiagramLayout) {
  expect(layoutProblems(layout, measure)).toEqual([]);
  expect(layout.width).toBe(VIEW_W);
  expect(layout.height).toBe(VIEW_H);
  for (const b of layout.boxes) for (const t of b.texts) expect(t.fontSize).toBeGreaterThanOrEqual(MIN_FONT);
}

/** Every `::: schema` block of the decks, as the deck parser reads it. */
function deckDiagrams() {
  const out: { where: string; kind: string; data: unknown }[] = [];
  for (const file of readdirSync('slides').filter((f) => f.endsWith('.md') && f !== 'README.md').sort()) {
    const parsed = parseDeck(file, readFileSync(`slides/${file}`, 'utf8'), { validateDiagram });
    if (!parsed.ok) throw new Error(`${file}: ${parsed.errors.map((e) => `${e.line} ${e.message}`).join('; ')}`);
    for (const slide of parsed.deck.slides) {
      for (const b of slide.blocks) {
        if (b.type !== 'diagram') continue;
        if (b.error) throw new Error(`${file}:${b.error.line} ${b.error.message}`);
        out.push({ where: `${file}:${b.line}`, kind: b.kind, data: b.data });
      }
    }
  }
  return out;
}

describe('the diagrams of the decks in slides/', () => {
  const diagrams = deckDiagrams();

  it('every kind of diagram is used by at least one deck', () => {
    expect(new Set(diagrams.map((d) => d.kind))).toEqual(new Set(['couches', 'carte', 'conclusion', 'territoire']));
  });

  for (const d of diagrams) {
    it(`${d.where} (${d.kind}) lays out legibly, the same way every time`, () => {
      const a = draw(d.kind, d.data);
      if (!a.ok) throw new Error(a.message);
      expectLegible(a.layout);
      expect(a.layout.stepCount).toBeGreaterThan(0);
      expect(a.layout.description.length).toBeGreaterThan(20);
      expect(JSON.stringify(draw(d.kind, d.data))).toBe(JSON.stringify(a));
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Generated inputs: accents, long words, 1 to 120 characters.

const WORDS = ['a', 'de', 'l’offre', 'petite-enfance', 'éducation', 'Élargissement', 'coordination', 'œuvre', 'à', 'CAF', 'intergénérationnel', 'co-construction', 'PEDT/PM', 'anticonstitutionnellement', 'territoire', 'Luc-en-Diois', 'Rémuzat'];
const label = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ minLength: 1, maxLength: 14, unit: fc.constantFrom(...'abcdeéèàçôùxyzABCÉ'.split('')) })), { minLength: 1, maxLength: 24 })
  .map((ws) => ws.join(' ').slice(0, 120).trim())
  .filter((s) => s.length > 0);

function checkOrTooDense(result: LayoutResult) {
  if (result.ok) expectLegible(result.layout);
  else expect(result.message).toMatch(/^schéma trop dense\u00a0: .+/);
}

describe('layouts of generated diagrams', { timeout: 60_000 }, () => {
  it('carte: 1 to 8 axes of 0 to 12 items each: legible, or a clear "too dense" message', () => {
    fc.assert(
      fc.property(
        label,
        fc.array(fc.record({ titre: label, elements: fc.array(label, { maxLength: 12 }) }), { minLength: 1, maxLength: 8 }),
        (centre, axes) => {
          const r = draw('carte', { centre, axes });
          checkOrTooDense(r);
          expect(JSON.stringify(draw('carte', { centre, axes }))).toBe(JSON.stringify(r));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('carte: short maps of 4 to 6 axes always fit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ titre: fc.constantFrom('Qualité de l’offre', 'Développement', 'Levier d’investissement social'), elements: fc.array(fc.constantFrom('Horaires atypiques', 'Accompagnement à la structuration et pérennisation associative'), { maxLength: 3 }) }), { minLength: 4, maxLength: 6 }),
        (axes) => {
          const r = draw('carte', { centre: 'Politique petite-enfance', axes });
          expect(r.ok).toBe(true);
          if (r.ok) expectLegible(r.layout);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('couches: 2 to 6 levels with up to 3 principles: legible, or "too dense"', () => {
    const principle = fc.record({ nom: label, detail: fc.option(label, { nil: undefined }), role: fc.option(label, { nil: undefined }) });
    fc.assert(
      fc.property(
        fc.array(fc.record({ nom: label, principes: fc.array(principle, { maxLength: 2 }) }), { minLength: 2, maxLength: 6 }),
        fc.boolean(),
        (niveaux, columns) => {
          const data = { niveaux, ...(columns ? { colonnes: ['Le modèle utilisé…', '… décliné sur le Diois'] } : {}) };
          checkOrTooDense(draw('couches', data));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('territoire: 2 to 6 poles with up to 3 elements: legible, or "too dense"', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ titre: label, elements: fc.array(label, { maxLength: 3 }) }), { minLength: 2, maxLength: 6 }),
        (poles) => checkOrTooDense(draw('territoire', { centre: { titre: 'Centralité' }, lien: 'Proximité', poles })),
      ),
      { numRuns: 100 },
    );
  });

  it('conclusion: four roles of any length: legible, or "too dense"', () => {
    const part = fc.record({ titre: label, texte: fc.array(label, { maxLength: 3 }) });
    fc.assert(
      fc.property(part, part, fc.array(part, { minLength: 1, maxLength: 2 }), fc.tuple(part, part, part, part), (haut, bas, centre, roles) =>
        checkOrTooDense(draw('conclusion', { haut, bas, centre, roles })),
      ),
      { numRuns: 100 },
    );
  });
});

describe('reveal steps', () => {
  it('follow the file order by default, and `etape` reorders them', () => {
    const axes = ['Un', 'Deux', 'Trois'].map((titre) => ({ titre }));
    const byDefault = draw('carte', { centre: 'C', axes });
    const reordered = draw('carte', { centre: 'C', axes: [axes[0], { ...axes[1], etape: 9 }, axes[2]] });
    if (!byDefault.ok || !reordered.ok) throw new Error('layout failed');
    const stepOf = (l: DiagramLayout, id: string) => l.boxes.find((b) => b.id === id)?.step;
    expect([1, 2, 3].map((i) => stepOf(byDefault.layout, `axe-${i}`))).toEqual([1, 2, 3]);
    expect([1, 2, 3].map((i) => stepOf(reordered.layout, `axe-${i}`))).toEqual([1, 3, 2]);
    expect(stepOf(byDefault.layout, 'centre')).toBe(0);
  });

  it('`progressif: non` shows everything at once', () => {
    const r = draw('carte', { progressif: 'non', centre: 'C', axes: [{ titre: 'A', elements: ['x'] }, { titre: 'B' }] });
    if (!r.ok) throw new Error(r.message);
    expect(r.layout.stepCount).toBe(0);
  });
});
