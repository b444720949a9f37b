// Reads the YAML of a front matter or a `:::` block, keeping every problem tied to its
// real line in the deck file (the block's first line is `firstLine` in the file).
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { excerpt, fr } from './text.js';

export interface YamlIssue {
  line: number;
  message: string;
}

export interface YamlBlock {
  /** The parsed value (null for an empty block); only meaningful when `issues` is empty. */
  data: unknown;
  issues: YamlIssue[];
  /** File line of the value at `path` inside the block (the deepest part found). */
  lineOf(path: readonly PropertyKey[]): number;
}

/**
 * Parses `lines` (the block's content, without its delimiters) whose first line is line
 * `firstLine` of the file. `where` names the block in messages, e.g. « l'en-tête ».
 */
export function parseYamlBlock(lines: readonly string[], firstLine: number, where: string): YamlBlock {
  const source = lines.map(quoteProseValue).join('\n');
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const issues = doc.errors.map((error) => {
    const offset = error.pos[0];
    let relative = lineCounter.linePos(Math.min(offset, Math.max(0, source.length - 1))).line;
    let code: string = error.code;
    // YAML reports an unclosed quote where the block ends; point at the line that opened it.
    const quote = /Missing closing (["'])quote/.exec(error.message)?.[1];
    if (quote) {
      const opened = lines.findIndex((text) => unclosedQuote(text, quote));
      if (opened >= 0) relative = opened + 1;
      code = 'UNCLOSED_QUOTE';
    }
    const line = firstLine + Math.max(0, relative - 1);
    const text = lines[relative - 1] ?? '';
    return { line, message: yamlMessage(code, where, text) };
  });
  let data: unknown = null;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    // An alias bomb or a broken document: the YAML errors above already say what is wrong.
    if (issues.length === 0) issues.push({ line: firstLine, message: fr`${capitalise(where)} ne peut pas être lu.` });
  }
  return { data, issues, lineOf: (path) => lineOfPath(doc, lineCounter, path, firstLine) };
}

/**
 * The file line of the node at `path` (keys and indexes, as in a zod issue path) inside a
 * YAML document whose first line is `firstLine` in the file. Falls back to the deepest node
 * found, then to `firstLine`: a message always points somewhere useful.
 */
export function lineOfPath(
  doc: Document,
  lineCounter: LineCounter,
  path: readonly PropertyKey[],
  firstLine: number,
): number {
  let node: unknown = doc.contents;
  let offset: number | undefined = rangeStart(node);
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      offset = rangeStart(pair.value) ?? rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) break;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else break;
  }
  return offset === undefined ? firstLine : firstLine + lineCounter.linePos(offset).line - 1;
}

function unclosedQuote(line: string, quote: string): boolean {
  const value = /^\s*(?:-\s+)?(?:[^\s:#'"][^:#]*?\s*:\s+)?(["'])(.*)$/.exec(line);
  return !!value && value[1] === quote && !value[2]!.includes(quote);
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return range ? range[0] : undefined;
}

/**
 * French writing puts a space before « : », which YAML reads as a nested mapping:
 * `consigne: Répondez : une idée` is an error in YAML. A value of a `key: value` line that
 * contains « : » is therefore quoted before parsing. Only lines YAML would reject change,
 * and the line count is kept, so positions stay true.
 */
export function quoteProseValue(line: string): string {
  const match = /^(\s*(?:-\s+)?)([^\s:#'"[\]{},&*!|>%@`-][^:#]*?)(\s*:[ \t\u00a0]+)(.+)$/u.exec(line);
  if (!match) return line;
  const [, prefix, key, separator, value] = match as unknown as [string, string, string, string, string];
  if (/^['"[{|>&*!%@`#]/u.test(value) || / #/u.test(value)) return line;
  if (!/:(?:[\s\u00a0]|$)/u.test(value)) return line;
  return `${prefix}${key}${separator}${JSON.stringify(value.trimEnd())}`;
}

const EXPLANATIONS: Record<string, string> = {
  UNCLOSED_QUOTE: fr`un guillemet ouvert n’est pas fermé sur cette ligne`,
  DUPLICATE_KEY: fr`ce champ est écrit deux fois`,
  TAB_AS_INDENT: fr`une tabulation sert de retrait : utilisez des espaces`,
  BAD_INDENT: fr`le retrait (les espaces en début de ligne) ne correspond pas aux lignes voisines`,
  BLOCK_AS_IMPLICIT_KEY: fr`un « : » inattendu ; mettez le texte entre guillemets`,
  MULTILINE_IMPLICIT_KEY: fr`une ligne sans « : » ; chaque ligne doit être de la forme « champ: valeur »`,
  MISSING_CHAR: fr`il manque un caractère (souvent le « : » après le nom du champ, ou un guillemet fermant)`,
  BAD_SCALAR_START: fr`une valeur ne peut pas commencer par ce caractère ; mettez-la entre guillemets`,
  MULTIPLE_DOCS: fr`une ligne « --- » en trop`,
  UNEXPECTED_TOKEN: fr`caractère inattendu`,
  BAD_ALIAS: fr`les caractères « * » et « & » en début de valeur doivent être entre guillemets`,
  MULTIPLE_ANCHORS: fr`les caractères « * » et « & » en début de valeur doivent être entre guillemets`,
  MULTIPLE_TAGS: fr`le caractère « ! » en début de valeur doit être entre guillemets`,
  TAG_RESOLVE_FAILED: fr`le caractère « ! » en début de valeur doit être entre guillemets`,
  MISSING_ANCHOR: fr`les caractères « * » et « & » en début de valeur doivent être entre guillemets`,
  ALIAS_PROPS: fr`les caractères « * » et « & » en début de valeur doivent être entre guillemets`,
  BAD_DIRECTIVE: fr`le caractère « % » en début de ligne doit être entre guillemets`,
};

function yamlMessage(code: string, where: string, lineText: string): string {
  const explanation = EXPLANATIONS[code] ?? 'écriture non reconnue';
  const shown = excerpt(lineText);
  return shown
    ? fr`Erreur d’écriture dans ${where} : ${explanation} (« ${shown} »).`
    : fr`Erreur d’écriture dans ${where} : ${explanation}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
