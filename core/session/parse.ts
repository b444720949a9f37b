// Session file text → a valid session, or a French account of what is wrong and where.
// Never throws: a file from a USB key can contain anything.
import type { z } from 'zod';
import { SESSION_FORMAT, sessionSchema } from './schema.js';
import { lineAt, lineOfPath } from './json-locate.js';
import { migrate } from './migrate.js';
import type { Session } from './model.js';

export interface SessionProblem {
  /** `abîmé`: unreadable or invalid; `version`: from a newer app; `étranger`: not a session. */
  kind: 'abîmé' | 'version' | 'étranger';
  line?: number;
  /** What is wrong, in French, without the file name (the message adds it). */
  detail: string;
}

export type ParseResult = { ok: true; session: Session; migratedFrom?: number } | { ok: false; problem: SessionProblem };

const FIELD_NAMES: Record<string, string> = {
  entries: 'entrée',
  participants: 'participant',
  agenda: 'point de l’ordre du jour',
  prompts: 'question',
  text: 'texte',
  title: 'titre',
  date: 'date',
  place: 'lieu',
  kind: 'sorte',
  type: 'type de séance',
  name: 'nom',
  organisation: 'organisation',
  status: 'présence',
  votes: 'votes',
  shown: 'affichage en salle',
  group: 'groupe',
  qui: 'responsable',
  echeance: 'échéance',
  durationMinutes: 'durée',
  deckId: 'présentation',
  slideIndex: 'diapositive',
  createdAt: 'date de création',
  updatedAt: 'date de modification',
  revision: 'révision',
  draft: 'saisie en cours',
  format: 'format',
  version: 'version',
};

/** « entrée n° 4 › texte » for ["entries", 3, "text"]. */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (const key of path) {
    if (typeof key === 'number') {
      if (parts.length) parts[parts.length - 1] += ` n°\u00A0${key + 1}`;
    } else parts.push(FIELD_NAMES[String(key)] ?? `«\u00A0${String(key).slice(0, 40)}\u00A0»`);
  }
  return parts.join(' › ') || 'contenu';
}

const TYPE_NAMES: Record<string, string> = {
  string: 'un texte attendu',
  number: 'un nombre attendu',
  boolean: 'vrai ou faux attendu',
  object: 'un objet attendu',
  array: 'une liste attendue',
};

// zod's built-in messages are English; schema messages we wrote are French and kept.
function frenchIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'champ manquant'
        : `valeur inattendue (${TYPE_NAMES[issue.expected] ?? 'autre chose attendu'})`;
    case 'too_big':
      return 'valeur trop grande ou trop longue';
    case 'too_small':
      return 'valeur trop petite ou trop courte';
    case 'invalid_value':
      return 'valeur inattendue';
    case 'invalid_union':
      return 'contenu inattendu';
    case 'invalid_format':
      return 'format invalide';
    default:
      return 'valeur invalide';
  }
}

function jsonErrorLine(text: string, error: unknown): { line: number; truncated: boolean } {
  const message = error instanceof Error ? error.message : '';
  const truncated = /end of (JSON )?input|Unterminated/i.test(message);
  const byLine = /line (\d+)/.exec(message);
  if (byLine) return { line: Number(byLine[1]), truncated };
  const byPos = /position (\d+)/.exec(message);
  if (byPos) return { line: lineAt(text, Number(byPos[1])), truncated };
  return { line: lineAt(text, text.length), truncated };
}

function duplicateId(items: readonly { id: string }[]): number {
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const id = items[i]!.id;
    if (seen.has(id)) return i;
    seen.add(id);
  }
  return -1;
}

export function parseSessionText(input: string): ParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return { ok: false, problem: { kind: 'abîmé', line: 1, detail: 'le fichier est vide' } };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const { line, truncated } = jsonErrorLine(text, error);
    const detail = truncated
      ? 'le fichier s’arrête au milieu de son contenu (il a sans doute été coupé pendant un enregistrement)'
      : 'le texte n’a pas la forme attendue (un caractère manque ou est en trop)';
    return { ok: false, problem: { kind: 'abîmé', line, detail } };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as Record<string, unknown>).format !== SESSION_FORMAT) {
    return { ok: false, problem: { kind: 'étranger', line: 1, detail: 'ce fichier ne contient pas une séance de l’application CTG Diois' } };
  }
  const migrated = migrate(raw as Record<string, unknown>);
  if (!migrated.ok) {
    return {
      ok: false,
      problem: { kind: migrated.newer ? 'version' : 'abîmé', line: lineOfPath(text, ['version']), detail: migrated.detail },
    };
  }
  const parsed = sessionSchema.safeParse(migrated.value, { error: frenchIssue });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return {
      ok: false,
      problem: { kind: 'abîmé', line: lineOfPath(text, issue.path), detail: `${fieldLabel(issue.path)}\u00A0: ${issue.message}` },
    };
  }
  const session = parsed.data;
  for (const [key, label] of [
    ['entries', 'deux entrées'],
    ['participants', 'deux participants'],
    ['agenda', 'deux points de l’ordre du jour'],
  ] as const) {
    const at = duplicateId(session[key]);
    if (at >= 0) {
      return { ok: false, problem: { kind: 'abîmé', line: lineOfPath(text, [key, at, 'id']), detail: `${label} portent le même identifiant` } };
    }
  }
  return migrated.from === session.version ? { ok: true, session } : { ok: true, session, migratedFrom: migrated.from };
}

/** The text written to disk: indented, readable in any editor, ending with a newline. */
export function serializeSession(session: Session): string {
  return JSON.stringify(session, null, 2) + '\n';
}
