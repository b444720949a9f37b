// The editor's content checks that need no layout: words on the slide, and the diagram's
// YAML read with French errors naming its line. (Text size and overflow are measured on the
// rendered preview: renderer/editor/preview-checks.ts.)
import { promptTexts, slideAudienceText } from '../deck/plain-text.js';
import type { Slide } from '../deck/model.js';
import { fr } from '../deck/text.js';
import { parseYamlBlock } from '../deck/yaml-block.js';
import { validateDiagram } from '../diagram/validate.js';

/** Beyond this, a slide is read rather than listened to (slides/README.md, content tests). */
export const MAX_SLIDE_WORDS = 50;

export function wordCount(texts: readonly string[]): number {
  return texts.join(' ').match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Words the room reads on the slide: text and workshop prompts (not notes, not diagrams). */
export function slideWordCount(slide: Slide): number {
  return wordCount([...slideAudienceText(slide), ...slide.prompts.flatMap(promptTexts)]);
}

export type DiagramCheck = { ok: true } | { ok: false; line: number; message: string };

/** Checks a diagram's YAML as typed in the editor; `line` counts from the text's first line. */
export function checkDiagramText(kind: string, yaml: string): DiagramCheck {
  const lines = yaml.split(/\r\n|\r|\n/);
  const parsed = parseYamlBlock(lines, 1, fr`le schéma « ${kind} »`);
  const first = parsed.issues[0];
  if (first) return { ok: false, line: first.line, message: fr`Ligne ${first.line} : ${first.message}` };
  if (parsed.data === null || parsed.data === undefined) return { ok: false, line: 1, message: fr`Ligne 1 : le schéma est vide.` };
  const checked = validateDiagram(kind, parsed.data);
  if (checked.ok) return { ok: true };
  const line = parsed.lineOf(checked.path);
  return { ok: false, line, message: fr`Ligne ${line} : ${checked.message}` };
}
