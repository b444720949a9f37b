// Validates the YAML of a `::: schema <kind>` block and normalises it into a Diagram.
// Every failure is one French sentence plus the path of the offending value, which the deck
// parser maps to a line of the file.
import { z } from 'zod';
import { DIAGRAM_KINDS, type Diagram, type DiagramKind } from './model.js';

export type DiagramPath = (string | number)[];
export type ValidateResult = { ok: true; diagram: Diagram } | { ok: false; message: string; path: DiagramPath };

/** Limits beyond which a diagram cannot stay legible at the minimum text size. */
export const LIMITS = {
  couchesNiveaux: 6,
  couchesPrincipes: 3,
  couchesLignes: 12,
  carteAxes: 8,
  carteElements: 12,
  conclusionCentre: 2,
  territoirePoles: 6,
  territoireElements: 3,
  texteParagraphes: 4,
  etapeMax: 99,
} as const;

const REVIEW_MARKER = /\s*\[\s*[àa]\s+v[ée]rifier\s*\]/giu;

/** A label: a string (a number is read as its text), without review markers, not empty. */
const label = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).replace(REVIEW_MARKER, '').replace(/\s+/gu, ' ').trim())
  .pipe(z.string().min(1));

const step = z.int().min(0).max(LIMITS.etapeMax);

/** `texte:` is one sentence or a list of sentences, each starting a line. */
const paragraphs = z.preprocess(
  (v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]),
  z.array(label).max(LIMITS.texteParagraphes),
);

/** A list item: a bare text, or `texte:` with `etape:`. */
const stepItem = z.preprocess(
  (v) => (typeof v === 'string' || typeof v === 'number' ? { texte: v } : v),
  z.strictObject({ texte: label, etape: step.optional() }),
);

const yesNo = z.preprocess(
  (v) => (v === 'oui' ? true : v === 'non' ? false : v),
  z.boolean(),
);
const progressif = yesNo.optional().transform((v) => v ?? true);

const labelled = z.strictObject({ titre: label, texte: paragraphs, etape: step.optional() });

const couches = z
  .strictObject({
    progressif,
    titre: label.optional(),
    colonnes: z.tuple([label, label]).optional(),
    niveaux: z
      .array(
        z.strictObject({
          nom: label,
          role: label.optional(),
          etape: step.optional(),
          principes: z
            .array(
              z.strictObject({
                nom: label,
                detail: label.optional(),
                role: label.optional(),
                etape: step.optional(),
              }),
            )
            .max(LIMITS.couchesPrincipes)
            .optional()
            .transform((v) => v ?? []),
        }),
      )
      .min(2)
      .max(LIMITS.couchesNiveaux),
  })
  .transform((d) => ({ kind: 'couches' as const, ...d }));

const carte = z
  .strictObject({
    progressif,
    centre: label,
    axes: z
      .array(
        z.strictObject({
          titre: label,
          etape: step.optional(),
          elements: z
            .array(stepItem)
            .max(LIMITS.carteElements)
            .nullish()
            .transform((v) => v ?? []),
        }),
      )
      .min(1)
      .max(LIMITS.carteAxes),
  })
  .transform((d) => ({ kind: 'carte' as const, ...d }));

const conclusion = z
  .strictObject({
    progressif,
    haut: labelled,
    bas: labelled,
    centre: z.array(labelled).min(1).max(LIMITS.conclusionCentre),
    roles: z.tuple([labelled, labelled, labelled, labelled]),
  })
  .transform((d) => ({ kind: 'conclusion' as const, ...d }));

const territoire = z
  .strictObject({
    progressif,
    centre: labelled,
    lien: label.optional(),
    poles: z
      .array(
        z.strictObject({
          titre: label,
          texte: paragraphs,
          etape: step.optional(),
          elements: z
            .array(stepItem)
            .max(LIMITS.territoireElements)
            .nullish()
            .transform((v) => v ?? []),
        }),
      )
      .min(2)
      .max(LIMITS.territoirePoles),
  })
  .transform((d) => ({ kind: 'territoire' as const, ...d }));

const SCHEMAS: Record<DiagramKind, z.ZodType<Diagram>> = {
  couches: couches as z.ZodType<Diagram>,
  carte: carte as z.ZodType<Diagram>,
  conclusion: conclusion as z.ZodType<Diagram>,
  territoire: territoire as z.ZodType<Diagram>,
};

// ---------------------------------------------------------------------------------------------
// French messages

const ITEM_NAMES: Record<string, [string, string]> = {
  niveaux: ['niveau', 'niveaux'],
  principes: ['principe', 'principes'],
  axes: ['axe', 'axes'],
  elements: ['élément', 'éléments'],
  roles: ['rôle', 'rôles'],
  poles: ['pôle', 'pôles'],
  centre: ['idée du centre', 'idées au centre'],
  colonnes: ['colonne', 'colonnes'],
  texte: ['phrase', 'phrases'],
};

/** "axe 3, élément 2" for ['axes', 2, 'elements', 1]. */
function describePath(path: DiagramPath): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = path[i + 1];
    if (typeof key === 'string' && typeof next === 'number' && ITEM_NAMES[key]) {
      parts.push(`${ITEM_NAMES[key][0]} ${next + 1}`);
      i++;
    } else if (typeof key === 'string') {
      parts.push(`« ${key} »`);
    }
  }
  return parts.join(', ');
}

function valueAt(data: unknown, path: DiagramPath): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

function typeName(v: unknown): string {
  if (Array.isArray(v)) return 'une liste';
  if (v === null) return 'vide';
  if (typeof v === 'object') return 'un groupe de clés';
  if (typeof v === 'boolean') return 'oui/non';
  if (typeof v === 'number') return 'un nombre';
  return 'un texte';
}

const EXPECTED: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  int: 'un nombre entier',
  array: 'une liste (lignes commençant par « - »)',
  object: 'un groupe de clés (titre: …)',
  boolean: '« oui » ou « non »',
  tuple: 'une liste',
};

function formatIssue(kind: DiagramKind, issue: z.core.$ZodIssue, data: unknown): { message: string; path: DiagramPath } {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const where = describePath(path);
  const prefix = `schéma ${kind}${where ? `, ${where}` : ''}\u00a0: `;
  const value = valueAt(data, path);
  const last = path[path.length - 1];
  const collection = typeof last === 'string' ? ITEM_NAMES[last] : undefined;
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_union') && (value === undefined || value === null)) {
    return { message: `${prefix}il manque ce texte (écrivez « ${String(last ?? 'titre')}: … »).`, path };
  }
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined || value === null) {
        return { message: `${prefix}il manque ce texte (écrivez « ${String(last ?? 'titre')}: … »).`, path };
      }
      if (issue.expected === 'int' || (issue.expected === 'number' && last === 'etape')) {
        return { message: `${prefix}l’étape doit être un nombre entier (0, 1, 2…).`, path };
      }
      return {
        message: `${prefix}${typeName(value)} est écrit ici, il faut ${EXPECTED[issue.expected] ?? issue.expected}.`,
        path,
      };
    case 'too_big':
      if (issue.origin === 'array') {
        const what = collection?.[1] ?? 'éléments';
        if (kind === 'conclusion' && last === 'roles') {
          return { message: `${prefix}il faut exactement 4 rôles (haut gauche, haut droite, bas gauche, bas droite).`, path };
        }
        return {
          message: `${prefix}trop ${/^[aeiouéèêàâôœh]/iu.test(what) ? 'd’' : 'de '}${what} pour rester lisible (${String(issue.maximum)} au plus)\u00a0; répartissez-les sur deux schémas.`,
          path,
        };
      }
      if (last === 'etape') return { message: `${prefix}l’étape doit être comprise entre 0 et ${LIMITS.etapeMax}.`, path };
      return { message: `${prefix}valeur trop grande.`, path };
    case 'too_small':
      if (issue.origin === 'array') {
        if (kind === 'conclusion' && last === 'roles') {
          return { message: `${prefix}il faut exactement 4 rôles (haut gauche, haut droite, bas gauche, bas droite).`, path };
        }
        const what = collection?.[issue.minimum === 1 ? 0 : 1] ?? 'éléments';
        return { message: `${prefix}il faut au moins ${String(issue.minimum)} ${what}.`, path };
      }
      if (issue.origin === 'string') return { message: `${prefix}ce texte est vide.`, path };
      if (last === 'etape') return { message: `${prefix}l’étape doit être 0 ou plus.`, path };
      return { message: `${prefix}valeur trop petite.`, path };
    case 'unrecognized_keys':
      return {
        message: `${prefix}clé inconnue ${issue.keys.map((k) => `« ${k} »`).join(', ')} (faute de frappe\u00a0? voir slides/README.md, section 5).`,
        path: [...path, issue.keys[0] ?? ''],
      };
    case 'invalid_union':
      return { message: `${prefix}ce n’est ni un texte ni un nombre.`, path };
    default:
      return { message: `${prefix}valeur incorrecte.`, path };
  }
}

// ---------------------------------------------------------------------------------------------
// Steps: a part without `etape` takes its position among the revealed parts; an element
// without one appears with its parent, and may not appear before it.

type StepCheck = { ok: true } | { ok: false; message: string; path: DiagramPath };

function assignSteps(d: Diagram): StepCheck {
  const child = (parent: number, own: number | undefined, path: DiagramPath, what: string): number | StepCheck => {
    if (own === undefined) return parent;
    if (own < parent) {
      return {
        ok: false,
        message: `schéma ${d.kind}, ${describePath(path.slice(0, -1))}\u00a0: étape ${own}, mais ${what} n’apparaît qu’à l’étape ${parent}\u00a0; un élément ne peut pas apparaître avant ce qui le contient.`,
        path,
      };
    }
    return own;
  };
  let n = 0;
  const unit = (own: number | undefined) => (n++, own ?? n);
  switch (d.kind) {
    case 'couches':
      for (const [i, lvl] of d.niveaux.entries()) {
        lvl.etape = unit(lvl.etape);
        for (const [j, p] of lvl.principes.entries()) {
          const s = child(lvl.etape, p.etape, ['niveaux', i, 'principes', j, 'etape'], 'son niveau');
          if (typeof s !== 'number') return s;
          p.etape = s;
        }
      }
      break;
    case 'carte':
      for (const [i, axis] of d.axes.entries()) {
        axis.etape = unit(axis.etape);
        for (const [j, e] of axis.elements.entries()) {
          const s = child(axis.etape, e.etape, ['axes', i, 'elements', j, 'etape'], 'son axe');
          if (typeof s !== 'number') return s;
          e.etape = s;
        }
      }
      break;
    case 'conclusion':
      d.haut.etape ??= 0;
      d.bas.etape ??= 0;
      for (const c of d.centre) c.etape ??= 0;
      for (const r of d.roles) r.etape = unit(r.etape);
      break;
    case 'territoire':
      d.centre.etape ??= 0;
      for (const [i, pole] of d.poles.entries()) {
        pole.etape = unit(pole.etape);
        for (const [j, e] of pole.elements.entries()) {
          const s = child(pole.etape, e.etape, ['poles', i, 'elements', j, 'etape'], 'son pôle');
          if (typeof s !== 'number') return s;
          e.etape = s;
        }
      }
      break;
  }
  return { ok: true };
}

function isKind(kind: string): kind is DiagramKind {
  return (DIAGRAM_KINDS as readonly string[]).includes(kind);
}

export function validateDiagram(kind: string, data: unknown): ValidateResult {
  const name = kind.trim();
  if (!isKind(name)) {
    return {
      ok: false,
      message: `sorte de schéma inconnue «\u00a0${name}\u00a0»\u00a0: les sortes connues sont ${DIAGRAM_KINDS.join(', ')}.`,
      path: [],
    };
  }
  if (data === null || data === undefined) {
    return { ok: false, message: `schéma ${name}\u00a0: le bloc est vide (voir slides/README.md, section 5).`, path: [] };
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      message: `schéma ${name}\u00a0: le contenu doit être une suite de clés (par exemple « titre: … »), pas ${typeName(data)}.`,
      path: [],
    };
  }
  // An already validated diagram (the deck parser stores its output) validates again as is.
  const { kind: ownKind, ...fields } = data as Record<string, unknown>;
  const input = ownKind === name ? fields : data;
  const parsed = SCHEMAS[name].safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    if (!first) return { ok: false, message: `schéma ${name}\u00a0: contenu incorrect.`, path: [] };
    const { message, path } = formatIssue(name, first, input);
    return { ok: false, message, path };
  }
  const diagram = parsed.data;
  if (diagram.kind === 'couches') {
    const rows = diagram.niveaux.reduce((n, l) => n + 1 + l.principes.length, 0);
    if (rows > LIMITS.couchesLignes) {
      return {
        ok: false,
        message: `schéma couches\u00a0: ${rows} lignes (niveaux et principes), trop pour rester lisible (${LIMITS.couchesLignes} au plus).`,
        path: ['niveaux'],
      };
    }
  }
  const steps = assignSteps(diagram);
  if (!steps.ok) return steps;
  return { ok: true, diagram };
}
