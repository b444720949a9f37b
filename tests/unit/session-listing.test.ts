// The home screen's list of sessions: a session open in this app answers from memory (never
// behind what was typed); another file's journal (typing not yet folded into it, e.g. after
// a crash) is never replayed by the listing — that is the opening's work — and writes nothing. Also: a forum created
// from the real slides/ gets the logement deck's own workshop prompts on its agenda.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSessionService, type SessionService } from '../../host/session/service.js';
import { createHostService, type HostService } from '../../host/host-service.js';
import { loadDeck } from '../../host/deck-store.js';
import { FORUM_DEFAULT_PROMPTS } from '../../core/session/templates.js';
import type { SessionSummary } from '../../core/session/model.js';

const slidesDir = join(import.meta.dirname, '../../slides');
let dir: string;
const closers: Array<{ closeAll(): Promise<void> }> = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ctg-listing-'));
});
afterEach(async () => {
  for (const s of closers.splice(0)) await s.closeAll().catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

/** A service that never folds its journal on its own (only on save and close). */
function make(): SessionService {
  const service = createSessionService({ documentsDir: dir, compaction: { records: 1e6, bytes: 1e9, ms: 1e9 } });
  closers.push(service);
  return service;
}

async function snapshot(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) files[name] = (await readFile(join(dir, name))).toString('base64');
  return files;
}

const counts = (list: Awaited<ReturnType<SessionService['listSessions']>>): Record<string, number> => {
  if (!list.ok) throw new Error(list.message);
  return Object.fromEntries(list.sessions.map((s: SessionSummary) => [s.fileName, s.ok ? s.entryCount : -1]));
};

describe('listing sessions', () => {
  it('counts the entries still in the journal of a session open in this app', async () => {
    const service = make();
    const created = await service.createSession({ template: 'copil-ctg', date: '2026-03-03', title: 'COPIL de mars' });
    if (!created.ok) throw new Error(created.message);
    for (const text of ['Tour de table fait', 'Forum en avril', 'Relancer la CAF']) {
      expect((await service.addEntry(created.state.handle, { kind: 'note', text })).ok).toBe(true);
    }
    await service.flush(created.state.handle);
    // The main file still holds none: the three notes are only in the journal.
    const onDisk = JSON.parse(await readFile(created.state.path, 'utf8')) as { entries: unknown[] };
    expect(onDisk.entries).toHaveLength(0);
    expect(counts(await service.listSessions())).toEqual({ [created.state.fileName]: 3 });
    // Title edited in memory shows too.
    await service.updateSession(created.state.handle, { title: 'COPIL de mars (reporté)' });
    const list = await service.listSessions();
    expect(list.ok && list.sessions[0]!.ok && list.sessions[0]!.title).toBe('COPIL de mars (reporté)');
  });

  it('does not replay another file’s journal when listing, writes nothing, and opening recovers it', async () => {
    const writer = make();
    const a = await writer.createSession({ template: 'forum-habiter-le-diois', date: '2026-04-10' });
    const b = await writer.createSession({ template: 'copil-ctg', date: '2026-03-03' });
    if (!a.ok || !b.ok) throw new Error('création impossible');
    await writer.addEntry(a.state.handle, { kind: 'contribution', text: 'Un habitat partagé à Die' });
    await writer.addEntry(a.state.handle, { kind: 'contribution', text: 'Des logements pour les saisonniers' });
    await writer.closeSession(b.state.handle); // b: everything folded into its file, no journal
    await writer.flush(a.state.handle);
    expect((await readdir(dir)).filter((n) => n.endsWith('.journal'))).toEqual([a.state.fileName + '.journal']);

    // Another service (another app on the same folder, or this one after a crash).
    const reader = make();
    const before = await snapshot();
    expect(counts(await reader.listSessions())).toEqual({ [a.state.fileName]: 0, [b.state.fileName]: 0 });
    expect(await snapshot()).toEqual(before);
    const reopened = await reader.openSession(a.state.path);
    expect(reopened.ok && reopened.state.session.entries).toHaveLength(2);
  });
});

describe('forum « Habiter le Diois » from the real slides', () => {
  let host: HostService;
  beforeEach(() => {
    host = createHostService({ slidesDir, documentsDir: dir, standaloneDir: join(dir, 'standalone') });
    closers.push(host);
  });

  it('puts the logement deck’s own workshop prompts on the agenda, even when the UI sends decks without prompts', async () => {
    const deck = await loadDeck(slidesDir, 'logement');
    if (!deck.ok) throw new Error('logement illisible');
    // The tables take the deck's gathering workshops; its vote ranks what they gathered, after them.
    const questions = deck.deck.slides.flatMap((s) => s.prompts.filter((p) => p.method !== 'vote à gommettes').map((p) => p.question));
    const vote = deck.deck.slides.flatMap((s) => s.prompts.filter((p) => p.method === 'vote à gommettes').map((p) => p.question));
    expect(questions.length).toBeGreaterThan(0);
    expect(questions).not.toEqual(FORUM_DEFAULT_PROMPTS);

    const decks = (await host.listDecks()).flatMap((d) => (d.ok ? [{ id: d.meta.id, title: d.meta.title, durationMinutes: d.meta.durationMinutes }] : []));
    const created = await host.createSession({ template: 'forum-habiter-le-diois', date: '2026-04-10', decks });
    if (!created.ok) throw new Error(created.message);
    const agenda = created.state.session.agenda;
    const presentation = agenda.find((a) => a.kind === 'deck' && a.deckId === 'logement');
    expect(presentation?.title).toBe(`Présentation\u00A0: ${deck.deck.meta.title}`);
    expect(presentation?.prompts).toBeUndefined();
    expect(agenda.find((a) => a.title === 'Tables participatives')?.prompts).toEqual(questions);
    expect(agenda.find((a) => a.title.startsWith('Vote à gommettes'))?.prompts).toEqual(vote);
    // Saved that way: reopened from the file, the prompts are there.
    await host.closeSession(created.state.handle);
    const reopened = await host.openSession(created.state.path);
    expect(reopened.ok && reopened.state.session.agenda.find((a) => a.title === 'Tables participatives')?.prompts).toEqual(questions);
  });

  it('also without any deck from the UI, and a workshop takes its theme’s prompts', async () => {
    const forum = await host.createSession({ template: 'forum-habiter-le-diois', date: '2026-04-10' });
    if (!forum.ok) throw new Error(forum.message);
    const logement = await loadDeck(slidesDir, 'logement');
    const questions = logement.ok ? logement.deck.slides.flatMap((s) => s.prompts.filter((p) => p.method !== 'vote à gommettes').map((p) => p.question)) : [];
    expect(forum.state.session.agenda.find((a) => a.title === 'Tables participatives')?.prompts).toEqual(questions);

    const jeunesse = await loadDeck(slidesDir, 'jeunesse');
    if (!jeunesse.ok) throw new Error('jeunesse illisible');
    const theme = jeunesse.deck.slides.flatMap((s) => s.prompts.filter((p) => p.method !== 'vote à gommettes').map((p) => p.question));
    const workshop = await host.createSession({ template: 'atelier-thematique', date: '2026-05-01', deckId: 'jeunesse' });
    if (!workshop.ok) throw new Error(workshop.message);
    const groups = workshop.state.session.agenda.find((a) => a.title === 'Travail en sous-groupes');
    expect(groups?.prompts).toEqual(theme);
    expect(theme.length).toBeGreaterThan(0);
  });
});
