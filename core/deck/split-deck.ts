// Cuts a deck file into its front matter, its slides and the `:::` blocks of each slide,
// keeping line numbers. Markdown itself is read later (markdown-blocks.ts).
import { foldText, fr, excerpt } from './text.js';
import type { YamlIssue } from './yaml-block.js';

export const BLOCK_NAMES = ['notes', 'atelier', 'schema', 'boucle'] as const;
export type BlockName = (typeof BLOCK_NAMES)[number];

export interface RawBlock {
  name: BlockName;
  /** What follows the name on the opening line (the kind of a `schema`). */
  argument: string;
  /** Line of the opening `::: name`. */
  line: number;
  /** The lines between the delimiters; the first is line `line + 1`. */
  content: string[];
}

export interface RawSlide {
  /** Line of `body[0]`. */
  line: number;
  /** The slide's Markdown, with block lines blanked so that line numbers stay true. */
  body: string[];
  blocks: RawBlock[];
}

export interface SplitDeck {
  /** The front matter's lines; the first is line `line`. Absent when the file has none. */
  frontMatter?: { openLine: number; line: number; content: string[] };
  slides: RawSlide[];
  issues: YamlIssue[];
}

const HEADING = /^#{1,6}\s+\S/;
const SEPARATOR = '---';

export function splitDeck(lines: readonly string[]): SplitDeck {
  const issues: YamlIssue[] = [];
  let start = 0;
  while (start < lines.length && lines[start]!.trim() === '') start++;
  let frontMatter: SplitDeck['frontMatter'];
  if (lines[start]?.trim() === SEPARATOR) {
    const open = start;
    let close = -1;
    let firstHeading = -1;
    let seenField = false;
    for (let k = open + 1; k < lines.length; k++) {
      const text = lines[k]!;
      if (text.trim() === SEPARATOR) {
        close = k;
        break;
      }
      // A `# Titre` before any field is a YAML comment; after the fields it is the first
      // slide, and the closing `---` was forgotten (it would otherwise vanish silently).
      if (firstHeading < 0 && ((seenField && HEADING.test(text)) || text.trim().startsWith(':::'))) firstHeading = k;
      if (/^\s*[^\s#][^:]*:/.test(text)) seenField = true;
    }
    // The header is cut at that heading and the slides still get read, so that every other
    // mistake is reported too.
    if (close >= 0 && firstHeading < 0) {
      frontMatter = { openLine: open + 1, line: open + 2, content: lines.slice(open + 1, close) };
      start = close + 1;
    } else {
      const end = firstHeading >= 0 ? firstHeading : lines.length;
      const before = firstHeading >= 0 ? fr` : ajoutez une ligne « --- » avant la ligne ${firstHeading + 1} (« ${excerpt(lines[firstHeading]!, 50)} »)` : fr` : ajoutez une ligne « --- » après le dernier champ`;
      issues.push({ line: open + 1, message: fr`L’en-tête ouvert par « --- » à la ligne ${open + 1} n’est pas fermé${before}.` });
      frontMatter = { openLine: open + 1, line: open + 2, content: lines.slice(open + 1, end) };
      start = end;
    }
  } else if (start < lines.length) {
    issues.push({
      line: start + 1,
      message: fr`Le fichier doit commencer par un en-tête entre deux lignes « --- » (id, titre, thematique, ordre, duree) : voir slides/README.md.`,
    });
  }

  const slides: RawSlide[] = [];
  let slide: RawSlide = { line: start + 1, body: [], blocks: [] };
  let block: RawBlock | undefined;
  let ignored: { line: number } | undefined; // an unknown block: its lines are skipped
  let commentLine = 0;
  const closeBlock = () => {
    if (block) slide.blocks.push(block);
    block = undefined;
    ignored = undefined;
  };
  for (let k = start; k < lines.length; k++) {
    const text = lines[k]!;
    const trimmed = text.trim();
    const lineNo = k + 1;
    if (block || ignored) {
      if (trimmed === ':::') {
        closeBlock();
        slide.body.push('');
        continue;
      }
      // `---` inside a block is almost always a forgotten `:::`: say so at the right line.
      if (!/^:::\s*\S/.test(trimmed) && trimmed !== SEPARATOR) {
        block?.content.push(text);
        slide.body.push('');
        continue;
      }
      const opened = block ?? ignored!;
      const name = block ? block.name : 'inconnu';
      issues.push({
        line: opened.line,
        message: fr`Le bloc « ::: ${name} » ouvert à la ligne ${opened.line} n’est pas fermé : ajoutez une ligne « ::: » avant la ligne ${lineNo}.`,
      });
      closeBlock();
    }
    if (commentLine) {
      slide.body.push(text);
      if (text.includes('-->')) commentLine = 0;
      continue;
    }
    if (trimmed === SEPARATOR) {
      slides.push(slide);
      slide = { line: lineNo + 1, body: [], blocks: [] };
      continue;
    }
    if (trimmed.startsWith(':::')) {
      slide.body.push('');
      const match = /^:::\s*(\S+)?\s*(.*)$/.exec(trimmed)!;
      if (!match[1]) {
        issues.push({ line: lineNo, message: fr`Cette ligne « ::: » ferme un bloc qui n’a pas été ouvert (un bloc s’ouvre par « ::: notes », « ::: atelier », « ::: schema » ou « ::: boucle »).` });
        continue;
      }
      const name = foldText(match[1]);
      if ((BLOCK_NAMES as readonly string[]).includes(name)) {
        block = { name: name as BlockName, argument: match[2]!.trim(), line: lineNo, content: [] };
      } else {
        issues.push({
          line: lineNo,
          message: fr`Bloc inconnu « ::: ${match[1]} ». Les blocs possibles sont « ::: notes », « ::: atelier », « ::: schema » et « ::: boucle ».`,
        });
        ignored = { line: lineNo };
      }
      continue;
    }
    if (text.lastIndexOf('<!--') > text.lastIndexOf('-->')) commentLine = lineNo;
    slide.body.push(text);
  }
  if (block || ignored) {
    const opened = block ?? ignored!;
    const name = block ? block.name : 'inconnu';
    issues.push({
      line: opened.line,
      message: fr`Le bloc « ::: ${name} » ouvert à la ligne ${opened.line} n’est jamais fermé : ajoutez une ligne « ::: » à la fin du bloc.`,
    });
    closeBlock();
  }
  if (commentLine) {
    issues.push({ line: commentLine, message: fr`Le commentaire « <!-- » ouvert à la ligne ${commentLine} n’est jamais fermé par « --> » : la suite du fichier serait invisible.` });
  }
  slides.push(slide);
  return { frontMatter, slides, issues };
}
