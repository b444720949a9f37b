// Session files on disk: loading (with backup and journal recovery), saving atomically with
// the previous version kept as `<name>.bak`, conflict detection, and the folder listing.
// Every function returns a result value with a French message; none throws.
import { createHash } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { parseSessionText, serializeSession, type SessionProblem } from '../../core/session/parse.js';
import { MAX_JOURNAL_BYTES, replayJournal } from '../../core/session/journal.js';
import { conflictMessage, problemMessage, quote, storageMessage, type StorageFailure } from '../../core/session/messages.js';
import { fileStamp } from '../../core/session/french.js';
import { firstInvalidUtf8 } from '../../core/session/utf8.js';
import { lineAt } from '../../core/session/json-locate.js';
import { SESSION_EXTENSION, type Session, type SessionSummary } from '../../core/session/model.js';
import { writeFileAtomic } from './atomic.js';
import { isMissing, storageFailure } from './errors.js';
import type { SessionFs, SessionStat } from './fs.js';

/** A session file larger than this is refused unread (2,000 entries take about 1 MB). */
export const MAX_SESSION_BYTES = 20 * 1024 * 1024;

/** Files read at once by a listing (all listings of a service together). */
export const LISTING_PARALLELISM = 4;

export const backupPath = (path: string): string => path + '.bak';
export const journalPath = (path: string): string => path + '.journal';

/** What the file looked like when we last read or wrote it: a change elsewhere alters it. */
export interface Fingerprint {
  size: number;
  mtimeMs: number;
  hash: string;
}

export const hashBytes = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

export type LoadOutcome =
  | {
      ok: true;
      session: Session;
      /** Fingerprint of the main file; null when the session came from the backup. */
      fingerprint: Fingerprint | null;
      migratedFrom?: number;
      /** Records of typing recovered from the journal (after a crash). */
      recovered?: number;
      /** A French notice to show (recovery, migration, backup). */
      notice?: string;
    }
  | {
      ok: false;
      reason: SessionProblem['kind'] | StorageFailure;
      message: string;
      /** A backup that loads, offered to the user; the damaged file is left untouched. */
      backup?: { path: string; savedAt: string };
    };

const decoder = new TextDecoder('utf-8', { fatal: true });

type ReadOutcome =
  | { ok: true; session: Session; bytes: Uint8Array; migratedFrom?: number }
  | { ok: false; failure: StorageFailure }
  | { ok: false; problem: SessionProblem };

async function readSessionFile(fs: SessionFs, path: string): Promise<ReadOutcome> {
  let bytes: Uint8Array;
  try {
    // Regular files only, size checked on the opened file before reading (host/session/fs.ts).
    bytes = await fs.readFile(path, MAX_SESSION_BYTES);
  } catch (error) {
    return { ok: false, failure: storageFailure(error) };
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const before = new TextDecoder().decode(bytes.subarray(0, at));
    return {
      ok: false,
      problem: { kind: 'abîmé', line: lineAt(before, before.length), detail: 'il contient des octets illisibles (ce n’est pas du texte UTF-8)' },
    };
  }
  const parsed = parseSessionText(text);
  if (!parsed.ok) return { ok: false, problem: parsed.problem };
  return parsed.migratedFrom === undefined
    ? { ok: true, session: parsed.session, bytes }
    : { ok: true, session: parsed.session, bytes, migratedFrom: parsed.migratedFrom };
}

async function fingerprintOf(fs: SessionFs, path: string, bytes: Uint8Array): Promise<Fingerprint> {
  const stat = await fs.stat(path);
  return { size: stat.size, mtimeMs: stat.mtimeMs, hash: hashBytes(bytes) };
}

type JournalOutcome =
  | { ok: true; session: Session; recovered: number; foreign: boolean; notice?: string }
  /** A journal too large to read: opening is refused, so that the typing it may hold is not dropped. */
  | { ok: false; message: string };

/** Replays the journal beside `path` onto `session`; the count of records and whether it was ours. */
async function withJournal(fs: SessionFs, path: string, session: Session, knownHashes: readonly string[]): Promise<JournalOutcome> {
  let text: string;
  try {
    text = new TextDecoder().decode(await fs.readFile(journalPath(path), MAX_JOURNAL_BYTES));
  } catch (error) {
    if (isMissing(error)) return { ok: true, session, recovered: 0, foreign: false };
    const name = basename(journalPath(path));
    const failure = storageFailure(error);
    if (failure === 'trop-gros') {
      return {
        ok: false,
        message: `Impossible d’ouvrir ${quote(basename(path))}\u00A0: son journal des saisies ${quote(name)} dépasse ${MAX_JOURNAL_BYTES / 1024 / 1024}\u00A0Mo, bien plus qu’une réunion n’en produit. Rien n’a été modifié${'\u00A0'}; déplacez ce journal ailleurs pour ouvrir la séance sans lui.`,
      };
    }
    // A FIFO, a device…: not ours to read; the séance opens from its file (a save replaces it).
    return { ok: true, session, recovered: 0, foreign: false, notice: storageMessage(failure, name, 'ouvrir') };
  }
  const [mainHash, backupHash] = knownHashes;
  // A journal extending the backup outlived a compaction: the main file holds its first records.
  const replay = replayJournal(session, text, (base) => (base !== mainHash && base === backupHash ? session.revision : -1));
  return {
    ok: true,
    session: replay.session,
    recovered: replay.applied,
    foreign: replay.applied > 0 && mainHash !== undefined && replay.base !== mainHash && replay.base !== backupHash,
  };
}

async function backupInfo(fs: SessionFs, path: string): Promise<{ path: string; savedAt: Date } | undefined> {
  const bak = backupPath(path);
  const read = await readSessionFile(fs, bak);
  if (!read.ok) return undefined;
  try {
    return { path: bak, savedAt: new Date((await fs.stat(bak)).mtimeMs) };
  } catch {
    return undefined;
  }
}

function recoveryNotice(recovered: number, foreign: boolean): string | undefined {
  if (recovered === 0) return undefined;
  return foreign
    ? `Des saisies non enregistrées ont été retrouvées alors que le fichier avait été modifié ailleurs\u00A0: elles ont été ajoutées à la version du fichier. Vérifiez-les avant d’enregistrer.`
    : `La séance n’avait pas été fermée normalement\u00A0: les dernières saisies ont été retrouvées.`;
}

/** Opens a session file: the session (with any journal replayed), or a French message. */
export async function loadSession(fs: SessionFs, path: string): Promise<LoadOutcome> {
  const name = basename(path);
  const read = await readSessionFile(fs, path);
  if (!read.ok) {
    if ('failure' in read && read.failure !== 'introuvable') {
      return { ok: false, reason: read.failure, message: storageMessage(read.failure, name, 'ouvrir') };
    }
    const backup = await backupInfo(fs, path);
    if ('failure' in read) {
      const message = storageMessage('introuvable', name, 'ouvrir') +
        (backup ? ` Une sauvegarde existe\u00A0: voulez-vous l’ouvrir\u00A0?` : '');
      return backup
        ? { ok: false, reason: 'introuvable', message, backup: { path: backup.path, savedAt: backup.savedAt.toISOString() } }
        : { ok: false, reason: 'introuvable', message };
    }
    const message = problemMessage(name, read.problem, backup?.savedAt);
    return backup
      ? { ok: false, reason: read.problem.kind, message, backup: { path: backup.path, savedAt: backup.savedAt.toISOString() } }
      : { ok: false, reason: read.problem.kind, message };
  }
  let fingerprint: Fingerprint;
  try {
    fingerprint = await fingerprintOf(fs, path, read.bytes);
  } catch (error) {
    const failure = storageFailure(error);
    return { ok: false, reason: failure, message: storageMessage(failure, name, 'ouvrir') };
  }
  // The journal is ours if it extends this file, or the backup (a crash between the
  // compaction's rename and the journal's reset); otherwise the file was changed elsewhere.
  const bak = await fs.readFile(backupPath(path), MAX_SESSION_BYTES).then(hashBytes, () => '');
  const journal = await withJournal(fs, path, read.session, [fingerprint.hash, bak]);
  if (!journal.ok) return { ok: false, reason: 'trop-gros', message: journal.message };
  const notices = [journal.notice, recoveryNotice(journal.recovered, journal.foreign)];
  if (read.migratedFrom !== undefined) {
    notices.push(`Ce fichier venait d’une version précédente de l’application\u00A0: il sera enregistré au format actuel.`);
  }
  const outcome: LoadOutcome = { ok: true, session: journal.session, fingerprint };
  if (read.migratedFrom !== undefined) outcome.migratedFrom = read.migratedFrom;
  if (journal.recovered) outcome.recovered = journal.recovered;
  const notice = notices.filter(Boolean).join(' ');
  if (notice) outcome.notice = notice;
  return outcome;
}

/** Opens the backup of a damaged file, once the user chose to; the damaged file is untouched. */
export async function loadBackup(fs: SessionFs, path: string): Promise<LoadOutcome> {
  const bak = backupPath(path);
  const read = await readSessionFile(fs, bak);
  if (!read.ok) {
    const message =
      'failure' in read ? storageMessage(read.failure, basename(bak), 'ouvrir') : problemMessage(basename(bak), read.problem);
    return { ok: false, reason: 'failure' in read ? read.failure : read.problem.kind, message };
  }
  const journal = await withJournal(fs, path, read.session, []);
  if (!journal.ok) return { ok: false, reason: 'trop-gros', message: journal.message };
  const outcome: LoadOutcome = {
    ok: true,
    session: journal.session,
    fingerprint: null,
    notice:
      `La sauvegarde a été ouverte. Le fichier abîmé sera mis de côté (renommé, pas effacé) au prochain enregistrement.` +
      (journal.recovered ? ' Les dernières saisies ont aussi été retrouvées.' : ''),
  };
  if (journal.recovered) outcome.recovered = journal.recovered;
  return outcome;
}

export type SaveOutcome =
  | { ok: true; fingerprint: Fingerprint }
  | { ok: false; reason: StorageFailure | 'conflit' | 'existe'; message: string };

export interface SaveOptions {
  /**
   * What we believe is on disk: the fingerprint read or written last; `null` when the main
   * file is known to be damaged (opened from the backup); `'new'` for a file that should not
   * exist yet (create, save as).
   */
  expected: Fingerprint | null | 'new';
  /** For `'new'`: replace an existing file (the user confirmed in the save dialog). */
  overwrite?: boolean;
  now?: Date;
}

/**
 * Writes the session atomically. The previous version is kept as `<name>.bak`, a damaged
 * file is set aside as `<name>.abime-<date>`, and a file changed elsewhere is never replaced.
 */
export async function saveSession(fs: SessionFs, path: string, session: Session, options: SaveOptions): Promise<SaveOutcome> {
  const name = basename(path);
  const fail = (error: unknown): SaveOutcome => {
    const failure = storageFailure(error);
    return { ok: false, reason: failure, message: storageMessage(failure, name, 'enregistrer') };
  };
  const data = new TextEncoder().encode(serializeSession(session));
  let previous: Uint8Array | undefined;
  try {
    previous = await fs.readFile(path, MAX_SESSION_BYTES);
  } catch (error) {
    if (!isMissing(error)) return fail(error);
  }
  const { expected } = options;
  if (previous !== undefined) {
    if (expected === 'new' && !options.overwrite) {
      return { ok: false, reason: 'existe', message: `Un fichier ${'«\u00A0' + name + '\u00A0»'} existe déjà à cet endroit.` };
    }
    if (expected !== null && expected !== 'new' && hashBytes(previous) !== expected.hash) {
      return { ok: false, reason: 'conflit', message: conflictMessage(name) };
    }
  }
  try {
    if (previous !== undefined && expected === null) {
      // The damaged file is kept aside for whoever wants to look at it, never deleted.
      await fs.rename(path, `${path}.abime-${fileStamp(options.now ?? new Date()).replace(' ', '-')}`);
    } else if (previous !== undefined && expected !== 'new') {
      await writeFileAtomic(fs, backupPath(path), previous);
    }
    await writeFileAtomic(fs, path, data);
    return { ok: true, fingerprint: await fingerprintOf(fs, path, data) };
  } catch (error) {
    return fail(error);
  }
}

/** The session files of a folder, newest first: a summary each, or an error card. */
export type SessionListing = { ok: true; sessions: SessionSummary[] } | { ok: false; message: string };

export interface SessionLister {
  list(
    dir: string,
    /** Sessions open in this app, by resolved path: their summary comes from memory, which is ahead of the file. */
    inMemory?: ReadonlyMap<string, Session>,
  ): Promise<SessionListing>;
}

/** What a file's card was, for the (size, mtime) it had then. */
interface CachedCard {
  size: number;
  mtimeMs: number;
  card: Promise<SessionSummary>;
}

/**
 * The home screen's listing. It reads only the session files themselves (never their
 * journals: replaying one is the opening's work, not the listing's), each at most once per
 * (size, modification time), at most LISTING_PARALLELISM at a time across all listings, and
 * only regular files: a FIFO, a device or a link to one gets an error card, unread.
 * A file being read by one listing is shared with the listings that ask meanwhile.
 */
export function createSessionLister(fs: SessionFs): SessionLister {
  const cache = new Map<string, CachedCard>();
  const limit = createLimiter(LISTING_PARALLELISM);

  async function readCard(path: string, fileName: string): Promise<SessionSummary> {
    const read = await limit(() => readSessionFile(fs, path));
    if (!read.ok) {
      const message = 'failure' in read ? storageMessage(read.failure, fileName, 'ouvrir') : problemMessage(fileName, read.problem);
      return { ok: false, path, fileName, message };
    }
    // Only the card is kept, not the session.
    return summaryOf(path, fileName, read.session, '');
  }

  async function cardFor(dir: string, fileName: string, inMemory: ReadonlyMap<string, Session>): Promise<SessionSummary> {
    const path = join(dir, fileName);
    let stat: SessionStat;
    try {
      stat = await fs.stat(path);
    } catch (error) {
      return { ok: false, path, fileName, message: storageMessage(storageFailure(error), fileName, 'ouvrir') };
    }
    const open = inMemory.get(resolve(path));
    if (open) return summaryOf(path, fileName, open, latest(stat.mtimeMs, open.updatedAt));
    // Not even opened: the stat (symlinks followed) says it is no regular file. The read
    // checks again on the opened handle, in case the path is swapped meanwhile.
    if (!stat.isFile) return { ok: false, path, fileName, message: storageMessage('pas-un-fichier', fileName, 'ouvrir') };
    let cached = cache.get(path);
    if (!cached || cached.size !== stat.size || cached.mtimeMs !== stat.mtimeMs) {
      cached = { size: stat.size, mtimeMs: stat.mtimeMs, card: readCard(path, fileName) };
      cache.set(path, cached);
    }
    const card = await cached.card;
    if (!card.ok) return card;
    // Typing left in a journal (a crash) is not counted here, but puts the file first.
    const journalMtime = await fs.stat(journalPath(path)).then(
      (j) => (j.isFile ? j.mtimeMs : 0),
      () => 0,
    );
    return { ...card, modifiedAt: latest(Math.max(stat.mtimeMs, journalMtime), undefined) };
  }

  return {
    async list(dir, inMemory = new Map()) {
      let names: string[];
      try {
        await fs.mkdir(dir);
        names = await fs.readdir(dir);
      } catch (error) {
        return { ok: false, message: storageMessage(storageFailure(error), dir, 'lire le dossier') };
      }
      const files = names.filter((n) => n.endsWith(SESSION_EXTENSION) && !n.startsWith('.')).sort();
      const present = new Set(files.map((n) => join(dir, n)));
      for (const key of cache.keys()) if (dirname(key) === dir && !present.has(key)) cache.delete(key);
      const sessions = await Promise.all(files.map((fileName) => cardFor(dir, fileName, inMemory)));
      return { ok: true, sessions: sessions.sort((a, b) => (b.ok ? b.modifiedAt : '').localeCompare(a.ok ? a.modifiedAt : '')) };
    },
  };
}

/** Runs at most `n` tasks at once; the others wait their turn in order. */
function createLimiter(n: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (running >= n) await new Promise<void>((go) => waiting.push(go));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

/** One listing with a fresh lister (no cache): tests and one-off callers. */
export function listSessions(fs: SessionFs, dir: string, inMemory: ReadonlyMap<string, Session> = new Map()): Promise<SessionListing> {
  return createSessionLister(fs).list(dir, inMemory);
}

const latest = (mtimeMs: number, other: string | number | undefined): string => {
  const t = typeof other === 'string' ? Date.parse(other) : (other ?? 0);
  return new Date(Math.max(mtimeMs, Number.isFinite(t) ? t : 0)).toISOString();
};

function summaryOf(path: string, fileName: string, s: Session, modifiedAt: string): SessionSummary {
  return { ok: true, path, fileName, id: s.id, type: s.type, title: s.title, date: s.date, place: s.place, entryCount: s.entries.length, modifiedAt };
}

/** A file name for a new session: « 2026-03-03 COPIL de la CTG.ctg-seance.json », without unsafe characters. */
export function sessionFileName(date: string, title: string): string {
  const clean = title
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${date} ${clean || 'Séance'}${SESSION_EXTENSION}`;
}

export const folderOf = dirname;
