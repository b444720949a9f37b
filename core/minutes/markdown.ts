// Minutes as Markdown: readable as plain text, convertible by any Markdown tool.
import { NOTHING_RECORDED, personLabel, votesLabel, type MinutesDocument } from './build.js';

const NB = '\u00A0';

/** Escapes what Markdown would read as formatting; a user's line stays one line. */
export function mdText(text: string): string {
  return text
    .replace(/\r?\n+/g, ' ')
    .replace(/([\\`*_[\]<>#|~])/g, '\\$1')
    .replace(/^(\s*)([-+]|\d+[.)])(\s)/, '$1\\$2$3');
}

const cell = (text: string): string => mdText(text) || ' ';

export function minutesMarkdown(doc: MinutesDocument): string {
  const out: string[] = [];
  out.push(`# ${doc.documentLabel}${NB}: ${mdText(doc.title)}`, '');
  out.push(`**${doc.typeLabel}**  `);
  out.push(`**Date${NB}:** ${mdText(doc.dateText)}  `);
  if (doc.place) out.push(`**Lieu${NB}:** ${mdText(doc.place)}`);
  out.push('');
  out.push('## Présents', '');
  out.push(...(doc.present.length ? doc.present.map((p) => `- ${mdText(personLabel(p))}`) : ['- (non renseigné)']), '');
  if (doc.excused.length) out.push('## Excusés', '', ...doc.excused.map((p) => `- ${mdText(personLabel(p))}`), '');
  if (doc.variant === 'compte-rendu' && doc.agenda.length) {
    out.push('## Ordre du jour', '', ...doc.agenda.map((a, i) => `${i + 1}. ${mdText(a)}`), '');
  }
  for (const item of doc.items) {
    out.push(`## ${mdText(item.title)}`, '');
    if (item.notes.length) out.push(...item.notes.map((n) => mdText(n)).flatMap((n) => [n, '']));
    if (item.contributionGroups.length) {
      out.push('### Contributions', '');
      for (const g of item.contributionGroups) {
        if (g.label) out.push(`**${mdText(g.label)}**`, '');
        out.push(...g.contributions.map((c) => `- ${mdText(c.text)} (${votesLabel(c.votes)})`), '');
      }
    }
    if (item.questions.length) out.push('### Questions', '', ...item.questions.map((q) => `- ${mdText(q)}`), '');
    if (item.decisions.length) out.push('### Décisions', '', ...item.decisions.map((d) => `- **Décision${NB}:** ${mdText(d)}`), '');
    if (!item.notes.length && !item.contributionGroups.length && !item.questions.length && !item.decisions.length) {
      out.push(`*${NOTHING_RECORDED}*`, '');
    }
  }
  out.push('## Plan d’action', '');
  if (doc.actions.length) {
    out.push('| Action | Responsable | Partenaires | Échéance |', '| --- | --- | --- | --- |');
    out.push(...doc.actions.map((a) => `| ${cell(a.action)} | ${cell(a.responsable)} | ${cell(a.partenaires)} | ${cell(a.echeance)} |`));
  } else out.push('Aucune action n’a été décidée.');
  out.push('');
  return out.join('\n');
}
