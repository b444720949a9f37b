// Validation of the flat `champ: valeur` blocks (front matter, `::: atelier`) with zod,
// with one French message per problem, naming the field and pointing at its line.
import { z } from 'zod';
import { closest, excerpt, foldKey, foldText, fr } from './text.js';
import type { YamlBlock, YamlIssue } from './yaml-block.js';

export interface FieldSpec {
  /** The canonical name, as documented in slides/README.md. */
  name: string;
  schema: z.ZodType;
  /** What the value must be, in French, after « doit être ». */
  expected: string;
  optional?: boolean;
  /** Turns friendly spellings into the canonical value before validation. */
  normalise?: (value: unknown) => unknown;
}

export type FieldsResult =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; issues: YamlIssue[] };

/**
 * Validates a parsed YAML block against `specs`. `blockLine` is where the block opens (used
 * for missing fields); `where` names it in messages (« dans l’en-tête »).
 */
export function validateFields(
  yaml: YamlBlock,
  specs: readonly FieldSpec[],
  blockLine: number,
  where: string,
): FieldsResult {
  const raw = yaml.data;
  if (raw !== null && raw !== undefined && (typeof raw !== 'object' || Array.isArray(raw))) {
    return { ok: false, issues: [{ line: blockLine, message: fr`Chaque ligne ${where} doit être de la forme « champ: valeur ».` }] };
  }
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  const issues: YamlIssue[] = [];
  const input: Record<string, unknown> = {};
  const writtenAs = new Map<string, string>();
  for (const [key, value] of Object.entries((raw ?? {}) as Record<string, unknown>)) {
    const name = foldKey(key);
    const previous = writtenAs.get(name);
    if (previous !== undefined) {
      issues.push({ line: yaml.lineOf([key]), message: fr`Le champ « ${key} » est écrit deux fois ${where} (déjà écrit « ${previous} »).` });
      continue;
    }
    writtenAs.set(name, key);
    const spec = byName.get(name);
    // An empty optional field is the same as an absent one.
    if (spec?.optional && (value === null || value === '')) continue;
    input[name] = spec?.normalise ? spec.normalise(value) : value;
  }
  const shape = Object.fromEntries(specs.map((spec) => [spec.name, spec.optional ? spec.schema.optional() : spec.schema]));
  const parsed = z.strictObject(shape).safeParse(input);
  if (parsed.success && issues.length === 0) return { ok: true, value: parsed.data };
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const name of issue.keys) {
        const key = writtenAs.get(name) ?? name;
        const guess = closest(key, specs.map((spec) => spec.name));
        const hint = guess ? fr` ? vouliez-vous écrire « ${guess} »` : '';
        issues.push({
          line: yaml.lineOf([key]),
          message: fr`Champ inconnu « ${key} » ${where} (faute de frappe${hint} ?). Champs possibles : ${specs.map((s) => s.name).join(', ')}.`,
        });
      }
      continue;
    }
    const name = String(issue.path[0] ?? '');
    const spec = byName.get(name);
    if (!spec) {
      issues.push({ line: blockLine, message: fr`Contenu non reconnu ${where}.` });
      continue;
    }
    const key = writtenAs.get(name);
    const value = key === undefined ? undefined : (raw as Record<string, unknown>)[key];
    if (key === undefined) {
      issues.push({ line: blockLine, message: fr`Le champ « ${name} » est obligatoire ${where}.` });
    } else if (value === null || (typeof value === 'string' && value.trim() === '')) {
      issues.push({ line: yaml.lineOf([key]), message: fr`Le champ « ${key} » est vide ${where} : il doit être ${spec.expected}.` });
    } else {
      issues.push({ line: yaml.lineOf([key]), message: fr`Le champ « ${key} » doit être ${spec.expected} ; ici : « ${show(value)} ».` });
    }
  }
  // One message per field is enough; keep file order.
  const seen = new Set<string>();
  const unique = issues.filter((issue) => {
    const id = `${issue.line}\u0000${issue.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return { ok: false, issues: unique.sort((a, b) => a.line - b.line) };
}

function show(value: unknown): string {
  if (typeof value === 'string') return excerpt(value, 60);
  try {
    return excerpt(JSON.stringify(value) ?? String(value), 60);
  } catch {
    return '?';
  }
}

/** A text field: numbers are accepted as text (`titre: 2026`). */
export function textField(name: string, optional = false): FieldSpec {
  return {
    name,
    optional,
    expected: 'un texte',
    schema: z.string().trim().min(1),
    normalise: (value) => (typeof value === 'number' ? String(value) : value),
  };
}

/** A duration in minutes; `20`, `"20"` and `20 min` are all read as 20. */
export function minutesField(name: string, max: number): FieldSpec {
  return {
    name,
    expected: fr`une durée en minutes, nombre entier entre 1 et ${max} (par exemple 20)`,
    schema: z.number().int().min(1).max(max),
    normalise: (value) => {
      if (typeof value !== 'string') return value;
      const match = /^\s*(\d+)\s*(?:min|mn|minutes?)?\.?\s*$/i.exec(value);
      return match ? Number(match[1]) : value;
    },
  };
}

/** One of a fixed list, compared without case, accents or extra spaces. */
export function choiceField(name: string, choices: readonly string[]): FieldSpec {
  const fold = (value: string) => foldText(value).replace(/[^a-z0-9/]+/g, '');
  return {
    name,
    expected: fr`l’une de : ${choices.join(', ')}`,
    schema: z.enum(choices as [string, ...string[]]),
    normalise: (value) => (typeof value === 'string' ? (choices.find((c) => fold(c) === fold(value)) ?? value) : value),
  };
}
