// The live meeting on the host, without transport: the point and the undo label every view
// receives, notes filed under the host's point and slide whatever a view believed, a deck
// resuming where the room left it, the wall following the point's contributions, and the
// question asked before a deck replaces what the room sees.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingMessage } from '../../core/meeting/api.js';
import { opensDeckUnasked } from '../../core/meeting/rules.js';
import type { DeckShape } from '../../core/presentation/state.js';
import type { AgendaItem } from '../../core/session/model.js';
import { withMeeting } from '../../host/meeting/assemble.js';
import { PresentationHub } from '../../host/presentation/hub.js';
import { createHostService } from '../../host/host-service.js';

const shape: DeckShape = { slides: Array.from({ length: 6 }, () => ({ fragments: 0, promptMinutes: [] })) };
const AGENDA: AgendaItem[] = [
  { id: 'p1', kind: 'libre', title: 'Accueil', durationMinutes: 5 },
  { id: 'p2', kind: 'deck', deckId: 'petite-enfance', title: 'Petite enfance', durationMinutes: 20 },
  { id: 'p3', kind: 'libre', title: 'Calendrier', durationMinutes: 10 },
];

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ctg-meeting-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function setUp() {
  const hub = new PresentationHub();
  const raw = createHostService({ slidesDir: path.join(dir, 'slides'), documentsDir: dir, standaloneDir: dir });
  const { service, meeting } = withMeeting(raw, hub);
  const created = await service.createSession({ template: 'copil-ctg', date: '2027-01-15' });
  if (!created.ok) throw new Error(created.message);
  const handle = created.state.handle;
  await service.updateSession(handle, { agenda: AGENDA });
  const messages: MeetingMessage[] = [];
  meeting.subscribe((m) => messages.push(m));
  return { hub, service, meeting, handle, messages, close: () => raw.closeAll() };
}

describe('live meeting', () => {
  it('files a note under the host’s point and slide, not the one the view sent', async () => {
    const { hub, service, meeting, handle, close } = await setUp();
    await meeting.apply({ type: 'goToPoint', handle, agendaItemId: 'p2' });
    hub.apply({ type: 'openDeck', deckId: 'petite-enfance', durationMinutes: 20, shape });
    hub.apply({ type: 'goTo', slide: 4 });
    // A view still showing point 1, slide 0.
    const r = await service.addEntry(handle, { kind: 'note', text: 'Vue en retard', agendaItemId: 'p1', deckId: 'petite-enfance', slideIndex: 0 });
    expect(r.ok && r.state.session.entries.at(-1)).toMatchObject({ agendaItemId: 'p2', deckId: 'petite-enfance', slideIndex: 4 });
    // A free point: filed under the point, without a slide.
    await meeting.apply({ type: 'nextPoint' });
    const free = await service.addEntry(handle, { kind: 'note', text: 'Au calendrier', slideIndex: 4, deckId: 'petite-enfance' });
    const entry = free.ok ? free.state.session.entries.at(-1)! : null;
    expect(entry?.agendaItemId).toBe('p3');
    expect(entry?.slideIndex).toBeUndefined();
    await close();
  });

  it('sends every view the same point and undo label, and undo refuses a label that is no longer the host’s', async () => {
    const { service, meeting, handle, messages, close } = await setUp();
    await meeting.apply({ type: 'goToPoint', handle, agendaItemId: 'p1' });
    const added = await service.addEntry(handle, { kind: 'action', text: 'Écrire au Département', qui: 'CCD', echeance: '' });
    if (!added.ok) throw new Error(added.message);
    await service.deleteEntry(handle, added.entryId!);
    const last = messages.at(-1)!;
    expect(last.meeting.point).toMatchObject({ id: 'p1', index: 1, count: 3 });
    expect(last.meeting.undoLabel).toBe('Annuler\u00A0: suppression d’une action');
    // A tab that still shows the older label must not undo the deletion in its name.
    const stale = await service.undo(handle, 'Annuler\u00A0: ajout d’une action');
    expect(stale.ok).toBe(false);
    const right = await service.undo(handle, 'Annuler\u00A0: suppression d’une action');
    expect(right.ok && right.state.session.entries.some((e) => e.text === 'Écrire au Département')).toBe(true);
    await close();
  });

  it('names the point in the undo of a deletion', async () => {
    const { service, handle, close } = await setUp();
    const r = await service.updateSession(handle, { agenda: AGENDA.filter((a) => a.id !== 'p3') });
    expect(r.ok && r.state.undoLabel).toBe('Annuler\u00A0: suppression du point «\u00A0Calendrier\u00A0»');
    await close();
  });

  it('resumes the session’s deck where the room left it, and asks before another deck replaces it', async () => {
    const { hub, meeting, handle, close } = await setUp();
    await meeting.apply({ type: 'goToPoint', handle, agendaItemId: 'p2' });
    hub.apply({ type: 'openDeck', deckId: 'petite-enfance', durationMinutes: 20, shape });
    hub.apply({ type: 'goTo', slide: 3 });
    expect(opensDeckUnasked(meeting.view(), 'logement')).toBe(true);
    expect(opensDeckUnasked(meeting.view(), 'petite-enfance')).toBe(false);
    hub.apply({ type: 'openDeck', deckId: 'logement', durationMinutes: 20, shape });
    expect(hub.state.position.slide).toBe(0);
    hub.apply({ type: 'openDeck', deckId: 'petite-enfance', durationMinutes: 20, shape });
    expect(hub.state.position.slide).toBe(3);
    await close();
  });

  it('keeps the wall on the point’s shown contributions, and takes it down when the point changes', async () => {
    const { hub, service, meeting, handle, close } = await setUp();
    await meeting.apply({ type: 'goToPoint', handle, agendaItemId: 'p1' });
    await service.addEntry(handle, { kind: 'contribution', text: 'Une idée', shown: true });
    await meeting.apply({ type: 'showWall' });
    expect(hub.state.wall?.notes.map((n) => n.text)).toEqual(['Une idée']);
    await service.addEntry(handle, { kind: 'contribution', text: 'Une autre', shown: true, votes: 3 });
    expect(hub.state.wall?.notes.map((n) => n.text)).toEqual(['Une idée', 'Une autre']);
    await meeting.apply({ type: 'nextPoint' });
    expect(hub.state.wall ?? null).toBeNull();
    await close();
  });
});
