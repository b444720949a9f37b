// A slide's Markdown → the deck model's blocks, through marked's lexer (never its HTML
// renderer: raw HTML in a deck is shown as the text it is, comments are dropped).
import { Lexer, type Token, type Tokens } from 'marked';
import type { Block, InlineRun, InlineText } from './model.js';
import { decodeEntities } from './text.js';

type TextBlock = Exclude<Block, { type: 'diagram' }>;

/** Blocks of the Markdown in `lines`, whose first line is line `firstLine` of the file. */
export function markdownBlocks(lines: readonly string[], firstLine: number): TextBlock[] {
  const source = lines.join('\n');
  if (source.trim() === '') return [];
  const tokens = new Lexer({ gfm: true, breaks: false }).lex(source);
  const blocks: TextBlock[] = [];
  let cursor = 0;
  let line = firstLine;
  for (const token of tokens) {
    const at = token.raw ? source.indexOf(token.raw, cursor) : -1;
    if (at >= 0) {
      line += countNewlines(source, cursor, at);
      cursor = at;
    }
    blocks.push(...convert(token, line));
    if (at >= 0) {
      line += countNewlines(source, cursor, cursor + token.raw.length);
      cursor += token.raw.length;
    }
  }
  return blocks;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function convert(token: Token, line: number): TextBlock[] {
  switch (token.type) {
    case 'heading': {
      const heading = token as Tokens.Heading;
      const text = inline(heading.tokens);
      const level = Math.min(3, Math.max(1, heading.depth)) as 1 | 2 | 3;
      return text.length ? [{ type: 'heading', level, text, line }] : [];
    }
    case 'paragraph':
    case 'text': {
      const tokens = (token as Tokens.Paragraph).tokens;
      // A picture alone in its paragraph is a picture block (core/authoring inserts them so).
      const visible = tokens?.filter((t) => !(t.type === 'text' && t.raw.trim() === '')) ?? [];
      if (visible.length === 1 && visible[0]!.type === 'image') {
        const image = visible[0] as Tokens.Image;
        return [{ type: 'image', src: image.href, alt: decodeEntities(image.text), line }];
      }
      const text = tokens ? inline(tokens) : plain((token as Tokens.Text).text);
      return text.length ? [{ type: 'paragraph', text, line }] : [];
    }
    case 'list': {
      const list = token as Tokens.List;
      const items = listItems(list);
      if (!items.length) return [];
      // `*` bullets appear one at a time, `-` bullets all at once (slides/README.md).
      const stepwise = !list.ordered && list.raw.trimStart().startsWith('*');
      return [{ type: 'list', ordered: list.ordered, stepwise, items, line }];
    }
    case 'blockquote': {
      const quote = token as Tokens.Blockquote;
      const parts = quote.tokens.flatMap((inner) => convert(inner, line)).map(blockText).filter((t) => t.length);
      const text = mergeRuns(parts.flatMap((runs, i) => (i ? [{ text: ' ' }, ...runs] : runs)));
      return text.length ? [{ type: 'quote', text, line }] : [];
    }
    case 'html': {
      const text = plain(stripComments(token.raw));
      return text.length ? [{ type: 'paragraph', text, line }] : [];
    }
    case 'code': {
      const text = plain((token as Tokens.Code).text);
      return text.length ? [{ type: 'paragraph', text, line }] : [];
    }
    case 'table': {
      const table = token as Tokens.Table;
      const rows = [table.header, ...table.rows].map((cells) =>
        mergeRuns(cells.flatMap((cell, i) => (i ? [{ text: ' · ' }, ...inline(cell.tokens)] : inline(cell.tokens)))),
      );
      return [{ type: 'list', ordered: false, stepwise: false, items: rows.filter((r) => r.length), line }];
    }
    default:
      // space, hr (`***`), link definitions: nothing the room should see.
      return [];
  }
}

function listItems(list: Tokens.List): InlineText[] {
  const items: InlineText[] = [];
  for (const item of list.items) {
    const runs: InlineRun[] = [];
    const nested: InlineText[] = [];
    for (const child of item.tokens) {
      if (child.type === 'list') nested.push(...listItems(child as Tokens.List));
      else if ('tokens' in child && Array.isArray(child.tokens)) {
        if (runs.length) runs.push({ text: ' ' });
        runs.push(...inline(child.tokens as Token[]));
      } else if (child.type !== 'space') runs.push(...plain(child.raw));
    }
    const text = mergeRuns(runs);
    if (text.length) items.push(text);
    // Sub-items are flattened: the model has one level of list, enough for slides.
    items.push(...nested);
  }
  return items;
}

function blockText(block: TextBlock): InlineText {
  if (block.type === 'list') return mergeRuns(block.items.flatMap((item, i) => (i ? [{ text: ' ' }, ...item] : item)));
  return 'text' in block ? block.text : [];
}

function inline(tokens: readonly Token[], style: { strong?: boolean; em?: boolean } = {}): InlineText {
  const runs: InlineRun[] = [];
  const push = (text: string) => runs.push({ text: decodeEntities(text), ...style });
  for (const token of tokens) {
    switch (token.type) {
      case 'strong':
        runs.push(...inline((token as Tokens.Strong).tokens, { ...style, strong: true }));
        break;
      case 'em':
        runs.push(...inline((token as Tokens.Em).tokens, { ...style, em: true }));
        break;
      case 'html':
        // Comments vanish; any other tag stays visible as the characters typed.
        push(stripComments(token.raw));
        break;
      case 'image':
        push((token as Tokens.Image).text);
        break;
      case 'br':
        push(' ');
        break;
      case 'codespan':
        push((token as Tokens.Codespan).text);
        break;
      case 'escape':
        push((token as Tokens.Escape).text);
        break;
      default: {
        const nested = (token as { tokens?: Token[] }).tokens;
        if (nested && nested.length) runs.push(...inline(nested, style));
        else push('text' in token && typeof token.text === 'string' ? token.text : token.raw);
      }
    }
  }
  return mergeRuns(runs);
}

function plain(text: string): InlineText {
  return mergeRuns([{ text: decodeEntities(text) }]);
}

function stripComments(html: string): string {
  return html.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
}

/** Joins runs of the same style, folds line breaks and repeated spaces, trims the ends. */
function mergeRuns(runs: readonly InlineRun[]): InlineText {
  const merged: InlineRun[] = [];
  for (const run of runs) {
    const text = run.text.replace(/[ \t\r\n]+/g, ' ');
    if (!text) continue;
    const last = merged[merged.length - 1];
    if (last && !!last.strong === !!run.strong && !!last.em === !!run.em) last.text += text;
    else merged.push({ text, ...(run.strong ? { strong: true } : {}), ...(run.em ? { em: true } : {}) });
  }
  if (merged.length) {
    merged[0]!.text = merged[0]!.text.replace(/^ +/, '');
    merged[merged.length - 1]!.text = merged[merged.length - 1]!.text.replace(/ +$/, '');
  }
  return merged.filter((run) => run.text.length > 0);
}
