// Which sigles of the glossary appear in some texts (a slide's audience text, its notes…).
import type { Glossary, GlossaryEntry } from './model.js';

/**
 * Tokens that look like sigles: runs of capitals and digits, at least two characters and one
 * letter, not glued to other letters or digits (so "PEDT/PM" gives PEDT and PM, "Pass" nothing).
 */
export function sigleCandidates(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?<![\p{L}\p{N}])[\p{Lu}\p{N}]{2,}(?![\p{L}\p{N}])/gu)) {
    if (/\p{Lu}/u.test(match[0])) found.push(match[0]);
  }
  return found;
}

/** The glossary entries whose sigle appears in the texts, in order of first appearance, each once. */
export function siglesIn(texts: readonly string[], glossary: Glossary): GlossaryEntry[] {
  const bySigle = new Map(glossary.entries.map((entry) => [entry.sigle, entry] as const));
  const result: GlossaryEntry[] = [];
  const seen = new Set<string>();
  for (const text of texts) {
    for (const token of sigleCandidates(text)) {
      const entry = bySigle.get(token);
      if (entry && !seen.has(token)) {
        seen.add(token);
        result.push(entry);
      }
    }
  }
  return result;
}
