// Minutes as Markdown: readable as plain text, convertible by any Markdown tool.
import { headerLines, personLabel, quietLine, votesLabel, type MinutesAction, type MinutesDocument } from './build.js';
import { participationMarkdown } from '../participation/minutes.js';

const NB = '\u00A0';

/** Escapes what Markdown would read as inline formatting; a user's line stays one line. */
export function mdInline(text: string): string {
  return text.replace(/\r?\n+/g, ' ').replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

/** A paragraph of its own: also a line that would start a list is escaped. */
export function mdText(text: string): string {
  return mdInline(text)
    .replace(/^(\s*)(\d+)([.)]\s)/, '$1$2\\$3')
    .replace(/^(\s*)([-+])(\s)/, '$1\\$2$3');
}

const cell = (text: string): string => mdInline(text) || ' ';

export function minutesMarkdown(doc: MinutesDocument): string {
  const out: string[] = [];
  out.push(`# ${doc.documentLabel}${NB}: ${mdInline(doc.title)}`, '');
  out.push(...headerLines(doc).map((l) => `**${l.label}${NB}:** ${mdInline(l.value)}  `));
  out.push('');
  out.push('## Présents', '');
  out.push(...(doc.present.length ? doc.present.map((p) => `- ${mdInline(personLabel(p))}`) : ['- (non renseigné)']), '');
  if (doc.excused.length) out.push('## Excusés', '', ...doc.excused.map((p) => `- ${mdInline(personLabel(p))}`), '');
  if (doc.variant === 'compte-rendu' && doc.agenda.length) {
    out.push('## Ordre du jour', '', ...doc.agenda.map((a, i) => `${i + 1}. ${mdInline(a)}`), '');
  }
  for (const item of doc.items) {
    out.push(`## ${mdInline(item.title)}`, '');
    if (item.notes.length) out.push(...item.notes.map((n) => mdText(n)).flatMap((n) => [n, '']));
    if (item.contributionGroups.length) {
      out.push('### Contributions', '');
      for (const g of item.contributionGroups) {
        if (g.label) out.push(`**${mdInline(g.label)}**`, '');
        out.push(...g.contributions.map((c) => `- ${mdInline(c.text)} (${votesLabel(c.votes)})`), '');
      }
    }
    if (item.questions.length) out.push('### Questions', '', ...item.questions.map((q) => `- ${mdInline(q)}`), '');
    if (item.decisions.length) out.push('### Décisions', '', ...item.decisions.map((d) => `- ${mdInline(d)}`), '');
    if (item.actions.length) out.push('### Actions', '', ...item.actions.map((a) => `- ${mdInline(actionLine(a))}`), '');
  }
  if (doc.quietItems.length) out.push(`*${mdInline(quietLine(doc))}*`, '');
  if (doc.participation) out.push(...participationMarkdown(doc.participation, mdInline));
  out.push('## Plan d’action', '');
  if (doc.actions.length) {
    out.push('| Action | Responsable | Partenaires | Échéance |', '| --- | --- | --- | --- |');
    out.push(...doc.actions.map((a) => `| ${cell(a.action)} | ${cell(a.responsable)} | ${cell(a.partenaires)} | ${cell(a.echeance)} |`));
  } else out.push('Aucune action n’a été décidée.');
  out.push('');
  return out.join('\n');
}

/** « Rédiger la fiche (Marie Durand, avec la MSA, pour le 15 janvier 2027) » */
export function actionLine(a: MinutesAction): string {
  const details = [a.responsable, a.partenaires && `avec ${a.partenaires}`, a.echeance && `échéance\u00A0: ${a.echeance}`].filter(Boolean);
  return details.length ? `${a.action} (${details.join(', ')})` : a.action;
}
