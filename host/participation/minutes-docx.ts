// The participation section of the DOCX minutes: a heading, the phones connected, and a real
// table per prompt (core/participation/minutes.ts gives the content).
import { HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { PARTICIPATION_HEADING, type MinutesParticipation } from '../../core/participation/minutes.js';

export function participationDocx(p: MinutesParticipation, clean: (text: string) => string): (Paragraph | Table)[] {
  const text = (t: string, options: { bold?: boolean; italics?: boolean } = {}) => new Paragraph({ children: [new TextRun({ text: clean(t), ...options })] });
  const out: (Paragraph | Table)[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(PARTICIPATION_HEADING)] }), text(p.intro)];
  for (const t of p.tables) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(clean(t.title))] }));
    if (t.instruction) out.push(text(t.instruction, { italics: true }));
    if (t.rows.length === 0) {
      out.push(text('Aucune réponse.', { italics: true }));
      continue;
    }
    const cell = (c: string, header = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: clean(c), bold: header })] })] });
    out.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [new TableRow({ tableHeader: true, children: t.headers.map((h) => cell(h, true)) }), ...t.rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
      }),
    );
    if (t.summary) out.push(text(t.summary));
  }
  return out;
}
