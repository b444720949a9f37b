// Minutes as a standalone, print-ready HTML page (A4): printed to PDF by Chromium
// (Electron's printToPDF, Playwright's page.pdf()). No external resource: it works offline.
import { headerLines, personLabel, quietLine, votesLabel, type MinutesDocument } from './build.js';
import { actionLine } from './markdown.js';
import { participationHtml } from '../participation/minutes.js';

const NB = '\u00A0';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

// Noto Sans (bundled by the print page, renderer/session/MinutesPrintRoute.tsx): a plain
// zero, where the app's Atkinson Hyperlegible slashes it (2Ø26 in a date reads badly).
// Page margin boxes number the pages and, being set, keep the browser's own header and
// footer (the page's address, the date) off the printed page.
const style = (running: string): string => `
@page { size: A4; margin: 18mm 16mm 20mm;
  @top-center { content: "${cssString(running)}"; font: 9pt "Noto Sans", Arial, sans-serif; color: #444; }
  @bottom-center { content: "Page " counter(page) " sur " counter(pages); font: 9pt "Noto Sans", Arial, sans-serif; color: #444; }
  @top-left { content: ""; } @top-right { content: ""; } @bottom-left { content: ""; } @bottom-right { content: ""; }
}
* { box-sizing: border-box; }
body { font-family: "Noto Sans", "Liberation Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.4; color: #111; margin: 0; }
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

/** A CSS string's content: quotes and backslashes escaped, one line. */
function cssString(text: string): string {
  return text.replace(/[\\"]/g, '\\$&').replace(/[\r\n]+/g, ' ').replace(/</g, '\\3C ');
}

export function minutesHtml(doc: MinutesDocument): string {
  const e = escapeHtml;
  const list = (items: string[], tag: 'ul' | 'ol' = 'ul'): string => `<${tag}>${items.map((i) => `<li>${i}</li>`).join('')}</${tag}>`;
  const parts: string[] = [];
  parts.push(`<h1>${e(doc.documentLabel)}${NB}: ${e(doc.title)}</h1>`);
  parts.push(
    `<div class="meta">${headerLines(doc).map((l) => `<p><strong>${e(l.label)}${NB}:</strong> ${e(l.value)}</p>`).join('')}</div>`,
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
      parts.push(`<h3>Décisions</h3>`, list(item.decisions.map((d) => e(d))));
    }
    if (item.actions.length) parts.push(`<h3>Actions</h3>`, list(item.actions.map((a) => e(actionLine(a)))));
  }
  if (doc.quietItems.length) parts.push(`<p class="empty">${e(quietLine(doc))}</p>`);
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
    `<title>${e(doc.documentLabel)} – ${e(doc.title)}</title><style>${style(`${doc.title} – ${doc.dateText}`)}</style></head>` +
    `<body>${parts.join('\n')}</body></html>\n`
  );
}
