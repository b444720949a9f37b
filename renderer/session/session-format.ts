// Pure helpers of the session screens: what the user reads about a session and its entries.
// No DOM, no host: unit-tested in tests/unit/session-ui-format.test.ts.
import { frenchLongDate } from '../../core/session/french.js';
import type { StorageStatus } from '../../core/session/api.js';
import type { AgendaItem, Entry, Session } from '../../core/session/model.js';

const NB = '\u00A0';
const two = (n: number): string => String(n).padStart(2, '0');

/** « 14:05 » (local time) for an ISO instant; empty when it is not one. */
export function clockOf(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : `${two(d.getHours())}:${two(d.getMinutes())}`;
}

export { frenchLongDate };

/** What the storage bar says, in plain French, and how loud it says it. */
export function storageText(status: StorageStatus): { tone: 'ok' | 'warning' | 'danger'; headline: string; detail?: string } {
  switch (status.state) {
    case 'enregistré':
      return { tone: 'ok', headline: `Enregistré à ${clockOf(status.at)}` };
    case 'non-enregistré':
      return { tone: 'danger', headline: `Non enregistré${NB}: votre texte reste affiché`, detail: status.message };
    case 'conflit':
      return { tone: 'warning', headline: 'Ce fichier a été modifié ailleurs', detail: status.message };
  }
}

/** Entries recorded on one slide of one deck, or on a free agenda item (no slide). */
export function entriesAt(session: Session, where: { deckId?: string; slideIndex?: number; agendaItemId?: string }): Entry[] {
  if (where.deckId !== undefined && where.slideIndex !== undefined) {
    return session.entries.filter((e) => e.deckId === where.deckId && e.slideIndex === where.slideIndex);
  }
  return session.entries.filter((e) => e.agendaItemId === where.agendaItemId && e.slideIndex === undefined);
}

/** « 12 entrées », « 1 entrée », « aucune entrée ». */
export function entryCountLabel(n: number): string {
  return n === 0 ? 'aucune entrée' : `${n} entrée${n > 1 ? 's' : ''}`;
}

/** « 3 votes », « 1 vote », « aucun vote ». */
export function votesText(n: number): string {
  return n === 0 ? 'aucun vote' : `${n} vote${n > 1 ? 's' : ''}`;
}

/** « Point 3 sur 16 : Évaluation : Petite enfance », or null before the meeting started. */
export function agendaProgress(session: Session): { index: number; count: number; item: AgendaItem } | null {
  const at = session.agenda.findIndex((a) => a.id === session.current?.agendaItemId);
  const item = session.agenda[at];
  return item ? { index: at + 1, count: session.agenda.length, item } : null;
}

/** A file name the user may type, turned into a session path in `folder` (« Enregistrer sous… »). */
export function sessionPathFor(input: string, folder: string): string {
  let p = input.trim();
  if (!/^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p)) p = folder.replace(/[\\/]+$/, '') + (folder.includes('\\') ? '\\' : '/') + p;
  return p.endsWith('.ctg-seance.json') ? p : p.replace(/\.json$/i, '') + '.ctg-seance.json';
}

/** The folder of a file path (either separator). */
export function folderOf(filePath: string): string {
  const cut = Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\'));
  return cut <= 0 ? filePath.slice(0, cut + 1) : filePath.slice(0, cut);
}

/** Today as YYYY-MM-DD in local time (the default date of a new session). */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}
