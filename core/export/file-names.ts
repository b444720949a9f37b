// File names offered in the save dialog or the download: « CTG Diois - Petite enfance -
// diapositives.pdf ». Safe on Windows, macOS and Linux, and readable by a partner.
import type { DeckMeta } from '../deck/model.js';
import { VARIANT_LABELS, type PrintVariant } from './variants.js';

export const FILE_PREFIX = 'CTG Diois';
const MAX_NAME_LENGTH = 150;

/** « Thématique petite enfance » → « Petite enfance »; other titles as they are. */
export function shortDeckName(meta: Pick<DeckMeta, 'title'>): string {
  const name = meta.title.replace(/^\s*thématique\s+/iu, '').trim();
  return name.charAt(0).toLocaleUpperCase('fr-FR') + name.slice(1);
}

/** Removes what a file system refuses (reserved characters, control characters, trailing dots). */
export function sanitizeFileName(name: string): string {
  const cleaned = name
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  return cleaned.length > MAX_NAME_LENGTH ? cleaned.slice(0, MAX_NAME_LENGTH).trim() : cleaned;
}

function decksPart(decks: readonly Pick<DeckMeta, 'title'>[]): string {
  const first = decks[0];
  if (!first) return 'présentations';
  if (decks.length === 1) return shortDeckName(first);
  const others = decks.length - 1;
  return `${shortDeckName(first)} et ${others} autre${others > 1 ? 's' : ''}`;
}

export function pdfFileName(decks: readonly Pick<DeckMeta, 'title'>[], variant: PrintVariant, label?: string): string {
  const what = label && label.trim() !== '' ? label : decksPart(decks);
  return `${sanitizeFileName(`${FILE_PREFIX} - ${what} - ${VARIANT_LABELS[variant]}`)}.pdf`;
}

export function htmlFileName(deck: Pick<DeckMeta, 'title'>, withNotes: boolean): string {
  const kind = withNotes ? 'présentation avec notes' : 'présentation';
  return `${sanitizeFileName(`${FILE_PREFIX} - ${shortDeckName(deck)} - ${kind}`)}.html`;
}

/** An ASCII-only fallback for HTTP's Content-Disposition `filename=` (the UTF-8 name goes in `filename*`). */
export function asciiFileName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
}
