// Reads a PDF with poppler's command-line tools: page sizes (pdfinfo), text (pdftotext),
// and a page as PNG (pdftoppm) to look at.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PdfPageSize {
  widthPt: number;
  heightPt: number;
}

export async function pdfPageSizes(file: string): Promise<PdfPageSize[]> {
  const { stdout } = await run('pdfinfo', ['-f', '1', '-l', '100000', file]);
  const sizes: PdfPageSize[] = [];
  for (const m of stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)) {
    sizes.push({ widthPt: Number(m[1]), heightPt: Number(m[2]) });
  }
  return sizes;
}

/** The text of the PDF, whitespace collapsed (titles wrap across lines). */
export async function pdfText(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return normaliseText(stdout);
}

/** One text per page (pdftotext separates pages with a form feed). */
export async function pdfPageTexts(file: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout.split('\f').slice(0, -1).map(normaliseText);
}

export function normaliseText(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** Renders one page to `<prefix>.png` at `dpi`. */
export async function pdfPageToPng(file: string, page: number, prefix: string, dpi = 60): Promise<string> {
  await run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
  return `${prefix}.png`;
}
