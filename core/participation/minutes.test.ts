import { describe, expect, it } from 'vitest';
import { buildMinutes } from '../minutes/build.js';
import { minutesHtml } from '../minutes/html.js';
import { minutesMarkdown } from '../minutes/markdown.js';
import { createFromTemplate } from '../session/templates.js';
import type { ParticipationRecord } from './record.js';

const record: ParticipationRecord = {
  openings: [
    {
      openedAt: '2026-05-16T08:00:00.000Z',
      phones: 23,
      activities: [
        { kind: 'contributions', title: 'Que faudrait-il pour mieux se loger ?', rows: [{ label: 'Des logements <passerelles>', count: 7, participant: 'T3' }, { label: 'Une colocation seniors', count: 2, participant: 'papier' }] },
        { kind: 'poll', title: 'Satisfaction', mode: 'scale', rows: ['1', '2', '3', '4', '5'].map((label, i) => ({ label, count: i, paper: i === 4 ? 2 : 0 })), total: 10, mean: 3.8 },
        { kind: 'questions', title: 'Vos questions', rows: [{ label: 'Et le bus du samedi ?', count: 12, participant: 'T5' }] },
      ],
    },
  ],
};

function session() {
  const s = createFromTemplate('forum-habiter-le-diois', { date: '2026-05-16', id: 'x', now: '2026-05-16T08:00:00.000Z' });
  return { ...s, participation: record };
}

describe('participation in the minutes', () => {
  it('Markdown: phones, contributions with votes, poll as a table, questions by upvotes', () => {
    const md = minutesMarkdown(buildMinutes(session()));
    expect(md).toContain('## Participation depuis les téléphones');
    expect(md).toContain('23\u00a0téléphones connectés au cours de la séance.');
    expect(md).toContain('| Des logements \\<passerelles\\> | 7 | téléphone |');
    expect(md).toContain('| Une colocation seniors | 2 | papier |');
    expect(md).toContain('| 5 | 4 | 2 | 40\u00a0% |');
    expect(md).toContain('10\u00a0réponses · moyenne 3,8 sur 5');
    expect(md).toContain('| Et le bus du samedi ? | 12 |');
    expect(md.indexOf('Participation depuis')).toBeLessThan(md.indexOf('Plan d’action'));
  });

  it('HTML (PDF): tables, text escaped; the relevé de décisions leaves it out', () => {
    const html = minutesHtml(buildMinutes(session()));
    expect(html).toContain('<h2>Participation depuis les téléphones</h2>');
    expect(html).toContain('<td>Des logements &lt;passerelles&gt;</td>');
    expect(minutesHtml(buildMinutes(session(), 'releve'))).not.toContain('Participation depuis');
  });
});
