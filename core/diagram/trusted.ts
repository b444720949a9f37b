// Diagrams of a loaded deck were already validated and normalised by the host
// (core/deck/parse-deck.ts runs validate.ts and stores its output in the block), so the
// renderer and the exports do not need the validator (zod). This guard only checks the
// shape the layout reads, so a block that did not come through the parser shows the error
// box (or is left out of an export) instead of breaking the slide.
import { DIAGRAM_KINDS, type Diagram, type DiagramKind } from './model.js';

type Check = (v: unknown) => boolean;

const isText: Check = (v) => typeof v === 'string' && v.length > 0;
const isStep: Check = (v) => v === undefined || (typeof v === 'number' && Number.isInteger(v) && v >= 0);
const optional = (check: Check): Check => (v) => v === undefined || check(v);
const listOf = (check: Check, min = 0): Check => (v) => Array.isArray(v) && v.length >= min && v.every(check);
const record = (fields: Record<string, Check>): Check => (v) =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.entries(fields).every(([key, check]) => check((v as Record<string, unknown>)[key]));

const stepItem = record({ texte: isText, etape: isStep });
const labelled = record({ titre: isText, texte: listOf(isText), etape: isStep });
const base = { progressif: (v: unknown) => typeof v === 'boolean' };

const SHAPES: Record<DiagramKind, Check> = {
  couches: record({
    ...base,
    titre: optional(isText),
    colonnes: optional(listOf(isText, 2)),
    niveaux: listOf(
      record({ nom: isText, role: optional(isText), etape: isStep, principes: listOf(record({ nom: isText, detail: optional(isText), role: optional(isText), etape: isStep })) }),
      1,
    ),
  }),
  carte: record({ ...base, centre: isText, axes: listOf(record({ titre: isText, etape: isStep, elements: listOf(stepItem) }), 1) }),
  conclusion: record({ ...base, haut: labelled, bas: labelled, centre: listOf(labelled, 1), roles: (v) => listOf(labelled, 4)(v) && (v as unknown[]).length === 4 }),
  territoire: record({
    ...base,
    centre: labelled,
    lien: optional(isText),
    poles: listOf(record({ titre: isText, texte: listOf(isText), etape: isStep, elements: listOf(stepItem) }), 1),
  }),
};

export type TrustedDiagram = { ok: true; diagram: Diagram } | { ok: false; message: string };

/** The block's data as the host normalised it, or a French message when it is not that. */
export function trustedDiagram(kind: string, data: unknown): TrustedDiagram {
  const name = kind.trim();
  if (!(DIAGRAM_KINDS as readonly string[]).includes(name)) {
    return { ok: false, message: `sorte de schéma inconnue «\u00a0${name}\u00a0»\u00a0: les sortes connues sont ${DIAGRAM_KINDS.join(', ')}.` };
  }
  // The parser's output carries its kind; raw YAML from a file never has one.
  const ok = typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === name && SHAPES[name as DiagramKind](data);
  if (!ok) return { ok: false, message: `schéma ${name}\u00a0: données incomplètes ou mal formées (le fichier doit être relu par l’application).` };
  return { ok: true, diagram: data as Diagram };
}
