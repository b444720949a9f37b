// Text from a phone is plain text: never HTML, no control or invisible formatting
// characters, bounded length. The host checks it; the phone page only helps (counter).

/** A contribution or question, as on a post-it. */
export const MAX_CONTRIBUTION_CHARS = 280;
/** The optional first name. */
export const MAX_NAME_CHARS = 40;

// C0/C1 controls, bidi overrides and isolates, zero-width and other format characters
// (they can reverse or hide text on the wall), and the BOM.
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;

export type CleanText = { ok: true; text: string } | { ok: false; message: string };

/**
 * Cleans one line of text: controls stripped, runs of spaces and line breaks folded to one
 * space, trimmed, NFC. Counts characters as a person does (code points, not UTF-16 units).
 */
export function cleanText(input: unknown, max: number, what = 'Le texte'): CleanText {
  if (typeof input !== 'string') return { ok: false, message: `Il manque le texte.` };
  const text = input.normalize('NFC').replace(/[\r\n\t\u2028\u2029]+/g, ' ').replace(FORBIDDEN, '').replace(/\s+/g, ' ').trim();
  if (text === '') return { ok: false, message: `${what} est vide.` };
  const length = [...text].length;
  if (length > max) return { ok: false, message: `${what} dépasse ${max}\u00a0caractères (${length}\u00a0ici).` };
  return { ok: true, text };
}

/** The optional first name: empty means anonymous. */
export function cleanName(input: unknown): CleanText {
  if (input === undefined || input === null || (typeof input === 'string' && input.trim() === '')) return { ok: true, text: '' };
  return cleanText(input, MAX_NAME_CHARS, 'Le prénom');
}
