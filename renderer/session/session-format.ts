// Pure helpers of the session screens: what the user reads about a session and its entries.
// No DOM, no host: unit-tested in tests/unit/session-ui-format.test.ts.
import { frenchLongDate } from '../../core/session/french.js';
import type { StorageStatus } from '../../core/session/api.js';
import type { ContributionWall, WallNote } from '../../core/presentation/state.js';
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

/** The contributions shown to the room, as the wall of the presentation state. */
export function wallOf(session: Session, title?: string): ContributionWall {
  const notes: WallNote[] = [];
  for (const e of session.entries) {
    if (e.kind !== 'contribution' || !e.shown) continue;
    const note: WallNote = { id: e.id, text: e.text.slice(0, 2_000), votes: e.votes };
    if (e.group) note.group = e.group;
    notes.push(note);
  }
  const wall: ContributionWall = { notes: notes.slice(-500) };
  if (title) wall.title = title.slice(0, 300);
  return wall;
}

/** Wall notes by group, groups in the order they first appear, ungrouped notes last. */
export function groupNotes(notes: readonly WallNote[]): { label: string; notes: WallNote[] }[] {
  const groups = new Map<string, WallNote[]>();
  for (const n of notes) {
    const key = n.group?.trim() ?? '';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(n);
  }
  const named = [...groups].filter(([k]) => k !== '').map(([label, ns]) => ({ label, notes: ns }));
  const loose = groups.get('');
  // Beside named groups, the ungrouped notes get their own heading so they do not look
  // like part of the group above them.
  return loose ? [...named, { label: named.length ? 'Autres idées' : '', notes: loose }] : named;
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
