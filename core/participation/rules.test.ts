import { describe, expect, it } from 'vitest';
import type { ParticipationState } from './model.js';
import { recordOpening } from './record.js';
import { dotsChart, pollChart } from './results.js';
import {
  addPaperItem,
  answerPoll,
  closeActivity,
  closeExpired,
  editOwnItem,
  initialParticipation,
  joinPhone,
  moderate,
  revealResults,
  setDots,
  setPaperAnswers,
  setPaperVotes,
  startActivity,
  submitItem,
  toggleUpvote,
  withdrawOwnItem,
  type Outcome,
} from './rules.js';
import { phoneView } from './views.js';

function ok(outcome: Outcome): ParticipationState & { lastId?: string } {
  if (!outcome.ok) throw new Error(outcome.message);
  return Object.assign(outcome.state, outcome.id ? { lastId: outcome.id } : {});
}

function room(phones: string[]): ParticipationState {
  let s = initialParticipation('4K7M3P', 0);
  for (const t of phones) s = ok(joinPhone(s, t, t === 'alice' ? 'Alice' : '', 0));
  return s;
}

describe('contributions and moderation', () => {
  it('a phone posts, edits and withdraws its own post-it only while it waits for the facilitator', () => {
    let s = ok(startActivity(room(['alice', 'bob']), { kind: 'contributions', title: 'Quels besoins pour les jeunes ?', minutes: 5 }, 0));
    const activityId = s.activeId!;
    s = ok(submitItem(s, 'alice', activityId, 'Un local jeunes', 1_000));
    const mine = s.lastId!;
    expect(editOwnItem(s, 'bob', mine, 'piraté')).toMatchObject({ ok: false });
    s = ok(editOwnItem(s, 'alice', mine, 'Un local jeunes à Die'));
    expect(phoneView(s, 'alice', null, 0).activity!.mine).toEqual([{ id: mine, text: 'Un local jeunes à Die', status: 'en attente' }]);
    // Nothing of the queue reaches another phone; nobody's identity ever does.
    expect(phoneView(s, 'bob', null, 0).activity!.mine).toEqual([]);
    expect(JSON.stringify(phoneView(s, 'bob', null, 0))).not.toContain('Un local');
    s = ok(moderate(s, { op: 'approve', itemId: mine }));
    expect(editOwnItem(s, 'alice', mine, 'encore')).toMatchObject({ ok: false });
    expect(withdrawOwnItem(s, 'alice', mine)).toMatchObject({ ok: false });
    const bobView = JSON.stringify(phoneView(s, 'bob', null, 0));
    expect(bobView).toContain('Un local jeunes à Die');
    expect(bobView).not.toContain('Alice');
    expect(bobView).not.toContain('alice');
  });

  it('the countdown closes the prompt to new post-its', () => {
    let s = ok(startActivity(room(['bob']), { kind: 'contributions', title: 'Idées', minutes: 1 }, 0));
    expect(submitItem(s, 'bob', s.activeId!, 'avant', 59_999).ok).toBe(true);
    expect(submitItem(s, 'bob', s.activeId!, 'après', 60_000)).toEqual({ ok: false, message: 'Cette question est close\u00a0: merci pour vos réponses.' });
    s = closeExpired(s, 60_000);
    expect(s.activities[0]!.closed).toBe(true);
    expect(phoneView(s, 'bob', null, 60_000).activity!.closed).toBe(true);
  });

  it('auto-approve puts post-its on the wall at once; a stranger cannot post', () => {
    let s = ok(startActivity(room(['bob']), { kind: 'questions', title: 'Vos questions', autoApprove: true }, 0));
    s = ok(submitItem(s, 'bob', s.activeId!, 'Et le transport ?', 1));
    expect(s.items[0]!.status).toBe('approuvée');
    expect(submitItem(s, 'mallory', s.activeId!, 'spam', 2)).toMatchObject({ ok: false });
  });

  it('merging duplicates keeps one post-it and adds their upvotes; paper counts too', () => {
    let s = ok(startActivity(room(['a', 'b', 'c']), { kind: 'questions', title: 'Questions', autoApprove: true }, 0));
    const q = s.activeId!;
    s = ok(submitItem(s, 'a', q, 'Horaires du bus ?', 1));
    const first = s.lastId!;
    s = ok(submitItem(s, 'b', q, 'Les horaires de bus ?', 2));
    const dup = s.lastId!;
    s = ok(toggleUpvote(s, 'c', first, 3));
    s = ok(toggleUpvote(s, 'a', dup, 3));
    s = ok(toggleUpvote(s, 'c', dup, 3));
    s = ok(moderate(s, { op: 'merge', intoId: first, itemIds: [dup] }));
    s = ok(setPaperVotes(s, q, first, 4));
    const view = phoneView(s, 'b', null, 5).activity!;
    expect(view.wall).toEqual([{ id: first, text: 'Horaires du bus ?', upvotes: 6, upvoted: false }]);
    expect(view.mine).toEqual([{ id: dup, text: 'Les horaires de bus ?', status: 'fusionnée' }]);
    // Upvote toggles: one per phone.
    s = ok(toggleUpvote(s, 'c', first, 6));
    expect(phoneView(s, 'c', null, 6).activity!.wall[0]!.upvotes).toBe(5);
  });
});

describe('dot votes', () => {
  it('N dots each, stackable, results hidden until revealed, paper dots counted', () => {
    let s = ok(startActivity(room(['a', 'b']), { kind: 'contributions', title: 'Idées', autoApprove: true }, 0));
    const source = s.activeId!;
    s = ok(submitItem(s, 'a', source, 'Covoiturage', 1));
    const car = s.lastId!;
    s = ok(addPaperItem(s, source, 'Épicerie solidaire', 2));
    const shop = s.lastId!;
    s = ok(startActivity(s, { kind: 'dots', dots: 3, sourceId: source }, 10));
    const vote = s.activeId!;
    expect(s.activities[0]!.closed).toBe(true); // starting a vote closes the idea round
    s = ok(setDots(s, 'a', car, 2, 11));
    s = ok(setDots(s, 'a', shop, 1, 11));
    expect(setDots(s, 'a', shop, 2, 12)).toMatchObject({ ok: false }); // 4 > 3 dots
    s = ok(setDots(s, 'b', shop, 3, 12));
    s = ok(setPaperVotes(s, vote, car, 5));
    expect(phoneView(s, 'b', null, 12).activity!.results).toBeUndefined();
    s = ok(revealResults(s, vote, true));
    const chart = phoneView(s, 'b', null, 12).activity!.results!;
    expect(chart.bars.map((b) => [b.label, b.count, b.paper])).toEqual([
      ['Covoiturage', 7, 5],
      ['Épicerie solidaire', 4, 0],
    ]);
    expect(dotsChart(s, s.activities[1] as never).total).toBe(11);
    // The minutes fold the dots into the post-its.
    expect(recordOpening(s).activities[0]!.rows).toEqual([
      { label: 'Covoiturage', count: 7, participant: 'T1' },
      { label: 'Épicerie solidaire', count: 4, participant: 'papier' },
    ]);
  });
});

describe('polls', () => {
  it('one choice, several choices and a 1–5 scale, with a show of hands in the same results', () => {
    let s = ok(startActivity(room(['a', 'b', 'c']), { kind: 'poll', title: 'Un seul choix', mode: 'single', options: ['Oui', 'Non'] }, 0));
    expect(answerPoll(s, 'a', [0, 1], 1)).toMatchObject({ ok: false, message: 'Une seule réponse est possible.' });
    expect(answerPoll(s, 'a', [2], 1)).toMatchObject({ ok: false });
    s = ok(answerPoll(s, 'a', [1], 1));
    s = ok(answerPoll(s, 'a', [0], 2)); // changes its mind: counted once
    s = ok(answerPoll(s, 'b', [0], 2));
    s = ok(setPaperAnswers(s, s.activeId!, [3, 4]));
    const single = pollChart(s, s.activities[0] as never);
    expect(single.bars.map((b) => [b.label, b.count, b.percent])).toEqual([
      ['Oui', 5, 56],
      ['Non', 4, 44],
    ]);
    expect(single.total).toBe(9);

    s = ok(startActivity(s, { kind: 'poll', title: 'Plusieurs', mode: 'multiple', options: ['Bus', 'Vélo', 'Voiture'] }, 3));
    expect(answerPoll(s, 'a', [0, 1], 3).ok).toBe(true); // several choices are allowed here
    s = ok(answerPoll(s, 'a', [0, 2], 3));
    s = ok(answerPoll(s, 'b', [2], 3));
    expect(pollChart(s, s.activities[1] as never).bars.map((b) => b.count)).toEqual([1, 0, 2]);

    s = ok(startActivity(s, { kind: 'poll', title: 'Satisfaction', mode: 'scale' }, 4));
    s = ok(answerPoll(s, 'a', [4], 4));
    s = ok(answerPoll(s, 'b', [1], 4));
    s = ok(answerPoll(s, 'c', [2], 4));
    const scale = pollChart(s, s.activities[2] as never);
    expect(scale.bars.map((b) => b.label)).toEqual(['1', '2', '3', '4', '5']);
    expect(scale.mean).toBe(3.3);
    s = ok(closeActivity(s, s.activeId!, 5));
    expect(answerPoll(s, 'a', [0], 6)).toMatchObject({ ok: false });
    const record = recordOpening(s);
    expect(record.phones).toBe(3);
    expect(record.activities.map((a) => [a.title, a.total])).toEqual([
      ['Un seul choix', 9],
      ['Plusieurs', 2],
      ['Satisfaction', 3],
    ]);
  });

  it('refuses a poll with fewer than two choices', () => {
    expect(startActivity(room([]), { kind: 'poll', title: 'Vide', mode: 'single', options: ['Seul'] }, 0)).toMatchObject({ ok: false });
  });
});
