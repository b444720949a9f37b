// Older session files, brought up to the current format when they are opened.
//
// Version 0 (the first prototype, never marked with a `version` field) is the same shape as
// version 1, except that:
//   - `participants` are plain strings: "Marie Durand (CAF de la Drôme)", optionally ending
//     with " — excusé" / " — excusée" (or "(excusé)");
//   - `id`, `revision`, `createdAt` and `updatedAt` may be missing;
//   - contributions may lack `votes` and `shown`, actions may lack `qui` and `echeance`.
// The migrated object is validated by the version 1 schema like any other file.
import { SESSION_VERSION } from './schema.js';

export type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

const EXCUSED = /\s*(?:[—–-]\s*|\()\s*excus[ée]e?s?\s*\)?\s*$/iu;

/** "Marie Durand (CAF de la Drôme) — excusée" → name, organisation, status. */
export function parseV0Participant(text: string, index: number): Raw {
  let rest = text.trim();
  let status = 'présent';
  if (EXCUSED.test(rest)) {
    status = 'excusé';
    rest = rest.replace(EXCUSED, '').trim();
  }
  let organisation = '';
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/u.exec(rest);
  if (m) {
    rest = m[1]!.trim();
    organisation = m[2]!.trim();
  }
  return { id: `pers${index + 1}`, name: rest || text.trim() || '(sans nom)', organisation, status };
}

export function migrateV0(raw: Raw): Raw {
  const instant = typeof raw.date === 'string' ? `${raw.date}T00:00:00.000Z` : '1970-01-01T00:00:00.000Z';
  const participants = Array.isArray(raw.participants)
    ? raw.participants.map((p, i) => (typeof p === 'string' ? parseV0Participant(p, i) : p))
    : raw.participants;
  const entries = Array.isArray(raw.entries)
    ? raw.entries.map((e) => {
        if (!isObject(e)) return e;
        const out: Raw = { createdAt: instant, updatedAt: instant, ...e };
        if (e.kind === 'contribution') {
          out.votes ??= 0;
          out.shown ??= false;
        }
        if (e.kind === 'action') {
          out.qui ??= '';
          out.echeance ??= '';
        }
        return out;
      })
    : raw.entries;
  return {
    id: `seance-${typeof raw.date === 'string' ? raw.date : 'ancienne'}`,
    revision: 0,
    createdAt: instant,
    updatedAt: instant,
    ...raw,
    version: SESSION_VERSION,
    participants,
    entries,
  };
}

/**
 * Brings a parsed file to the current version. Returns the version it came from, or a
 * French reason when the file is from a newer application or has no sensible version.
 */
export function migrate(raw: Raw): { ok: true; value: Raw; from: number } | { ok: false; newer: boolean; detail: string } {
  const version = raw.version;
  if (version === undefined) return { ok: true, value: migrateV0(raw), from: 0 };
  if (version === SESSION_VERSION) return { ok: true, value: raw, from: SESSION_VERSION };
  if (typeof version === 'number' && Number.isInteger(version) && version > SESSION_VERSION) {
    return {
      ok: false,
      newer: true,
      detail: `il a été enregistré par une version plus récente de l’application (format ${version}) ; mettez l’application à jour pour l’ouvrir`,
    };
  }
  return { ok: false, newer: false, detail: 'son numéro de version de format est invalide' };
}
