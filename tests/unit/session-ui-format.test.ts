// What the session screens say: storage status in plain French, entries of a slide, the
// wall built from the contributions shown, groups, paths typed for « Enregistrer sous… ».
import { describe, expect, it } from 'vitest';
import { formatMinutes } from '../../core/durations.js';
import { createFromTemplate } from '../../core/session/templates.js';
import type { Entry, Session } from '../../core/session/model.js';
import {
  agendaProgress,
  entriesAt,
  entryCountLabel,
  folderOf,
  sessionPathFor,
  storageText,
} from '../../renderer/session/session-format.js';
import { minutesQuery, minutesUrl, isMinutesPath } from '../../renderer/session/minutes-url.js';
import { wallFor } from '../../core/meeting/rules.js';
import { wallGroups } from '../../core/meeting/wall-layout.js';

const NOW = '2026-03-12T13:05:00.000Z';
const base = (): Session => createFromTemplate('copil-ctg', { id: 's1', now: NOW, date: '2026-03-12' });
const entry = (e: Partial<Entry> & Pick<Entry, 'id' | 'kind'>): Entry =>
  ({ text: e.id, createdAt: NOW, updatedAt: NOW, ...(e.kind === 'contribution' ? { votes: 0, shown: false } : {}), ...(e.kind === 'action' ? { qui: '', echeance: '' } : {}), ...e }) as Entry;

describe('storage status', () => {
  it('says when it was saved, in local time', () => {
    const at = new Date(2026, 2, 12, 14, 5).toISOString();
    expect(storageText({ state: 'enregistré', at })).toEqual({ tone: 'ok', headline: 'Enregistré à 14:05' });
  });
  it('says the text stays on screen when the disk refuses, with the host’s reason', () => {
    const t = storageText({ state: 'non-enregistré', message: 'le disque (ou la clé USB) est plein.' });
    expect(t.tone).toBe('danger');
    expect(t.headline).toBe('Non enregistré\u00A0: votre texte reste affiché');
    expect(t.detail).toContain('plein');
  });
  it('says the file was changed elsewhere', () => {
    expect(storageText({ state: 'conflit', message: 'x' }).headline).toBe('Ce fichier a été modifié ailleurs');
  });
});

describe('entries and wall', () => {
  const s: Session = {
    ...base(),
    entries: [
      entry({ id: 'a', kind: 'note', deckId: 'logement', slideIndex: 2, agendaItemId: 'p10' }),
      entry({ id: 'b', kind: 'contribution', deckId: 'logement', slideIndex: 2, shown: true, votes: 3, group: 'Jeunes' } as Partial<Entry> & { id: string; kind: 'contribution' }),
      entry({ id: 'c', kind: 'contribution', deckId: 'logement', slideIndex: 3, shown: false, votes: 1 } as Partial<Entry> & { id: string; kind: 'contribution' }),
      entry({ id: 'd', kind: 'contribution', agendaItemId: 'p1', shown: true, votes: 0 } as Partial<Entry> & { id: string; kind: 'contribution' }),
      entry({ id: 'e', kind: 'décision', agendaItemId: 'p1' }),
    ],
  };
  it('lists the entries of one slide, or of a free agenda item', () => {
    expect(entriesAt(s, { deckId: 'logement', slideIndex: 2 }).map((e) => e.id)).toEqual(['a', 'b']);
    expect(entriesAt(s, { agendaItemId: 'p1' }).map((e) => e.id)).toEqual(['d', 'e']);
  });
  it('puts on the wall only the shown contributions of the point, with votes and groups', () => {
    const title = s.agenda.find((a) => a.id === 'p1')!.title;
    expect(wallFor(s, 'p1')).toEqual({ title, notes: [{ id: 'd', text: 'd', votes: 0 }] });
  });
  it('groups the wall by theme, ungrouped notes last under their own heading, most voted first', () => {
    const groups = wallGroups([
      { id: '1', text: '1', votes: 0 },
      { id: '2', text: '2', votes: 0, group: 'Logement' },
      { id: '3', text: '3', votes: 0, group: 'Mobilité' },
      { id: '4', text: '4', votes: 0, group: 'Logement' },
    ]);
    expect(groups.map((g) => [g.label, g.notes.map((n) => n.id)])).toEqual([
      ['Logement', ['2', '4']],
      ['Mobilité', ['3']],
      ['Autres idées', ['1']],
    ]);
    expect(wallGroups([{ id: '1', text: '1', votes: 0 }])).toEqual([{ label: '', notes: [{ id: '1', text: '1', votes: 0 }] }]);
  });
});

describe('agenda and labels', () => {
  it('says where the meeting is', () => {
    const s = { ...base(), current: { agendaItemId: 'p3' } };
    const p = agendaProgress(s);
    expect([p?.index, p?.count, p?.item.title]).toEqual([3, s.agenda.length, 'Évaluation\u00A0: Lecture générale']);
    expect(agendaProgress(base())).toBeNull();
  });
  it('writes durations and counts in French', () => {
    expect(formatMinutes(45)).toBe('45\u00A0min');
    expect(formatMinutes(120)).toBe('2\u00A0h');
    expect(formatMinutes(85)).toBe('1\u00A0h\u00A025');
    expect(entryCountLabel(0)).toBe('aucune entrée');
    expect(entryCountLabel(1)).toBe('1 entrée');
    expect(entryCountLabel(12)).toBe('12 entrées');
  });
});

describe('paths and the minutes page address', () => {
  it('turns a typed name into a session path in the session’s folder', () => {
    expect(sessionPathFor('copie', '/media/cle')).toBe('/media/cle/copie.ctg-seance.json');
    expect(sessionPathFor('/media/usb/copil.json', '/home/a')).toBe('/media/usb/copil.ctg-seance.json');
    expect(sessionPathFor('E:\\copil', 'C:\\Users\\a')).toBe('E:\\copil.ctg-seance.json');
    expect(sessionPathFor('copil', 'C:\\Users\\a\\Documents')).toBe('C:\\Users\\a\\Documents\\copil.ctg-seance.json');
    expect(folderOf('/home/a/s.ctg-seance.json')).toBe('/home/a');
  });
  it('round-trips the minutes page query and refuses a bad handle', () => {
    const url = minutesUrl('0123abcd-ef', 'releve', false);
    const [pathname, search] = url.split('?');
    expect(isMinutesPath(pathname!)).toBe(true);
    expect(minutesQuery('?' + search)).toEqual({ handle: '0123abcd-ef', variant: 'releve', toolbar: false });
    expect(minutesQuery('?seance=../../etc')).toBeNull();
  });
});
