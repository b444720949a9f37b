// Minutes as a Word document (.docx), built with the `docx` library: real heading styles
// (the navigation pane and table of contents of Word/LibreOffice see them), a real table for
// the action plan, paragraph spacing, the meeting's title and date in the page header, page
// numbers in the footer, French as the document's language and the author set.
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { headerLines, personLabel, quietLine, votesLabel, type MinutesDocument } from '../../core/minutes/build.js';
import { actionLine } from '../../core/minutes/markdown.js';
import { participationDocx } from '../participation/minutes-docx.js';

const NB = '\u00A0';
const FONT = 'Arial';
/** Twentieths of a point: 6 pt after a paragraph, 1.15 line height. */
const SPACING = { after: 120, line: 276 } as const;

// Word refuses XML control characters; a pasted text may contain some.
const clean = (text: string): string => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

const para = (text: string, options: { bold?: boolean; italics?: boolean } = {}): Paragraph =>
  new Paragraph({ children: [new TextRun({ text: clean(text), ...options })] });

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph =>
  new Paragraph({ heading: level, keepNext: true, children: [new TextRun(clean(text))] });

const bullet = (runs: TextRun[]): Paragraph => new Paragraph({ bullet: { level: 0 }, children: runs });

function actionTable(doc: MinutesDocument): Table {
  const cell = (text: string, header = false): TableCell =>
    new TableCell({
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      children: [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: clean(text), bold: header })] })],
    });
  const header = new TableRow({
    tableHeader: true,
    children: ['Action', 'Responsable', 'Partenaires', 'Échéance'].map((t) => cell(t, true)),
  });
  const rows = doc.actions.map((a) => new TableRow({ cantSplit: true, children: [a.action, a.responsable, a.partenaires, a.echeance].map((t) => cell(t)) }));
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

export function minutesDocx(doc: MinutesDocument): Document {
  const children: (Paragraph | Table)[] = [];
  children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(clean(`${doc.documentLabel}${NB}: ${doc.title}`))] }));
  for (const line of headerLines(doc)) {
    children.push(new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: `${line.label}${NB}: `, bold: true }), new TextRun(clean(line.value))] }));
  }
  children.push(heading('Présents', HeadingLevel.HEADING_1));
  if (doc.present.length) children.push(...doc.present.map((p) => bullet([new TextRun(clean(personLabel(p)))])));
  else children.push(para('(non renseigné)', { italics: true }));
  if (doc.excused.length) {
    children.push(heading('Excusés', HeadingLevel.HEADING_1), ...doc.excused.map((p) => bullet([new TextRun(clean(personLabel(p)))])));
  }
  if (doc.variant === 'compte-rendu' && doc.agenda.length) {
    children.push(heading('Ordre du jour', HeadingLevel.HEADING_1), ...doc.agenda.map((a, i) => para(`${i + 1}. ${a}`)));
  }
  for (const item of doc.items) {
    children.push(heading(item.title, HeadingLevel.HEADING_1));
    children.push(...item.notes.map((n) => para(n)));
    if (item.contributionGroups.length) {
      children.push(heading('Contributions', HeadingLevel.HEADING_2));
      for (const g of item.contributionGroups) {
        if (g.label) children.push(para(g.label, { bold: true }));
        children.push(...g.contributions.map((c) => bullet([new TextRun(clean(c.text)), new TextRun({ text: ` (${votesLabel(c.votes)})`, italics: true })])));
      }
    }
    if (item.questions.length) children.push(heading('Questions', HeadingLevel.HEADING_2), ...item.questions.map((q) => bullet([new TextRun(clean(q))])));
    if (item.decisions.length) children.push(heading('Décisions', HeadingLevel.HEADING_2), ...item.decisions.map((d) => bullet([new TextRun(clean(d))])));
    if (item.actions.length) children.push(heading('Actions', HeadingLevel.HEADING_2), ...item.actions.map((a) => bullet([new TextRun(clean(actionLine(a)))])));
  }
  if (doc.quietItems.length) children.push(para(quietLine(doc), { italics: true }));
  if (doc.participation) children.push(...participationDocx(doc.participation, clean));
  children.push(heading('Plan d’action', HeadingLevel.HEADING_1));
  children.push(doc.actions.length ? actionTable(doc) : para('Aucune action n’a été décidée.', { italics: true }));

  const running = new Header({
    children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: clean(`${doc.title} – ${doc.dateText}`), size: 18, color: '555555' })] })],
  });
  const numbered = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' sur ', PageNumber.TOTAL_PAGES], size: 18, color: '555555' })],
      }),
    ],
  });
  const author = clean(doc.redacteur) || 'CTG Diois';
  return new Document({
    creator: author,
    lastModifiedBy: author,
    title: clean(`${doc.documentLabel} – ${doc.title}`),
    description: clean(`${doc.documentLabel} – ${doc.title}, ${doc.dateText}`),
    styles: {
      default: {
        document: { run: { font: FONT, size: 22, language: { value: 'fr-FR' } }, paragraph: { spacing: SPACING } },
        heading1: { run: { font: FONT, size: 28, bold: true, color: '1F3A4D' }, paragraph: { spacing: { before: 320, after: 120 } } },
        heading2: { run: { font: FONT, size: 24, bold: true, color: '1F3A4D' }, paragraph: { spacing: { before: 200, after: 80 } } },
        title: { run: { font: FONT, size: 36, bold: true }, paragraph: { spacing: { after: 200 } } },
      },
    },
    sections: [{ properties: {}, headers: { default: running }, footers: { default: numbered }, children }],
  });
}

/** The .docx file's bytes. */
export async function minutesDocxBytes(doc: MinutesDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(minutesDocx(doc)));
}
