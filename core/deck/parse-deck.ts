// A deck file's text → the typed deck, or every problem found, in French, with its line.
// Pure: the host reads the file (host/deck-store.ts), this only reads the text.
import { withTypographicApostrophes } from './typography.js';
import { choiceField, minutesField, textField, validateFields, type FieldSpec } from './fields.js';
import { markdownBlocks } from './markdown-blocks.js';
import {
  WORKSHOP_METHODS,
  type Block,
  type Deck,
  type DeckIssue,
  type DeckLoadResult,
  type DeckMeta,
  type DeckSummary,
  type Slide,
  type WorkshopMethod,
  type WorkshopPrompt,
} from './model.js';
import { findReviewMarkers, stripReviewMarkers } from './review-markers.js';
import { splitDeck, type RawBlock, type RawSlide } from './split-deck.js';
import { fr, splitLines, utf8Length } from './text.js';
import { parseYamlBlock, type YamlIssue } from './yaml-block.js';
import { z } from 'zod';
import { validateDiagram as checkDiagram } from '../diagram/validate.js';
import { DECK_ID_PATTERN } from '../ids.js';

/** Larger files are refused: a deck is a few dozen kilobytes of text. */
export const MAX_DECK_BYTES = 1024 * 1024;

// Same rule as the host API's `loadDeck` argument (core/ids.ts), so every valid deck can be opened.

/**
 * Checks the data of a `::: schema <kind>` block (core/diagram provides the real one).
 * `path` locates the problem inside the block's YAML, as keys and indexes.
 */
export type DiagramValidator = (
  kind: string,
  data: unknown,
) => { ok: true; diagram: unknown } | { ok: false; message: string; path: (string | number)[] };

export interface ParseOptions {
  /** Defaults to core/diagram's validator; `data` of a valid diagram is then its normalised form. */
  validateDiagram?: DiagramValidator;
}

/** At most this many problems are listed for one file: the first ones are the useful ones. */
const MAX_ISSUES = 50;

const FRONT_MATTER_FIELDS: FieldSpec[] = [
  {
    name: 'id',
    expected: 'un identifiant en minuscules, chiffres et tirets, sans espace ni accent (par exemple petite-enfance)',
    schema: z.string().regex(DECK_ID_PATTERN),
  },
  textField('titre'),
  textField('thematique'),
  {
    name: 'ordre',
    expected: 'un nombre entier (par exemple 3)',
    schema: z.number().int().min(0).max(9999),
  },
  minutesField('duree', 600),
  textField('sous-titre', true),
];

/** `sondage:` in a `::: atelier` block: how the room answers from its phones. */
const POLL_WORDS = { 'un choix': 'single', 'plusieurs choix': 'multiple', 'échelle': 'scale' } as const;

const WORKSHOP_FIELDS: FieldSpec[] = [
  textField('question'),
  choiceField('methode', WORKSHOP_METHODS),
  minutesField('duree', 480),
  textField('consigne'),
  { ...choiceField('sondage', Object.keys(POLL_WORDS)), optional: true },
  {
    name: 'choix',
    optional: true,
    expected: fr`une liste de 2 à 12 réponses (une par ligne, commençant par « - »)`,
    schema: z.array(z.string().trim().min(1).max(120)).min(2).max(12),
    normalise: (value) => (typeof value === 'string' ? value.split(' / ').map((s) => s.trim()) : Array.isArray(value) ? value.map((v) => (typeof v === 'number' ? String(v) : v)) : value),
  },
];


export function parseDeck(file: string, text: string, options: ParseOptions = {}): DeckLoadResult {
  try {
    return parseDeckUnsafe(file, text, options);
  } catch (error) {
    // Whatever the input, the library shows an error card rather than breaking.
    const detail = error instanceof Error ? error.message : String(error);
    return failure(file, [{ line: 1, message: fr`Erreur inattendue en lisant ce fichier (${detail.slice(0, 200)}). Vérifiez qu’il suit le format décrit dans slides/README.md.` }]);
  }
}

function parseDeckUnsafe(file: string, input: string, options: ParseOptions): DeckLoadResult {
  if (typeof input !== 'string') return failure(file, [{ line: 1, message: 'Le contenu du fichier n’est pas du texte.' }]);
  if (input.length > MAX_DECK_BYTES || utf8Length(input) > MAX_DECK_BYTES) {
    return failure(file, [{ line: 1, message: tooLargeMessage(utf8Length(input)) }]);
  }
  const text = input.replace(/^\uFEFF/, '').normalize('NFC');
  const garbage = unreadableCharacters(text);
  if (garbage.length) return failure(file, garbage);
  if (text.trim() === '') {
    return failure(file, [{ line: 1, message: fr`Le fichier est vide : une présentation commence par un en-tête (voir slides/README.md).` }]);
  }

  const reviewMarkers = findReviewMarkers(file, text);
  const lines = splitLines(text).map(stripReviewMarkers);
  const split = splitDeck(lines);
  const issues: YamlIssue[] = [...split.issues];

  let meta: DeckMeta | undefined;
  if (split.frontMatter) {
    const { openLine, line, content } = split.frontMatter;
    const yaml = parseYamlBlock(content, line, fr`l’en-tête`);
    if (yaml.issues.length) issues.push(...yaml.issues);
    else {
      const fields = validateFields(yaml, FRONT_MATTER_FIELDS, openLine, fr`dans l’en-tête`);
      if (fields.ok) meta = toMeta(fields.value);
      else issues.push(...fields.issues);
    }
  }

  const slides: Slide[] = [];
  for (const raw of split.slides) {
    const slide = buildSlide(file, raw, slides.length, issues, options);
    if (slide) slides.push(slide);
  }
  if (slides.length === 0 && split.frontMatter) {
    issues.push({
      line: Math.min(lines.length, split.frontMatter.line + split.frontMatter.content.length + 1),
      message: fr`La présentation ne contient aucune diapositive : écrivez-les après la ligne « --- » qui ferme l’en-tête.`,
    });
  }
  if (issues.length || !meta) {
    if (!issues.length) issues.push({ line: 1, message: fr`L’en-tête de la présentation est manquant.` });
    return failure(file, issues);
  }
  // Review markers keep the file's own text: they point the content owner at a line.
  const deck: Deck = { file, meta: withTypographicApostrophes(meta), slides: withTypographicApostrophes(slides), reviewMarkers };
  return { ok: true, deck };
}

function buildSlide(file: string, raw: RawSlide, index: number, issues: YamlIssue[], options: ParseOptions): Slide | undefined {
  const blocks: Block[] = markdownBlocks(raw.body, raw.line);
  const notes: string[] = [];
  const prompts: WorkshopPrompt[] = [];
  let loopSeconds: number | undefined;
  for (const block of raw.blocks) {
    if (block.name === 'notes') notes.push(...notesParagraphs(block));
    else if (block.name === 'boucle') loopSeconds = loopDuration(block, issues) ?? loopSeconds;
    else if (block.name === 'atelier') {
      const prompt = workshopPrompt(block, issues);
      if (prompt) prompts.push(prompt);
    } else blocks.push(diagramBlock(file, block, options));
  }
  if (!blocks.length && !notes.length && !prompts.length) return undefined; // e.g. a trailing `---`
  blocks.sort((a, b) => a.line - b.line);
  const first = blocks[0];
  const heading = blocks.find((b) => b.type === 'heading');
  return {
    index,
    line: first?.line ?? raw.line,
    title: heading && heading.type === 'heading' ? heading.text.map((r) => r.text).join('') : '',
    layout: first?.type === 'heading' && first.level === 1 ? 'titre' : 'normal',
    blocks,
    notes,
    prompts,
    ...(loopSeconds !== undefined ? { loopSeconds } : {}),
  };
}

const LOOP_FIELDS: FieldSpec[] = [
  {
    name: 'duree',
    expected: fr`une durée en secondes, nombre entier entre 3 et 600 (par exemple 20)`,
    schema: z.number().int().min(3).max(600),
    normalise: (value) => (typeof value === 'string' ? Number(value.replace(/\s*(s|sec|secondes?)\s*$/i, '').trim()) : value),
  },
];

/** `::: boucle` / `duree: 20`: how long the slide stays when the deck loops on its own. */
function loopDuration(block: RawBlock, issues: YamlIssue[]): number | undefined {
  const yaml = parseYamlBlock(block.content, block.line + 1, fr`le bloc « boucle »`);
  if (yaml.issues.length) {
    issues.push(...yaml.issues);
    return undefined;
  }
  const fields = validateFields(yaml, LOOP_FIELDS, block.line, fr`dans le bloc « boucle »`);
  if (!fields.ok) {
    issues.push(...fields.issues);
    return undefined;
  }
  return Number(fields.value.duree);
}

function notesParagraphs(block: RawBlock): string[] {
  return markdownBlocks(block.content, block.line + 1).map((b) => {
    if (b.type === 'list') return b.items.map((item) => `• ${item.map((r) => r.text).join('')}`).join('\n');
    if (b.type === 'image') return b.alt;
    return b.text.map((r) => r.text).join('');
  });
}

function workshopPrompt(block: RawBlock, issues: YamlIssue[]): WorkshopPrompt | undefined {
  const yaml = parseYamlBlock(block.content, block.line + 1, fr`le bloc « atelier »`);
  if (yaml.issues.length) {
    issues.push(...yaml.issues);
    return undefined;
  }
  const fields = validateFields(yaml, WORKSHOP_FIELDS, block.line, fr`dans le bloc « atelier »`);
  if (!fields.ok) {
    issues.push(...fields.issues);
    return undefined;
  }
  const value = fields.value;
  const prompt: WorkshopPrompt = {
    question: String(value.question),
    method: value.methode as WorkshopMethod,
    durationMinutes: Number(value.duree),
    instruction: String(value.consigne),
    line: block.line,
  };
  const mode = value.sondage === undefined ? undefined : POLL_WORDS[value.sondage as keyof typeof POLL_WORDS];
  const options = value.choix as string[] | undefined;
  if (mode === undefined && options) {
    issues.push({ line: block.line, message: fr`Le champ « choix » demande aussi « sondage: un choix » ou « sondage: plusieurs choix » dans le bloc « atelier ».` });
    return undefined;
  }
  if ((mode === 'single' || mode === 'multiple') && !options) {
    issues.push({ line: block.line, message: fr`Un sondage « ${String(value.sondage)} » a besoin de « choix » : une liste de 2 à 12 réponses.` });
    return undefined;
  }
  if (mode) prompt.poll = { mode, options: mode === 'scale' ? [] : options! };
  return prompt;
}

/** A diagram's mistakes stay inside its block: the slide shows an error box, the deck loads. */
function diagramBlock(file: string, block: RawBlock, options: ParseOptions): Block {
  const kind = block.argument.split(/\s+/)[0] ?? '';
  const base = { type: 'diagram' as const, kind, data: null as unknown, line: block.line };
  const error = (line: number, message: string) => ({ ...base, error: { file, line, message } });
  if (!kind) {
    return error(block.line, fr`Il manque la sorte de schéma après « ::: schema » (par exemple « ::: schema carte »).`);
  }
  const yaml = parseYamlBlock(block.content, block.line + 1, fr`le schéma « ${kind} »`);
  const first = yaml.issues[0];
  if (first) return error(first.line, first.message);
  if (yaml.data === null || yaml.data === undefined) return error(block.line, fr`Le schéma « ${kind} » est vide.`);
  const checked = (options.validateDiagram ?? checkDiagram)(kind, yaml.data);
  if (!checked.ok) return { ...error(yaml.lineOf(checked.path), capitalise(checked.message)), data: yaml.data };
  return { ...base, data: checked.diagram };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function toMeta(value: Record<string, unknown>): DeckMeta {
  const meta: DeckMeta = {
    id: String(value.id),
    title: String(value.titre),
    thematique: String(value.thematique),
    order: Number(value.ordre),
    durationMinutes: Number(value.duree),
  };
  if (typeof value['sous-titre'] === 'string') meta.subtitle = value['sous-titre'];
  return meta;
}

/** NUL and other control characters mean a binary file; U+FFFD means a wrong encoding. */
function unreadableCharacters(text: string): YamlIssue[] {
  const issues: YamlIssue[] = [];
  const lines = splitLines(text);
  for (let i = 0; i < lines.length && issues.length < 5; i++) {
    const line = lines[i]!;
    if (/[\u0000-\u0008\u000e-\u001f\u007f]/.test(line)) {
      issues.push({
        line: i + 1,
        message: fr`Le fichier contient des caractères binaires (ligne ${i + 1}) : ce n’est pas un fichier texte. Une présentation s’écrit dans un éditeur de texte et s’enregistre en UTF-8.`,
      });
      break;
    }
    if (line.includes('\uFFFD')) {
      issues.push({
        line: i + 1,
        message: fr`Caractère illisible « \uFFFD » à la ligne ${i + 1} : le fichier n’a sans doute pas été enregistré en UTF-8. Ré-enregistrez-le en choisissant l’encodage UTF-8.`,
      });
    }
  }
  return issues;
}

export function tooLargeMessage(bytes: number): string {
  const size = (bytes / (1024 * 1024)).toLocaleString('fr-FR', { maximumFractionDigits: 1 });
  return fr`Le fichier est trop gros (${size} Mo ; au plus 1 Mo) : ce n’est sans doute pas une présentation. Une présentation ne contient que du texte.`;
}

function failure(file: string, issues: readonly YamlIssue[]): DeckLoadResult {
  const seen = new Set<string>();
  const errors: DeckIssue[] = [];
  for (const issue of [...issues].sort((a, b) => a.line - b.line)) {
    const key = `${issue.line}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push({ file, line: issue.line, message: issue.message });
    if (errors.length === MAX_ISSUES) break;
  }
  return { ok: false, file, errors };
}

/** What the library shows for a parsed file. */
export function deckSummary(result: DeckLoadResult): DeckSummary {
  if (!result.ok) return { ok: false, file: result.file, errors: result.errors };
  const { deck } = result;
  return {
    ok: true,
    file: deck.file,
    meta: deck.meta,
    slideCount: deck.slides.length,
    promptCount: deck.slides.reduce((n, slide) => n + slide.prompts.length, 0),
    workshopMinutes: deck.slides.reduce((n, slide) => n + slide.prompts.reduce((m, p) => m + p.durationMinutes, 0), 0),
    reviewCount: deck.reviewMarkers.length,
  };
}
