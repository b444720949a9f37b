// Every session template fits its meeting (MEETING_MINUTES: COPIL 2 h 30, forum 2 h, atelier 2 h)
// with the real decks of slides/: it chooses the decks and workshops it has room for instead of
// stacking them all. And every deck states its slides' time and each workshop's time.
import { describe, expect, it } from 'vitest';
import { deckTiming } from '../../core/deck/timing.js';
import { plannedMinutes } from '../../core/session/model.js';
import { sessionSchema } from '../../core/session/schema.js';
import { chooseWorkshops, createFromTemplate, EVALUATION_DECKS, MEETING_MINUTES, TEMPLATE_IDS, type TemplateDeck } from '../../core/session/templates.js';
import { isThematique, loadDecks } from './content-load.js';

const NOW = '2026-03-03T14:00:00.000Z';
const decks = loadDecks();
const library: TemplateDeck[] = decks.map((d) => {
  const t = deckTiming(d);
  return {
    id: d.meta.id,
    title: d.meta.title,
    durationMinutes: t.slidesMinutes,
    prompts: t.workshops.map((w) => w.question),
    workshops: t.workshops.map((w) => ({ question: w.question, method: w.method, durationMinutes: w.durationMinutes })),
  };
});
const timing = new Map(decks.map((d) => [d.meta.id, deckTiming(d)]));

/** Every session the templates can make: each template, and the workshop on each theme. */
function everySession() {
  const themes = decks.filter(isThematique).map((d) => d.meta.id);
  return TEMPLATE_IDS.flatMap((template) =>
    (template === 'atelier-thematique' ? themes : [undefined]).flatMap((deckId) =>
      [library, undefined].map((given) => ({
        label: `${template}${deckId ? ` (${deckId})` : ''}${given ? '' : ', sans bibliothèque'}`,
        template,
        session: createFromTemplate(template, { id: 'x', now: NOW, date: '2026-03-03', ...(deckId ? { deckId } : {}), ...(given ? { decks: given } : {}) }),
      })),
    ),
  );
}

describe('each deck states its time', () => {
  it.each(decks.map((d) => [d.file, d] as const))('%s: slides and each workshop have a duration; a workshop on the deck fits a 2-hour atelier', (_file, deck) => {
    const t = deckTiming(deck);
    expect(t.slidesMinutes).toBeGreaterThan(0);
    for (const w of t.workshops) expect(w.durationMinutes).toBeGreaterThan(0);
    expect(t.totalMinutes).toBe(t.slidesMinutes + t.workshops.reduce((n, w) => n + w.durationMinutes, 0));
    // Welcome (15) and synthesis (15) around the deck and all its workshops.
    expect(15 + t.totalMinutes + 15, deck.file).toBeLessThanOrEqual(MEETING_MINUTES['atelier-thematique']);
  });

  it('the fallback durations of the templates are the decks’ own', () => {
    for (const fallback of EVALUATION_DECKS) expect(fallback.durationMinutes, fallback.id).toBe(timing.get(fallback.id)?.slidesMinutes);
  });

  it('stacking every workshop of every deck would not fit any meeting: templates must choose', () => {
    const all = [...timing.values()].reduce((n, t) => n + t.totalMinutes, 0);
    expect(all).toBeGreaterThan(Math.max(...Object.values(MEETING_MINUTES)));
  });
});

describe('each template fits its meeting', () => {
  it.each(everySession().map((s) => [s.label, s] as const))('%s', (_label, { template, session }) => {
    expect(sessionSchema.safeParse(session).success).toBe(true);
    expect(plannedMinutes(session)).toBeLessThanOrEqual(MEETING_MINUTES[template]);
    expect(plannedMinutes(session)).toBeGreaterThanOrEqual(MEETING_MINUTES[template] / 2);
    for (const item of session.agenda) {
      if (item.kind !== 'deck') continue;
      const t = timing.get(item.deckId)!;
      const chosen = t.workshops.filter((w) => item.prompts?.includes(w.question));
      // A deck item lasts its slides plus the workshops chosen for it, no more.
      if (session.agenda.length && item.prompts?.length) expect(item.durationMinutes).toBe(t.slidesMinutes + chosen.reduce((n, w) => n + w.durationMinutes, 0));
    }
  });

  it('the COPIL presents the evaluation and only the conclusion workshops it has room for', () => {
    const s = createFromTemplate('copil-ctg', { id: 'c', now: NOW, date: '2026-03-03', decks: library });
    const conclusion = s.agenda.find((a) => a.kind === 'deck' && a.deckId === 'conclusion')!;
    const all = timing.get('conclusion')!.workshops;
    expect(conclusion.prompts?.length ?? 0).toBeGreaterThan(0);
    expect(conclusion.prompts!.length).toBeLessThan(all.length);
  });

  it('a vote comes after the workshop that gathers what it ranks', () => {
    for (const { label, session } of everySession()) {
      const firstVote = session.agenda.findIndex((a) => /gommettes/i.test(a.title));
      if (firstVote < 0) continue;
      const gathered = session.agenda.slice(0, firstVote).some((a) => (a.prompts?.length ?? 0) > 0 && a.wall);
      expect(gathered, label).toBe(true);
    }
  });
});

describe('chooseWorkshops', () => {
  const w = (method: string, durationMinutes: number) => ({ question: `${method} ${durationMinutes}`, method, durationMinutes });

  it('keeps the deck’s order, leaves out what does not fit, and never a vote with nothing gathered before it', () => {
    expect(chooseWorkshops([w('post-it', 15), w('world café', 30), w('tour de table', 15)], 35).map((x) => x.question)).toEqual(['post-it 15', 'tour de table 15']);
    expect(chooseWorkshops([w('vote à gommettes', 10), w('post-it', 15)], 40).map((x) => x.method)).toEqual(['post-it']);
    expect(chooseWorkshops([w('post-it', 15), w('vote à gommettes', 10)], 25).map((x) => x.method)).toEqual(['post-it', 'vote à gommettes']);
    expect(chooseWorkshops([w('post-it', 15)], 0)).toEqual([]);
  });
});
