// Finds, inside one slide's text, the lines the editor's fields stand for: the title line,
// the main text, and the `:::` blocks. Edits replace only those lines (slide-fields.ts).
import { foldText } from '../deck/text.js';
import { bare, linesWithEnds } from './deck-source.js';

export interface BlockRange {
  name: string;
  /** What follows the name on the opening line (the kind of a `schema`). */
  argument: string;
  /** Index of the `::: name` line. */
  open: number;
  /** Index of the closing `:::` line; the last line of the slide when it is missing. */
  close: number;
  /** Whether the block has its closing `:::`. */
  closed: boolean;
}

export interface SlideParts {
  lines: string[];
  /** Index of the first `#` heading line outside blocks and comments, or -1. */
  heading: number;
  blocks: BlockRange[];
  /** The main text: lines [start, end) after the title and before the first block, blank lines trimmed. */
  text: { start: number; end: number };
}

const HEADING = /^(#{1,6})[ \t]+(\S.*?)(?:[ \t]+#+)?[ \t]*$/;

export function slideParts(text: string): SlideParts {
  const lines = linesWithEnds(text);
  const blocks: BlockRange[] = [];
  let heading = -1;
  let open: BlockRange | undefined;
  let inComment = false;
  lines.forEach((line, i) => {
    const content = bare(line);
    const trimmed = content.trim();
    if (open) {
      if (trimmed === ':::') {
        open.close = i;
        open.closed = true;
        blocks.push(open);
        open = undefined;
      }
      return;
    }
    if (inComment) {
      if (content.includes('-->')) inComment = false;
      return;
    }
    const block = /^:::\s*(\S+)\s*(.*)$/.exec(trimmed);
    if (block) {
      open = { name: foldText(block[1]!), argument: block[2]!.trim(), open: i, close: lines.length - 1, closed: false };
      return;
    }
    if (heading < 0 && HEADING.test(content)) heading = i;
    if (content.lastIndexOf('<!--') > content.lastIndexOf('-->')) inComment = true;
  });
  if (open) blocks.push(open);
  const from = heading >= 0 ? heading + 1 : 0;
  const firstBlock = blocks.find((b) => b.open >= from)?.open ?? lines.length;
  let start = from;
  while (start < firstBlock && bare(lines[start]!).trim() === '') start++;
  let end = firstBlock;
  while (end > start && bare(lines[end - 1]!).trim() === '') end--;
  return { lines, heading, blocks, text: { start, end } };
}

export function headingOf(parts: SlideParts): { level: number; text: string } | undefined {
  if (parts.heading < 0) return undefined;
  const match = HEADING.exec(bare(parts.lines[parts.heading]!))!;
  return { level: match[1]!.length, text: match[2]! };
}

/** The lines of a block between its delimiters, without their endings. */
export function blockContent(parts: SlideParts, block: BlockRange): string[] {
  return parts.lines.slice(block.open + 1, block.closed ? block.close : block.close + 1).map(bare);
}
