// Minutes as a standalone, print-ready HTML page (A4): printed to PDF by Chromium
// (Electron's printToPDF, Playwright's page.pdf()). No external resource: it works offline.
import { NOTHING_RECORDED, personLabel, votesLabel, type MinutesDocument } from './build.js';
import { participationHtml } from '../participation/minutes.js';

const NB = '\u00A0';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `
@page { size: A4; margin: 18mm 16mm 20mm; }
* { box-sizing: border-box; }
body { font-family: "Atkinson Hyperlegible", "Liberation Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.4; color: #111; margin: 0; }
h1 { font-size: 20pt; margin: 0 0 4pt; }
h2 { font-size: 14pt; margin: 16pt 0 6pt; border-bottom: 1pt solid #999; padding-bottom: 2pt; break-after: avoid; }
h3 { font-size: 12pt; margin: 10pt 0 4pt; break-after: avoid; }
.meta { margin: 0 0 10pt; }
.meta p { margin: 2pt 0; }
.decision { font-weight: bold; }
.empty { font-style: italic; color: #444; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1pt solid #555; padding: 4pt 6pt; text-align: left; vertical-align: top; }
th { background: #e6e6e6; }
tr { break-inside: avoid; }
ul, ol { margin: 2pt 0 6pt; padding-left: 18pt; }
`;

export function minutesHtml(doc: MinutesDocument): string {
  const e = escapeHtml;
  const list = (items: string[], tag: 'ul' | 'ol' = 'ul'): string => `<${tag}>${items.map((i) => `<li>${i}</li>`).join('')}</${tag}>`;
  const parts: string[] = [];
  parts.push(`<h1>${e(doc.documentLabel)}${NB}: ${e(doc.title)}</h1>`);
  parts.push(
    `<div class="meta"><p><strong>${e(doc.typeLabel)}</strong></p><p><strong>Date${NB}:</strong> ${e(doc.dateText)}</p>` +
      (doc.place ? `<p><strong>Lieu${NB}:</strong> ${e(doc.place)}</p>` : '') +
      `</div>`,
  );
  parts.push(`<h2>Présents</h2>`, doc.present.length ? list(doc.present.map((p) => e(personLabel(p)))) : `<p class="empty">(non renseigné)</p>`);
  if (doc.excused.length) parts.push(`<h2>Excusés</h2>`, list(doc.excused.map((p) => e(personLabel(p)))));
  if (doc.variant === 'compte-rendu' && doc.agenda.length) parts.push(`<h2>Ordre du jour</h2>`, list(doc.agenda.map(e), 'ol'));
  for (const item of doc.items) {
    parts.push(`<h2>${e(item.title)}</h2>`);
    parts.push(...item.notes.map((n) => `<p>${e(n)}</p>`));
    if (item.contributionGroups.length) {
      parts.push(`<h3>Contributions</h3>`);
      for (const g of item.contributionGroups) {
        if (g.label) parts.push(`<p><strong>${e(g.label)}</strong></p>`);
        parts.push(list(g.contributions.map((c) => `${e(c.text)} (${votesLabel(c.votes)})`)));
      }
    }
    if (item.questions.length) parts.push(`<h3>Questions</h3>`, list(item.questions.map(e)));
    if (item.decisions.length) {
      parts.push(`<h3>Décisions</h3>`, list(item.decisions.map((d) => `<span class="decision">Décision${NB}:</span> ${e(d)}`)));
    }
    if (!item.notes.length && !item.contributionGroups.length && !item.questions.length && !item.decisions.length) {
      parts.push(`<p class="empty">${e(NOTHING_RECORDED)}</p>`);
    }
  }
  if (doc.participation) parts.push(...participationHtml(doc.participation, e));
  parts.push(`<h2>Plan d’action</h2>`);
  if (doc.actions.length) {
    parts.push(
      `<table><thead><tr><th>Action</th><th>Responsable</th><th>Partenaires</th><th>Échéance</th></tr></thead><tbody>` +
        doc.actions
          .map((a) => `<tr><td>${e(a.action)}</td><td>${e(a.responsable)}</td><td>${e(a.partenaires)}</td><td>${e(a.echeance)}</td></tr>`)
          .join('') +
        `</tbody></table>`,
    );
  } else parts.push(`<p class="empty">Aucune action n’a été décidée.</p>`);
  return (
    `<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">` +
    `<title>${e(doc.documentLabel)} – ${e(doc.title)}</title><style>${STYLE}</style></head>` +
    `<body>${parts.join('\n')}</body></html>\n`
  );
}
