// The participation section of the minutes: phones connected, and per prompt a table
// (contributions with their votes, questions by upvotes, poll results). One model, three
// renderings (Markdown, HTML for the PDF, DOCX in host/participation/minutes-docx.ts).
import type { ParticipationRecord, RecordedActivity } from './record.js';

export interface MinutesParticipationTable {
  /** « Idées (post-it) — Que faudrait-il… ? » */
  title: string;
  instruction?: string;
  headers: string[];
  rows: string[][];
  /** « 23 réponses · moyenne 3,4 sur 5 » */
  summary?: string;
}

export interface MinutesParticipation {
  /** « 42 téléphones connectés au cours de la séance. » */
  intro: string;
  tables: MinutesParticipationTable[];
}

export const PARTICIPATION_HEADING = 'Participation depuis les téléphones';
const NB = '\u00a0';
const plural = (n: number, one: string, many: string) => `${n}${NB}${n > 1 ? many : one}`;

function table(a: RecordedActivity): MinutesParticipationTable {
  const base = { title: a.title, ...(a.instruction ? { instruction: a.instruction } : {}) };
  if (a.kind === 'poll') {
    const sum = a.rows.reduce((s, r) => s + r.count, 0);
    const paper = a.rows.some((r) => (r.paper ?? 0) > 0);
    const summary = [plural(a.total ?? 0, 'réponse', 'réponses')];
    if (a.mean !== undefined) summary.push(`moyenne ${String(a.mean).replace('.', ',')} sur 5`);
    return {
      ...base,
      title: `Sondage${NB}: ${a.title}`,
      headers: ['Réponse', 'Voix', ...(paper ? ['dont papier ou main levée'] : []), 'Part'],
      rows: a.rows.map((r) => [r.label, String(r.count), ...(paper ? [String(r.paper ?? 0)] : []), `${sum ? Math.round((100 * r.count) / sum) : 0}${NB}%`]),
      summary: summary.join(' · '),
    };
  }
  if (a.kind === 'questions') {
    return { ...base, title: `Questions${NB}: ${a.title}`, headers: ['Question', 'Soutiens'], rows: a.rows.map((r) => [r.label, String(r.count)]) };
  }
  return { ...base, title: `Idées${NB}: ${a.title}`, headers: ['Contribution', 'Votes', 'Auteur'], rows: a.rows.map((r) => [r.label, String(r.count), r.participant === 'papier' ? 'papier' : 'téléphone']) };
}

export function participationMinutes(record: ParticipationRecord | undefined): MinutesParticipation | undefined {
  const openings = record?.openings ?? [];
  if (openings.length === 0) return undefined;
  const phones = openings.reduce((s, o) => s + o.phones, 0);
  return {
    intro: `${plural(phones, 'téléphone connecté', 'téléphones connectés')} au cours de la séance${openings.length > 1 ? ` (${openings.length}${NB}ouvertures de la participation)` : ''}.`,
    tables: openings.flatMap((o) => o.activities).map(table),
  };
}

/** Markdown, with the caller's escaping of inline text. */
export function participationMarkdown(p: MinutesParticipation, inline: (text: string) => string): string[] {
  const out = [`## ${PARTICIPATION_HEADING}`, '', inline(p.intro), ''];
  for (const t of p.tables) {
    out.push(`### ${inline(t.title)}`, '');
    if (t.instruction) out.push(`*${inline(t.instruction)}*`, '');
    if (t.rows.length === 0) {
      out.push('Aucune réponse.', '');
      continue;
    }
    out.push(`| ${t.headers.map(inline).join(' | ')} |`, `| ${t.headers.map(() => '---').join(' | ')} |`);
    out.push(...t.rows.map((r) => `| ${r.map((c) => inline(c) || ' ').join(' | ')} |`), '');
    if (t.summary) out.push(inline(t.summary), '');
  }
  return out;
}

/** HTML (the printable minutes), with the caller's escaping. */
export function participationHtml(p: MinutesParticipation, escape: (text: string) => string): string[] {
  const parts = [`<h2>${escape(PARTICIPATION_HEADING)}</h2>`, `<p>${escape(p.intro)}</p>`];
  for (const t of p.tables) {
    parts.push(`<h3>${escape(t.title)}</h3>`);
    if (t.instruction) parts.push(`<p class="empty">${escape(t.instruction)}</p>`);
    if (t.rows.length === 0) {
      parts.push(`<p class="empty">Aucune réponse.</p>`);
      continue;
    }
    parts.push(
      `<table><thead><tr>${t.headers.map((h) => `<th>${escape(h)}</th>`).join('')}</tr></thead><tbody>` +
        t.rows.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('') +
        `</tbody></table>`,
    );
    if (t.summary) parts.push(`<p>${escape(t.summary)}</p>`);
  }
  return parts;
}
