// What the editor's form shows for one slide, read from its text, and each field written back
// by replacing only its own lines: the rest of the slide (comments, `[à vérifier]` markers,
// spacing) stays as it was typed.
import { foldKey } from '../deck/text.js';
import { parseYamlBlock } from '../deck/yaml-block.js';
import { bare, type DeckDocument } from './deck-source.js';
import { blockContent, headingOf, slideParts, type BlockRange, type SlideParts } from './slide-parts.js';

export interface PromptFields {
  question: string;
  methode: string;
  /** Minutes, as typed. */
  duree: string;
  consigne: string;
}

export interface DiagramFields {
  kind: string;
  /** The block's YAML, as typed. */
  yaml: string;
}

export interface SlideFields {
  title: string;
  /** 1: a title slide (`#`), 2: an ordinary slide (`##`). */
  level: number;
  /** The main text's Markdown (after the title, before the first block). */
  text: string;
  /** The first `::: notes` block's text. */
  notes: string;
  prompts: PromptFields[];
  /** The first `::: schema` block, if any. */
  diagram?: DiagramFields;
}

type Eol = DeckDocument['eol'];

export function readSlideFields(text: string): SlideFields {
  const parts = slideParts(text);
  const heading = headingOf(parts);
  const notes = parts.blocks.find((b) => b.name === 'notes');
  const diagram = parts.blocks.find((b) => b.name === 'schema');
  return {
    title: heading?.text ?? '',
    level: heading?.level ?? 2,
    text: parts.lines.slice(parts.text.start, parts.text.end).map(bare).join('\n'),
    notes: notes ? trimBlank(blockContent(parts, notes)).join('\n') : '',
    prompts: parts.blocks.filter((b) => b.name === 'atelier').map((b) => readPrompt(parts, b)),
    ...(diagram ? { diagram: { kind: diagram.argument.split(/\s+/)[0] ?? '', yaml: blockContent(parts, diagram).join('\n') } } : {}),
  };
}

/** Writes the fields of `patch` that differ from the slide's; untouched fields keep their lines. */
export function applySlideFields(text: string, patch: Partial<SlideFields>, eol: Eol): string {
  const current = readSlideFields(text);
  let out = text;
  if ((patch.title !== undefined && patch.title !== current.title) || (patch.level !== undefined && patch.level !== current.level)) {
    out = setTitle(out, patch.title ?? current.title, patch.level ?? current.level, eol);
  }
  if (patch.text !== undefined && normalise(patch.text) !== current.text) out = setText(out, patch.text, eol);
  if (patch.notes !== undefined && normalise(patch.notes) !== current.notes) out = setNotes(out, patch.notes, eol);
  if (patch.prompts !== undefined) out = setPrompts(out, patch.prompts, eol);
  if (patch.diagram !== undefined && (patch.diagram.kind !== current.diagram?.kind || patch.diagram.yaml !== current.diagram?.yaml)) {
    out = setDiagram(out, patch.diagram, eol);
  }
  return out;
}

function normalise(value: string): string {
  return trimBlank(value.split(/\r\n|\r|\n/)).join('\n');
}

function trimBlank(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === '') start++;
  while (end > start && lines[end - 1]!.trim() === '') end--;
  return lines.slice(start, end);
}

/** Replaces lines [start, start + remove) with `added` (without line ends). */
function splice(parts: SlideParts, start: number, remove: number, added: readonly string[], eol: Eol): string {
  const lines = [...parts.lines];
  // A line that gets a line after it needs its own line end (the file's last line may have none).
  if (start > 0 && added.length && !/[\r\n]$/.test(lines[start - 1]!)) lines[start - 1] += eol;
  const endsFile = start + remove >= lines.length;
  const lastHadEnd = remove > 0 ? /[\r\n]$/.test(lines[start + remove - 1]!) : true;
  const replacement = added.map((line, i) => (i === added.length - 1 && endsFile && !lastHadEnd ? line : line + eol));
  lines.splice(start, remove, ...replacement);
  return lines.join('');
}

/** Where a new block or text goes: after the slide's last non-blank line. */
function endOfContent(parts: SlideParts): number {
  let end = parts.lines.length;
  while (end > 0 && bare(parts.lines[end - 1]!).trim() === '') end--;
  return end;
}

export function setTitle(text: string, title: string, level: number, eol: Eol): string {
  const parts = slideParts(text);
  const line = `${'#'.repeat(level === 1 ? 1 : 2)} ${title.replace(/[\r\n]+/g, ' ').trim()}`;
  if (!title.trim()) {
    if (parts.heading < 0) return text;
    const blankAfter = parts.heading + 1 < parts.lines.length && bare(parts.lines[parts.heading + 1]!).trim() === '' ? 1 : 0;
    return splice(parts, parts.heading, 1 + blankAfter, [], eol);
  }
  if (parts.heading >= 0) return splice(parts, parts.heading, 1, [line], eol);
  // No title yet: at the top, after the blank line that follows `---`.
  let at = 0;
  while (at < parts.lines.length && bare(parts.lines[at]!).trim() === '') at++;
  return splice(parts, at, 0, at === 0 ? [line, ''] : [line, ''], eol);
}

export function setText(text: string, value: string, eol: Eol): string {
  const parts = slideParts(text);
  const lines = normalise(value) === '' ? [] : normalise(value).split('\n');
  const { start, end } = parts.text;
  if (start < end) {
    if (lines.length) return splice(parts, start, end - start, lines, eol);
    // Emptied: the blank line that separated it goes too.
    const blankAfter = end < parts.lines.length && bare(parts.lines[end]!).trim() === '' ? 1 : 0;
    return splice(parts, start, end - start + blankAfter, [], eol);
  }
  if (!lines.length) return text;
  // No text yet: after the title (with a blank line), or at the top.
  if (parts.heading >= 0) {
    const next = parts.heading + 1;
    const blankFollows = next < parts.lines.length && bare(parts.lines[next]!).trim() === '';
    const hasMore = next < parts.lines.length;
    return splice(parts, next, 0, ['', ...lines, ...(hasMore && !blankFollows ? [''] : [])], eol);
  }
  return splice(parts, start, 0, [...lines, ''], eol);
}

export function setNotes(text: string, value: string, eol: Eol): string {
  const parts = slideParts(text);
  const block = parts.blocks.find((b) => b.name === 'notes');
  const lines = normalise(value) === '' ? [] : normalise(value).split('\n');
  if (block) {
    if (!lines.length) return removeBlock(parts, block, eol);
    return splice(parts, block.open + 1, (block.closed ? block.close : block.close + 1) - block.open - 1, lines, eol);
  }
  if (!lines.length) return text;
  return appendBlock(parts, ['::: notes', ...lines, ':::'], eol);
}

function removeBlock(parts: SlideParts, block: BlockRange, eol: Eol): string {
  const blankBefore = block.open > 0 && bare(parts.lines[block.open - 1]!).trim() === '' ? 1 : 0;
  return splice(parts, block.open - blankBefore, block.close - block.open + 1 + blankBefore, [], eol);
}

function appendBlock(parts: SlideParts, blockLines: string[], eol: Eol): string {
  const at = endOfContent(parts);
  return splice(parts, at, 0, at > 0 ? ['', ...blockLines] : blockLines, eol);
}

function readPrompt(parts: SlideParts, block: BlockRange): PromptFields {
  const yaml = parseYamlBlock(blockContent(parts, block), 1, 'atelier');
  const data = (yaml.data && typeof yaml.data === 'object' ? yaml.data : {}) as Record<string, unknown>;
  const field = (name: string) => {
    const key = Object.keys(data).find((k) => foldKey(k) === name);
    const value = key === undefined ? undefined : data[key];
    return value === undefined || value === null ? '' : String(value);
  };
  return { question: field('question'), methode: field('methode'), duree: field('duree'), consigne: field('consigne') };
}

/** A YAML value written plain when YAML reads it back as the same text, quoted otherwise. */
export function yamlText(value: string): string {
  const text = value.replace(/[\r\n]+/g, ' ').trim();
  const risky =
    text === '' ||
    /^[-?:,[\]{}#&*!|>'"%@`\s]/.test(text) ||
    /:(\s|$)/.test(text) ||
    /\s#/.test(text) ||
    /^(true|false|null|yes|no|on|off|~|[-+]?(\.\d|\d)[\d._eE+-]*)$/i.test(text);
  return risky ? JSON.stringify(text) : text;
}

function promptLines(prompt: PromptFields): string[] {
  const minutes = /^\s*\d+\s*$/.test(prompt.duree) ? prompt.duree.trim() : yamlText(prompt.duree);
  return [
    `question: ${yamlText(prompt.question)}`,
    `methode: ${yamlText(prompt.methode)}`,
    `duree: ${minutes}`,
    `consigne: ${yamlText(prompt.consigne)}`,
  ];
}

function samePrompt(a: PromptFields, b: PromptFields): boolean {
  return a.question === b.question && a.methode === b.methode && a.duree.trim() === b.duree.trim() && a.consigne === b.consigne;
}

export function setPrompts(text: string, prompts: readonly PromptFields[], eol: Eol): string {
  let out = text;
  // From the last to the first, so that earlier blocks keep their line indexes.
  const existing = slideParts(out).blocks.filter((b) => b.name === 'atelier');
  for (let i = existing.length - 1; i >= 0; i--) {
    const parts = slideParts(out);
    const block = parts.blocks.filter((b) => b.name === 'atelier')[i]!;
    const wanted = prompts[i];
    if (!wanted) out = removeBlock(parts, block, eol);
    else if (!samePrompt(readPrompt(parts, block), wanted)) {
      out = splice(parts, block.open + 1, (block.closed ? block.close : block.close + 1) - block.open - 1, promptLines(wanted), eol);
    }
  }
  for (const prompt of prompts.slice(existing.length)) {
    out = appendBlock(slideParts(out), ['::: atelier', ...promptLines(prompt), ':::'], eol);
  }
  return out;
}

export function setDiagram(text: string, diagram: DiagramFields | null, eol: Eol): string {
  const parts = slideParts(text);
  const block = parts.blocks.find((b) => b.name === 'schema');
  if (!diagram) return block ? removeBlock(parts, block, eol) : text;
  const lines = diagram.yaml.replace(/\s+$/, '').split(/\r\n|\r|\n/);
  const opening = `::: schema ${diagram.kind}`;
  if (!block) {
    // Before the notes, where a diagram usually is.
    const notes = parts.blocks.find((b) => b.name === 'notes' || b.name === 'atelier');
    if (notes) return splice(parts, notes.open, 0, [opening, ...lines, ':::', ''], eol);
    return appendBlock(parts, [opening, ...lines, ':::'], eol);
  }
  const kindChanged = (block.argument.split(/\s+/)[0] ?? '') !== diagram.kind;
  const end = block.closed ? block.close : block.close + 1;
  if (kindChanged) return splice(parts, block.open, end - block.open, [opening, ...lines], eol);
  return splice(parts, block.open + 1, end - block.open - 1, lines, eol);
}
