// The session service the UI calls (through the host API): open sessions live in memory,
// every change is appended to the write-ahead journal before the call returns, and the
// journal is folded into the session file (atomic rewrite, previous version in `.bak`)
// every few hundred changes, every half-minute of activity, on save and on close.
import { randomUUID } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import {
  addEntry,
  deleteEntry,
  editEntry,
  groupEntries,
  openEditor,
  redo,
  redoLabel,
  setDraft,
  undo,
  undoLabel,
  updateMeta,
  voteEntry,
  type EditResult,
  type Editor,
} from '../../core/session/entries.js';
import { createFromTemplate, TEMPLATES } from '../../core/session/templates.js';
import { buildMinutes, type MinutesVariant } from '../../core/minutes/build.js';
import { minutesMarkdown } from '../../core/minutes/markdown.js';
import { minutesHtml } from '../../core/minutes/html.js';
import { fileStamp } from '../../core/session/french.js';
import { quote, storageMessage } from '../../core/session/messages.js';
import { judgePath, numberedName, pathPlatformOf, type PathPlatform } from '../../core/session/path-rules.js';
import { SESSION_EXTENSION } from '../../core/session/model.js';
import { MINUTES_EXTENSIONS } from '../../core/session/api.js';
import type {
  DraftResult,
  ExportResult,
  MutationResult,
  OpenResult,
  SaveResult,
  SessionApi,
  SessionState,
  StorageStatus,
} from '../../core/session/api.js';
import { writeFileAtomic } from './atomic.js';
import { storageFailure } from './errors.js';
import { nodeSessionFs, type SessionFs } from './fs.js';
import { JournalWriter } from './journal-writer.js';
import { Mutex } from './mutex.js';
import { createSessionLister, journalPath, loadBackup, loadSession, saveSession, sessionFileName, type Fingerprint, type LoadOutcome } from './store.js';

export interface SessionServiceOptions {
  /** The documents folder where new sessions are created and listed. */
  documentsDir: string;
  fs?: SessionFs;
  now?: () => Date;
  /** Whose path rules to apply (tests); the running platform's by default. */
  platform?: PathPlatform;
  /** When to fold the journal into the session file. */
  compaction?: { records?: number; bytes?: number; ms?: number };
}

interface OpenSession {
  handle: string;
  path: string;
  editor: Editor;
  /** What the main file holds as far as we know; null while it is the damaged one. */
  fingerprint: Fingerprint | null;
  lock: Mutex;
  journal: JournalWriter;
  storage: StorageStatus;
  /** A journal append failed: the journal misses changes, only a full save restores durability. */
  journalIncomplete: boolean;
  lastCompaction: number;
  /** A background compaction writing the main file outside the lock, so typing is not held up. */
  compacting: Promise<void> | null;
}

export type SessionChangeListener = (state: SessionState) => void;

export interface SessionService extends SessionApi {
  /** Calls `listener` with a session's state after each of its changes (every view follows). */
  onChange(listener: SessionChangeListener): () => void;
  /** Waits until everything queued for this session is on disk (tests, shutdown). */
  flush(handle: string): Promise<void>;
  /** Saves and closes every open session (application quit). */
  closeAll(): Promise<void>;
  /** Applies a pure edit made elsewhere (participation's non-undoable sync), durably. */
  applyEdit(handle: string, edit: (editor: Editor, now: string) => EditResult): Promise<MutationResult>;
}

const NOT_OPEN = 'Cette séance n’est plus ouverte dans l’application.';

export function createSessionService(options: SessionServiceOptions): SessionService {
  const fs = options.fs ?? nodeSessionFs;
  const clock = options.now ?? (() => new Date());
  const nowIso = (): string => clock().toISOString();
  const policy = { records: 400, bytes: 512 * 1024, ms: 30_000, ...options.compaction };
  const open = new Map<string, OpenSession>();
  const platform = options.platform ?? pathPlatformOf(process.platform);
  // One lister per service: its cache and its bound on parallel reads span every listing.
  const lister = createSessionLister(fs);
  const listeners = new Set<SessionChangeListener>();
  const changed = (o: OpenSession): void => {
    const state = stateOf(o);
    for (const listener of [...listeners]) {
      try {
        listener(state);
      } catch (error) {
        console.error('Erreur d’un abonné aux séances :', error);
      }
    }
  };

  const stateOf = (o: OpenSession): SessionState => {
    const state: SessionState = { handle: o.handle, path: o.path, fileName: basename(o.path), session: o.editor.session, storage: o.storage };
    const u = undoLabel(o.editor);
    const r = redoLabel(o.editor);
    if (u) state.undoLabel = u;
    if (r) state.redoLabel = r;
    return state;
  };

  /** Folds the journal into the main file. Call with the session's lock held. */
  async function compactLocked(o: OpenSession): Promise<SaveResult> {
    const covered = o.journal.queued;
    const result = await saveSession(fs, o.path, o.editor.session, { expected: o.fingerprint, now: clock() });
    if (!result.ok) {
      o.storage = result.reason === 'conflit' ? { state: 'conflit', message: result.message } : { state: 'non-enregistré', message: result.message };
      if (result.reason === 'existe') return { ok: false, kind: 'existe', path: o.path, message: result.message, state: stateOf(o) };
      return { ok: false, kind: result.reason === 'conflit' ? 'conflit' : 'non-enregistré', message: result.message, state: stateOf(o) };
    }
    o.fingerprint = result.fingerprint;
    o.journalIncomplete = false;
    o.lastCompaction = clock().getTime();
    await o.journal.compactedLocked(result.fingerprint.hash, covered);
    o.storage = { state: 'enregistré', at: nowIso() };
    return { ok: true, state: stateOf(o) };
  }

  async function register(path: string, loaded: Extract<LoadOutcome, { ok: true }>): Promise<OpenResult> {
    const lock = new Mutex();
    const recovered = (loaded.recovered ?? 0) > 0;
    // After a recovery the old journal is kept (appended to) until a save folds it in.
    const base = recovered ? null : (loaded.fingerprint?.hash ?? '');
    const o: OpenSession = {
      handle: randomUUID(),
      path,
      editor: openEditor(loaded.session),
      fingerprint: loaded.fingerprint,
      lock,
      journal: new JournalWriter(fs, journalPath(path), lock, base),
      storage: { state: 'enregistré', at: nowIso() },
      journalIncomplete: false,
      lastCompaction: clock().getTime(),
      compacting: null,
    };
    open.set(o.handle, o);
    if (recovered || loaded.migratedFrom !== undefined) await exclusive(o, () => compactLocked(o));
    const result: OpenResult = { ok: true, state: stateOf(o) };
    if (loaded.notice) result.notice = loaded.notice;
    return result;
  }

  /**
   * Runs `fn` with the session's lock, once no background compaction is writing its file:
   * every other write of the main file, and every change of its path or journal, goes here.
   */
  async function exclusive<T>(o: OpenSession, fn: () => Promise<T>): Promise<T> {
    while (o.compacting) await o.compacting;
    return o.lock.run(fn);
  }

  function maybeCompact(o: OpenSession): void {
    if (o.storage.state === 'conflit' || o.compacting) return;
    const due =
      o.journal.records >= policy.records || o.journal.bytes >= policy.bytes || clock().getTime() - o.lastCompaction >= policy.ms;
    if (due) o.compacting = backgroundCompact(o).finally(() => (o.compacting = null));
  }

  /**
   * Folds the journal into the main file while typing goes on. Holding the lock through the
   * whole save (a backup and a main file, each written and fsynced, on a slow USB key a second
   * or more) would hold every keystroke's journal append, and a crash then would lose more
   * than the last second. So: snapshot under the lock; write the main file without it (appends
   * go on to the journal, which still extends the previous file — the backup from the rename
   * on, whose records the new file holds are skipped at opening); then, under the lock, restart
   * the journal on the new file with the records written meanwhile.
   */
  async function backgroundCompact(o: OpenSession): Promise<void> {
    const snap = await o.lock.run(async () => {
      await o.journal.flushLocked();
      if (o.journalIncomplete || o.storage.state === 'conflit') return null;
      o.journal.markSnapshot();
      return { session: o.editor.session, fingerprint: o.fingerprint, path: o.path };
    });
    if (!snap) return;
    const result = await saveSession(fs, snap.path, snap.session, { expected: snap.fingerprint, now: clock() });
    await o.lock.run(async () => {
      if (!result.ok) {
        o.journal.dropSnapshot();
        o.storage = result.reason === 'conflit' ? { state: 'conflit', message: result.message } : { state: 'non-enregistré', message: result.message };
        return;
      }
      o.fingerprint = result.fingerprint;
      o.lastCompaction = clock().getTime();
      await o.journal.restartAfterSnapshotLocked(result.fingerprint.hash, snap.session.revision);
      if (!o.journalIncomplete) o.storage = { state: 'enregistré', at: nowIso() };
    });
  }

  /** Applies an edit in memory, then makes it durable (journal, or a full save after a failure). */
  async function persist(o: OpenSession, r: Extract<EditResult, { ok: true }>, at: string): Promise<{ ok: true } | { ok: false; message: string; conflict: boolean }> {
    o.editor = r.editor;
    if (o.journalIncomplete) {
      const saved = await exclusive(o, () => compactLocked(o));
      return saved.ok ? { ok: true } : { ok: false, message: saved.message, conflict: saved.kind === 'conflit' };
    }
    const appended = await o.journal.append(at, r.editor.session.revision, r.ops);
    if (!appended.ok) {
      o.journalIncomplete = true;
      const message = storageMessage(storageFailure(appended.error), basename(o.path), 'enregistrer');
      o.storage = { state: 'non-enregistré', message };
      return { ok: false, message, conflict: false };
    }
    if (o.storage.state !== 'conflit') o.storage = { state: 'enregistré', at };
    maybeCompact(o);
    return { ok: true };
  }

  async function mutate(handle: string, edit: (editor: Editor, now: string) => EditResult): Promise<MutationResult> {
    const o = open.get(handle);
    if (!o) return { ok: false, kind: 'refusé', message: NOT_OPEN };
    const at = nowIso();
    const r = edit(o.editor, at);
    if (!r.ok) return { ok: false, kind: 'refusé', message: r.message };
    const done = await persist(o, r, at);
    changed(o);
    if (!done.ok) {
      const failed: MutationResult = { ok: false, kind: done.conflict ? 'conflit' : 'non-enregistré', message: done.message, state: stateOf(o) };
      if (r.entryId !== undefined) failed.entryId = r.entryId;
      return failed;
    }
    const ok: MutationResult = { ok: true, state: stateOf(o) };
    if (r.entryId !== undefined) ok.entryId = r.entryId;
    return ok;
  }

  const exists = (path: string) =>
    fs.stat(path).then(
      () => true,
      () => false,
    );

  /** « nom (2).ext », « nom (3).ext »… beside `path`: the first not taken. */
  async function freeSibling(path: string, extensions: readonly string[]): Promise<string> {
    if (!(await exists(path))) return path;
    for (let n = 2; n < 1000; n++) {
      const candidate = join(dirname(path), numberedName(basename(path), n, extensions));
      if (!(await exists(candidate))) return candidate;
    }
    return join(dirname(path), numberedName(basename(path), Date.now(), extensions));
  }

  /** « <nom> (copie du 2026-03-03 14h05).ctg-seance.json » beside `path`, not yet taken. */
  async function freePath(dir: string, stem: string): Promise<string> {
    for (let n = 1; n < 1000; n++) {
      const candidate = join(dir, `${stem}${n > 1 ? ` (${n})` : ''}${SESSION_EXTENSION}`);
      const exists = await fs.stat(candidate).then(
        () => true,
        () => false,
      );
      if (!exists) return candidate;
    }
    return join(dir, `${stem} ${randomUUID().slice(0, 8)}${SESSION_EXTENSION}`);
  }

  /** Moves an open session to a new file (save as, copy after a conflict). */
  async function moveTo(o: OpenSession, path: string, overwrite: boolean): Promise<SaveResult> {
    return exclusive(o, async () => {
      await o.journal.flushLocked();
      const result = await saveSession(fs, path, o.editor.session, { expected: 'new', overwrite });
      if (!result.ok) {
        if (result.reason === 'existe') return { ok: false, kind: 'existe', path, message: result.message, state: stateOf(o) };
        return { ok: false, kind: result.reason === 'conflit' ? 'conflit' : 'non-enregistré', message: result.message, state: stateOf(o) };
      }
      // The old file keeps what it had; its journal stays beside it (replayed if it is opened).
      await o.journal.closeLocked();
      o.path = path;
      o.fingerprint = result.fingerprint;
      o.journal = new JournalWriter(fs, journalPath(path), o.lock, result.fingerprint.hash);
      o.journalIncomplete = false;
      o.lastCompaction = clock().getTime();
      o.storage = { state: 'enregistré', at: nowIso() };
      return { ok: true, state: stateOf(o) };
    });
  }

  const service: SessionService = {
    async listSessionTemplates() {
      return [...TEMPLATES];
    },

    async listSessions() {
      // Sessions open here answer from memory: their latest changes may still be in the journal.
      return lister.list(options.documentsDir, new Map([...open.values()].map((o) => [resolve(o.path), o.editor.session])));
    },

    async createSession(opts) {
      const templateOptions: Parameters<typeof createFromTemplate>[1] = { id: randomUUID(), now: nowIso(), date: opts.date };
      if (opts.title !== undefined) templateOptions.title = opts.title;
      if (opts.place !== undefined) templateOptions.place = opts.place;
      if (opts.startTime !== undefined) templateOptions.startTime = opts.startTime;
      if (opts.deckId !== undefined) templateOptions.deckId = opts.deckId;
      if (opts.decks !== undefined) templateOptions.decks = opts.decks;
      const session = createFromTemplate(opts.template, templateOptions);
      try {
        await fs.mkdir(options.documentsDir);
      } catch (error) {
        return { ok: false, message: storageMessage(storageFailure(error), options.documentsDir, 'lire le dossier') };
      }
      const stem = sessionFileName(session.date, session.title).slice(0, -SESSION_EXTENSION.length);
      const path = await freePath(options.documentsDir, stem);
      const saved = await saveSession(fs, path, session, { expected: 'new' });
      if (!saved.ok) return { ok: false, message: saved.message };
      return register(path, { ok: true, session, fingerprint: saved.fingerprint });
    },

    async openSession(path) {
      const judged = judgePath(path, platform);
      if (!judged.ok) return judged;
      for (const o of open.values()) if (o.path === path) return { ok: true, state: stateOf(o) };
      const loaded = await loadSession(fs, path);
      if (!loaded.ok) return loaded.backup ? { ok: false, message: loaded.message, backup: loaded.backup } : { ok: false, message: loaded.message };
      return register(path, loaded);
    },

    async openSessionBackup(path) {
      const judged = judgePath(path, platform);
      if (!judged.ok) return judged;
      for (const o of open.values()) if (o.path === path) return { ok: true, state: stateOf(o) };
      const loaded = await loadBackup(fs, path);
      if (!loaded.ok) return { ok: false, message: loaded.message };
      return register(path, { ...loaded, recovered: Math.max(1, loaded.recovered ?? 0) });
    },

    async getSession(handle) {
      const o = open.get(handle);
      return o ? { ok: true, state: stateOf(o) } : { ok: false, message: NOT_OPEN };
    },

    async saveSession(handle) {
      const o = open.get(handle);
      if (!o) return { ok: false, kind: 'refusé', message: NOT_OPEN };
      return exclusive(o, () => compactLocked(o));
    },

    async saveSessionAs(handle, path, saveOptions) {
      const o = open.get(handle);
      if (!o) return { ok: false, kind: 'refusé', message: NOT_OPEN };
      const judged = judgePath(path, platform);
      if (!judged.ok) return { ok: false, kind: 'refusé', message: judged.message };
      if (path === o.path) return exclusive(o, () => compactLocked(o));
      // « Garder les deux »: the first free « nom (2).ctg-seance.json » beside the chosen name.
      const target = saveOptions?.keepBoth ? await freeSibling(path, [SESSION_EXTENSION]) : path;
      return moveTo(o, target, saveOptions?.overwrite ?? false);
    },

    async saveSessionCopy(handle) {
      const o = open.get(handle);
      if (!o) return { ok: false, kind: 'refusé', message: NOT_OPEN };
      const stem = basename(o.path).slice(0, -SESSION_EXTENSION.length) + ` (copie du ${fileStamp(clock())})`;
      return moveTo(o, await freePath(dirname(o.path), stem), false);
    },

    async reloadSession(handle) {
      const o = open.get(handle);
      if (!o) return { ok: false, message: NOT_OPEN };
      return exclusive(o, async () => {
        const loaded = await loadSession(fs, o.path);
        if (!loaded.ok) return { ok: false, message: loaded.message };
        // The user chose the file's version: what was typed here since is dropped.
        o.journal.dropPending();
        await o.journal.removeLocked();
        const fresh = await loadSession(fs, o.path);
        if (!fresh.ok) return { ok: false, message: fresh.message };
        o.editor = openEditor(fresh.session);
        o.fingerprint = fresh.fingerprint;
        o.journal = new JournalWriter(fs, journalPath(o.path), o.lock, fresh.fingerprint?.hash ?? '');
        o.journalIncomplete = false;
        o.storage = { state: 'enregistré', at: nowIso() };
        changed(o);
        return { ok: true, state: stateOf(o) };
      });
    },

    async closeSession(handle) {
      const o = open.get(handle);
      if (!o) return { ok: false, kind: 'refusé', message: NOT_OPEN };
      return exclusive(o, async () => {
        const saved = await compactLocked(o);
        if (!saved.ok) return saved; // stays open: nothing is dropped
        await o.journal.removeLocked();
        open.delete(handle);
        return saved;
      });
    },

    async recordDraft(handle, input): Promise<DraftResult> {
      const at = nowIso();
      const result = await mutate(handle, (editor) => setDraft(editor, input === null ? null : { ...input, updatedAt: at }, at));
      if (result.ok) return { ok: true };
      return { ok: false, kind: result.kind === 'refusé' ? 'refusé' : 'non-enregistré', message: result.message };
    },

    addEntry: (handle, entry) => mutate(handle, (editor, now) => addEntry(editor, entry, { id: randomUUID(), now })),
    editEntry: (handle, id, patch) => mutate(handle, (editor, now) => editEntry(editor, id, patch, now)),
    deleteEntry: (handle, id) => mutate(handle, (editor, now) => deleteEntry(editor, id, now)),
    groupEntries: (handle, ids, label) => mutate(handle, (editor, now) => groupEntries(editor, ids, label, now)),
    voteEntry: (handle, id, delta) => mutate(handle, (editor, now) => voteEntry(editor, id, delta, now)),
    updateSession: (handle, patch) =>
      // Moving through the agenda is not an undoable edit; changing the session's fields is.
      mutate(handle, (editor, now) => updateMeta(editor, patch, now, !(Object.keys(patch).length === 1 && 'current' in patch))),
    undo: (handle, expected) =>
      mutate(handle, (editor, now) =>
        // A view showing an older label (another tab changed things meanwhile) must not undo
        // something else than what its button says.
        expected !== undefined && undoLabel(editor) !== expected
          ? { ok: false, message: `Rien n’a été annulé : la dernière modification a changé entre-temps (${undoLabel(editor) ?? 'plus rien à annuler'}).` }
          : undo(editor, now),
      ),
    redo: (handle) => mutate(handle, (editor, now) => redo(editor, now)),

    async minutesHtml(handle, variant) {
      const o = open.get(handle);
      if (!o) return { ok: false, message: NOT_OPEN };
      return { ok: true, html: minutesHtml(buildMinutes(o.editor.session, variant)) };
    },

    async exportMinutes(handle, exportOptions): Promise<ExportResult> {
      const o = open.get(handle);
      if (!o) return { ok: false, message: NOT_OPEN };
      const variant: MinutesVariant = exportOptions.variant;
      const doc = buildMinutes(o.editor.session, variant);
      const ext = MINUTES_EXTENSIONS[exportOptions.format];
      const label = variant === 'releve' ? 'relevé de décisions' : 'compte rendu';
      const asked =
        exportOptions.path ?? join(dirname(o.path), `${basename(o.path).slice(0, -SESSION_EXTENSION.length)} - ${label}${ext}`);
      const judged = judgePath(asked, platform);
      if (!judged.ok) return judged;
      // Never over an existing file unless the user said so (the UI asks, then calls again).
      // The check and the rename are not one atomic step: a file appearing in between is
      // replaced, as any desktop application's save would.
      let path = asked;
      if (!exportOptions.overwrite && (await exists(asked))) {
        if (!exportOptions.keepBoth) {
          return { ok: false, reason: 'exists', path: asked, message: `Un fichier ${quote(basename(asked))} existe déjà à cet endroit.` };
        }
        path = await freeSibling(asked, Object.values(MINUTES_EXTENSIONS));
      }
      let data: Uint8Array;
      try {
        data =
          exportOptions.format === 'docx'
            ? // Loaded on first export: the docx library is large and not needed to take notes.
              await (await import('./export-docx.js')).minutesDocxBytes(doc)
            : new TextEncoder().encode(exportOptions.format === 'markdown' ? minutesMarkdown(doc) : minutesHtml(doc));
      } catch (error) {
        return { ok: false, message: `Le document n’a pas pu être produit\u00A0: ${error instanceof Error ? error.message : String(error)}` };
      }
      try {
        await writeFileAtomic(fs, path, data);
        return { ok: true, path };
      } catch (error) {
        const failure = storageFailure(error);
        return { ok: false, message: storageMessage(failure, basename(path), 'enregistrer').replace(/ Votre saisie.*?intact\./, '') };
      }
    },

    onChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },

    applyEdit: (handle, edit) => mutate(handle, edit),

    async flush(handle) {
      const o = open.get(handle);
      if (o) await exclusive(o, async () => undefined);
    },

    async closeAll() {
      for (const handle of [...open.keys()]) await service.closeSession(handle);
    },
  };
  return service;
}

