// Minutes as a Word document (.docx), built with the `docx` library: real heading styles
// (the navigation pane and table of contents of Word/LibreOffice see them) and a real table
// for the action plan.
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { NOTHING_RECORDED, personLabel, votesLabel, type MinutesDocument } from '../../core/minutes/build.js';
import { participationDocx } from '../participation/minutes-docx.js';

const NB = '\u00A0';

// Word refuses XML control characters; a pasted text may contain some.
const clean = (text: string): string => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

const para = (text: string, options: { bold?: boolean; italics?: boolean } = {}): Paragraph =>
  new Paragraph({ children: [new TextRun({ text: clean(text), ...options })] });

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph =>
  new Paragraph({ heading: level, children: [new TextRun(clean(text))] });

const bullet = (runs: TextRun[]): Paragraph => new Paragraph({ bullet: { level: 0 }, children: runs });

function actionTable(doc: MinutesDocument): Table {
  const cell = (text: string, header = false): TableCell =>
    new TableCell({
      children: [new Paragraph({ children: [new TextRun({ text: clean(text), bold: header })] })],
    });
  const header = new TableRow({
    tableHeader: true,
    children: ['Action', 'Responsable', 'Partenaires', 'Échéance'].map((t) => cell(t, true)),
  });
  const rows = doc.actions.map((a) => new TableRow({ children: [a.action, a.responsable, a.partenaires, a.echeance].map((t) => cell(t)) }));
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

export function minutesDocx(doc: MinutesDocument): Document {
  const children: (Paragraph | Table)[] = [];
  children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(clean(`${doc.documentLabel}${NB}: ${doc.title}`))] }));
  children.push(para(doc.typeLabel, { bold: true }));
  children.push(new Paragraph({ children: [new TextRun({ text: `Date${NB}: `, bold: true }), new TextRun(clean(doc.dateText))] }));
  if (doc.place) children.push(new Paragraph({ children: [new TextRun({ text: `Lieu${NB}: `, bold: true }), new TextRun(clean(doc.place))] }));
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
    if (item.decisions.length) {
      children.push(
        heading('Décisions', HeadingLevel.HEADING_2),
        ...item.decisions.map((d) => bullet([new TextRun({ text: `Décision${NB}: `, bold: true }), new TextRun(clean(d))])),
      );
    }
    if (!item.notes.length && !item.contributionGroups.length && !item.questions.length && !item.decisions.length) {
      children.push(para(NOTHING_RECORDED, { italics: true }));
    }
  }
  if (doc.participation) children.push(...participationDocx(doc.participation, clean));
  children.push(heading('Plan d’action', HeadingLevel.HEADING_1));
  children.push(doc.actions.length ? actionTable(doc) : para('Aucune action n’a été décidée.', { italics: true }));
  return new Document({
    creator: 'CTG Diois',
    title: `${doc.documentLabel} – ${clean(doc.title)}`,
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [{ properties: {}, children }],
  });
}

/** The .docx file's bytes. */
export async function minutesDocxBytes(doc: MinutesDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(minutesDocx(doc)));
}
