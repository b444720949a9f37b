// Pure session logic: templates, entry operations with undo, migration, parsing messages,
// French dates, journal replay.
import { describe, expect, it } from 'vitest';
import { createFromTemplate, TEMPLATE_IDS } from '../../core/session/templates.js';
import { sessionSchema } from '../../core/session/schema.js';
import {
  addEntry,
  deleteEntry,
  editEntry,
  groupEntries,
  openEditor,
  redo,
  setDraft,
  undo,
  undoLabel,
  voteEntry,
  type EditResult,
  type Editor,
} from '../../core/session/entries.js';
import { parseSessionText, serializeSession } from '../../core/session/parse.js';
import { problemMessage } from '../../core/session/messages.js';
import { frenchDeadline, frenchLongDate } from '../../core/session/french.js';
import { journalHeader, journalRecord, replayJournal } from '../../core/session/journal.js';
import type { Session } from '../../core/session/model.js';

const NOW = '2026-03-03T14:00:00.000Z';
const copil = (): Session => createFromTemplate('copil-ctg', { id: 's1', now: NOW, date: '2026-03-03', place: 'Die' });

function ok(r: EditResult): Extract<EditResult, { ok: true }> {
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe('templates', () => {
  it('every template yields a valid session', () => {
    for (const t of TEMPLATE_IDS) {
      const s = createFromTemplate(t, { id: 'x', now: NOW, date: '2026-03-03' });
      expect(sessionSchema.safeParse(s).success, t).toBe(true);
    }
  });

  it('the COPIL follows the CTG agenda, in order', () => {
    const titles = copil().agenda.map((a) => a.title);
    const at = (needle: string): number => titles.findIndex((t) => t.includes(needle));
    expect(at('Validation du compte rendu précédent')).toBe(0);
    expect(at('plan d’action')).toBe(1);
    expect(at('Évaluation\u00A0: Petite enfance')).toBeGreaterThan(1);
    expect(at('forum habitants')).toBeGreaterThan(at('Évaluation\u00A0: Logement'));
    expect(at('Décisions et arbitrages')).toBeGreaterThan(at('forum habitants'));
    expect(titles.at(-1)).toBe('Calendrier');
    expect(copil().agenda.filter((a) => a.kind === 'deck').map((a) => a.kind === 'deck' && a.deckId)).toContain('conclusion');
  });

  it('the forum presents the logement deck and carries its prompts to a wall', () => {
    const s = createFromTemplate('forum-habiter-le-diois', {
      id: 'f',
      now: NOW,
      date: '2026-04-10',
      decks: [{ id: 'logement', title: 'Thématique logement', durationMinutes: 25, prompts: ['Quelle instance pour le logement ?'] }],
    });
    const deck = s.agenda.find((a) => a.kind === 'deck');
    expect(deck && deck.kind === 'deck' && deck.deckId).toBe('logement');
    expect(deck?.durationMinutes).toBe(25);
    const wall = s.agenda.find((a) => a.wall && a.prompts?.includes('Quelle instance pour le logement ?'));
    expect(wall).toBeDefined();
    expect(s.type).toBe('forum');
  });
});

describe('entries', () => {
  const base = (): Editor => openEditor(copil());
  const add = (ed: Editor, id: string, kind: 'note' | 'contribution' | 'décision' | 'action' | 'question', text: string): Editor =>
    ok(addEntry(ed, { kind, text, agendaItemId: 'p2', deckId: 'enfance', slideIndex: 3 }, { id, now: NOW })).editor;

  it('adds every kind, anchored to the slide and agenda item', () => {
    let ed = base();
    ed = add(ed, 'a', 'note', 'Une note');
    ed = ok(addEntry(ed, { kind: 'action', text: 'Réunir la commission', qui: 'CCD', echeance: '2026-06-30' }, { id: 'b', now: NOW })).editor;
    ed = add(ed, 'c', 'contribution', 'Une idée');
    expect(ed.session.entries.map((e) => e.kind)).toEqual(['note', 'action', 'contribution']);
    expect(ed.session.entries[0]).toMatchObject({ agendaItemId: 'p2', deckId: 'enfance', slideIndex: 3 });
    expect(ed.session.entries[1]).toMatchObject({ qui: 'CCD', echeance: '2026-06-30' });
    expect(ed.session.entries[2]).toMatchObject({ votes: 0, shown: false });
    expect(sessionSchema.safeParse(ed.session).success).toBe(true);
  });

  it('recording an entry clears the draft being typed', () => {
    let ed = ok(setDraft(base(), { kind: 'note', text: 'en cours', updatedAt: NOW }, NOW)).editor;
    expect(ed.session.draft?.text).toBe('en cours');
    ed = add(ed, 'a', 'note', 'en cours de frappe');
    expect(ed.session.draft).toBeUndefined();
  });

  it('edits, deletes, groups and votes, and undoes each step back to the start', () => {
    const start = add(base(), 'a', 'contribution', 'Habitat léger');
    let ed = add(start, 'b', 'contribution', 'Logement des jeunes');
    ed = ok(editEntry(ed, 'a', { text: 'Habitat léger et partagé', shown: true }, NOW)).editor;
    ed = ok(groupEntries(ed, ['a', 'b'], 'Réponses locales', NOW)).editor;
    ed = ok(voteEntry(ed, 'b', 3, NOW)).editor;
    ed = ok(voteEntry(ed, 'b', -5, NOW)).editor;
    expect(ed.session.entries.find((e) => e.id === 'b')).toMatchObject({ votes: 0, group: 'Réponses locales' });
    ed = ok(deleteEntry(ed, 'a', NOW)).editor;
    expect(undoLabel(ed)).toBe('Annuler\u00A0: suppression d’une contribution');
    expect(ed.session.entries.map((e) => e.id)).toEqual(['b']);
    ed = ok(undo(ed, NOW)).editor;
    // The deleted entry comes back at its place, with its text and group.
    expect(ed.session.entries.map((e) => e.id)).toEqual(['a', 'b']);
    expect(ed.session.entries[0]).toMatchObject({ text: 'Habitat léger et partagé', shown: true, group: 'Réponses locales' });
    for (let i = 0; i < 5; i++) ed = ok(undo(ed, NOW)).editor;
    expect(ed.session.entries).toEqual(start.session.entries);
    // Redo replays them all.
    for (let i = 0; i < 6; i++) ed = ok(redo(ed, NOW)).editor;
    expect(ed.session.entries.map((e) => e.id)).toEqual(['b']);
    expect(undo(openEditor(copil()), NOW).ok).toBe(false);
  });

  it('changing a note into an action keeps its text and adds the action fields', () => {
    let ed = add(base(), 'a', 'note', 'Relancer les bailleurs privés');
    ed = ok(editEntry(ed, 'a', { kind: 'action', qui: 'Commission logement' }, NOW)).editor;
    expect(ed.session.entries[0]).toMatchObject({ kind: 'action', text: 'Relancer les bailleurs privés', qui: 'Commission logement', echeance: '' });
  });

  it('refuses to group a decision or to edit a missing entry', () => {
    const ed = add(base(), 'd', 'décision', 'Valider le calendrier');
    expect(groupEntries(ed, ['d'], 'X', NOW).ok).toBe(false);
    expect(editEntry(ed, 'zz', { text: 'x' }, NOW).ok).toBe(false);
  });
});

describe('reading a session file', () => {
  it('round-trips through its text', () => {
    const s = copil();
    const parsed = parseSessionText(serializeSession(s));
    expect(parsed.ok && parsed.session).toEqual(s);
  });

  it('says which line holds a wrong value, in French', () => {
    const s = copil();
    const text = serializeSession(s).replace('"place": "Die"', '"place": 42');
    const parsed = parseSessionText(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const line = text.split('\n').findIndex((l) => l.includes('"place": 42')) + 1;
    expect(parsed.problem.line).toBe(line);
    expect(problemMessage('copil.ctg-seance.json', parsed.problem)).toBe(
      `Le fichier de séance « copil.ctg-seance.json » est abîmé (ligne ${line}) : lieu : valeur inattendue (un texte attendu).`.replace(
        /« | »| :/g,
        (m) => m.replace(' ', '\u00A0'),
      ),
    );
  });

  it('a truncated file is reported as cut during a save', () => {
    const text = serializeSession(copil());
    const parsed = parseSessionText(text.slice(0, 500));
    expect(!parsed.ok && parsed.problem.detail).toMatch(/coupé/);
    expect(!parsed.ok && parsed.problem.line).toBe(text.slice(0, 500).split('\n').length);
  });

  it('a file from a newer version asks to update the application', () => {
    const parsed = parseSessionText(serializeSession(copil()).replace('"version": 1', '"version": 7'));
    expect(!parsed.ok && parsed.problem.kind).toBe('version');
    expect(!parsed.ok && parsed.problem.detail).toMatch(/version plus récente/);
  });

  it('migrates a version 0 file: plain-string participants, no version', () => {
    const v0 = {
      format: 'ctg-diois-seance',
      type: 'copil',
      title: 'COPIL CTG',
      date: '2025-11-18',
      place: 'Die',
      participants: ['Marie Durand (CAF de la Drôme)', 'Paul Martin (CCD) — excusé', 'Jeanne Roux'],
      agenda: [{ id: 'p1', kind: 'libre', title: 'Calendrier', durationMinutes: 10 }],
      entries: [
        { id: 'e1', kind: 'décision', text: 'Forum en avril', agendaItemId: 'p1' },
        { id: 'e2', kind: 'contribution', text: 'Une idée' },
      ],
    };
    const parsed = parseSessionText(JSON.stringify(v0));
    if (!parsed.ok) throw new Error(parsed.problem.detail);
    expect(parsed.migratedFrom).toBe(0);
    expect(parsed.session.version).toBe(1);
    expect(parsed.session.participants).toEqual([
      { id: 'pers1', name: 'Marie Durand', organisation: 'CAF de la Drôme', status: 'présent' },
      { id: 'pers2', name: 'Paul Martin', organisation: 'CCD', status: 'excusé' },
      { id: 'pers3', name: 'Jeanne Roux', organisation: '', status: 'présent' },
    ]);
    expect(parsed.session.entries[1]).toMatchObject({ votes: 0, shown: false });
  });
});

describe('French dates', () => {
  it('writes the day of the week and the month in words', () => {
    expect(frenchLongDate('2026-03-03')).toBe('mardi 3 mars 2026');
    expect(frenchLongDate('2026-08-01')).toBe('samedi 1er août 2026');
    expect(frenchDeadline('2026-12-31')).toBe('31 décembre 2026');
    expect(frenchDeadline('fin juin')).toBe('fin juin');
  });
});

describe('journal replay', () => {
  it('applies whole records and skips a record cut by a crash', () => {
    const s = copil();
    const ed = ok(addEntry(openEditor(s), { kind: 'note', text: 'gardée' }, { id: 'n1', now: NOW }));
    const ed2 = ok(addEntry(ed.editor, { kind: 'note', text: 'coupée' }, { id: 'n2', now: NOW }));
    const text =
      journalHeader('abc') + journalRecord(1, 1, NOW, ed.ops) + journalRecord(2, 2, NOW, ed2.ops).slice(0, 30);
    const replay = replayJournal(s, text);
    expect(replay.session.entries.map((e) => e.text)).toEqual(['gardée']);
    expect(replay.skipped).toBe(1);
    expect(replay.base).toBe('abc');
  });
});

describe('session API arguments', () => {
  it('never lets a caller write minutes over another kind of file, or open a relative path', async () => {
    const { checkSessionArgs } = await import('../../core/session/api.js');
    const h = '0123abcd-0000-4000-8000-000000000000';
    expect(checkSessionArgs('exportMinutes', [h, { format: 'docx', variant: 'releve', path: '/home/a/.bashrc' }]).ok).toBe(false);
    expect(checkSessionArgs('exportMinutes', [h, { format: 'docx', variant: 'releve', path: '/media/cle/releve.docx' }]).ok).toBe(true);
    expect(checkSessionArgs('saveSessionAs', [h, '/media/cle/notes.txt']).ok).toBe(false);
    expect(checkSessionArgs('openSession', ['seance.ctg-seance.json']).ok).toBe(false);
    expect(checkSessionArgs('openSession', ['E:\\COPIL.ctg-seance.json']).ok).toBe(true);
    expect(checkSessionArgs('addEntry', [h, { kind: 'avis', text: 'x' }]).ok).toBe(false);
  });
});
