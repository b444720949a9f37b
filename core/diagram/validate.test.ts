import { describe, expect, it } from 'vitest';
import { validateDiagram } from './validate.js';

const carte = { centre: 'Politique petite-enfance', axes: [{ titre: 'Qualité de l’offre', elements: ['Horaires atypiques'] }] };

describe('validateDiagram', () => {
  it('names the known kinds when the kind is unknown', () => {
    const r = validateDiagram('cartes', carte);
    expect(r).toMatchObject({ ok: false, path: [] });
    if (!r.ok) expect(r.message).toBe('sorte de schéma inconnue «\u00a0cartes\u00a0»\u00a0: les sortes connues sont couches, carte, conclusion, territoire.');
  });

  it('points at a missing label, in French, with its path', () => {
    const r = validateDiagram('carte', { centre: 'C', axes: [{ titre: 'A' }, { elements: ['x'] }] });
    expect(r).toMatchObject({ ok: false, path: ['axes', 1, 'titre'] });
    if (!r.ok) expect(r.message).toMatch(/^schéma carte, axe 2, « titre »\u00a0: il manque ce texte/);
  });

  it('reports a wrong type and a misspelt key', () => {
    const wrong = validateDiagram('carte', { centre: 'C', axes: 'Qualité' });
    expect(wrong).toMatchObject({ ok: false, path: ['axes'] });
    if (!wrong.ok) expect(wrong.message).toContain('il faut une liste');
    const typo = validateDiagram('carte', { centre: 'C', axe: [] });
    expect(typo.ok).toBe(false);
    if (!typo.ok) expect(typo.message).toMatch(/clé inconnue « axe »|il manque/);
  });

  it('refuses too many items to be legible', () => {
    const r = validateDiagram('carte', { centre: 'C', axes: Array.from({ length: 9 }, (_, i) => ({ titre: `Axe ${i}` })) });
    expect(r).toMatchObject({ ok: false, path: ['axes'] });
    if (!r.ok) expect(r.message).toContain('pour rester lisible (8 au plus)');
  });

  it('requires exactly four roles in a conclusion', () => {
    const part = { titre: 'X' };
    const r = validateDiagram('conclusion', { haut: part, bas: part, centre: [part], roles: [part, part, part] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('exactement 4 rôles');
  });

  it('refuses an element shown before its axis', () => {
    const r = validateDiagram('carte', { centre: 'C', axes: [{ titre: 'A', etape: 3, elements: [{ texte: 'x', etape: 1 }] }] });
    expect(r).toMatchObject({ ok: false, path: ['axes', 0, 'elements', 0, 'etape'] });
  });

  it('strips the review marker, and accepts its own output again', () => {
    const r = validateDiagram('carte', { centre: 'Logement [à vérifier]', axes: [{ titre: 'Structurer un… [à vérifier]' }] });
    if (!r.ok) throw new Error(r.message);
    expect(r.diagram).toMatchObject({ kind: 'carte', centre: 'Logement', axes: [{ titre: 'Structurer un…', etape: 1 }] });
    const again = validateDiagram('carte', r.diagram);
    expect(again).toEqual(r);
  });

  it('says the block is empty', () => {
    const r = validateDiagram('territoire', null);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('le bloc est vide');
  });
});
