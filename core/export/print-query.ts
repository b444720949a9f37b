// The print route's address, `/print?decks=petite-enfance,logement&variant=notes&prompts=1`,
// built and read without URLSearchParams (core has no DOM or Node globals).
import { DECK_ID_PATTERN } from '../ids.js';
import { isPrintVariant, type PrintVariant } from './variants.js';

export const PRINT_PATH = '/print';
/**
 * On the wrapper of each deck's pages in the print view, with the deck's id: Electron's hidden
 * window loads every deck of an export once and prints each file with only its decks shown.
 */
export const PRINT_DECK_ATTRIBUTE = 'data-print-deck';
/** More than this many decks in one print is a mistake, not a session. */
export const MAX_PRINT_DECKS = 40;

export interface PrintRequest {
  deckIds: string[];
  variant: PrintVariant;
  /** Notes variant: also print each slide's workshop prompts under its notes. */
  withPrompts: boolean;
  /** Show the « Imprimer » toolbar (browser host); Electron's hidden window sets false. */
  toolbar: boolean;
}

export function printQuery(request: Omit<PrintRequest, 'toolbar' | 'withPrompts'> & Partial<PrintRequest>): string {
  const parts = [`decks=${request.deckIds.map(encodeURIComponent).join(',')}`, `variant=${request.variant}`];
  if (request.withPrompts) parts.push('prompts=1');
  if (request.toolbar === false) parts.push('toolbar=0');
  return `${PRINT_PATH}?${parts.join('&')}`;
}

export type ParsedPrintRequest = { ok: true; request: PrintRequest } | { ok: false; message: string };

/** Reads `location.search` (with or without its `?`); French message when it makes no sense. */
export function parsePrintQuery(search: string): ParsedPrintRequest {
  const params = new Map<string, string>();
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = eq === -1 ? pair : pair.slice(0, eq);
    const raw = eq === -1 ? '' : pair.slice(eq + 1);
    try {
      params.set(decodeURIComponent(key), decodeURIComponent(raw.replace(/\+/g, ' ')));
    } catch {
      return { ok: false, message: 'Adresse d’impression illisible.' };
    }
  }
  const deckIds = (params.get('decks') ?? '').split(',').filter((id) => id !== '');
  if (deckIds.length === 0) return { ok: false, message: 'Aucune présentation à imprimer.' };
  if (deckIds.length > MAX_PRINT_DECKS) return { ok: false, message: `Trop de présentations à la fois (${MAX_PRINT_DECKS} au plus).` };
  const bad = deckIds.find((id) => !DECK_ID_PATTERN.test(id));
  if (bad !== undefined) return { ok: false, message: `Identifiant de présentation invalide\u00a0: ${bad.slice(0, 64)}` };
  const variant = params.get('variant') ?? 'slides';
  if (!isPrintVariant(variant)) return { ok: false, message: `Type d’impression inconnu\u00a0: ${variant.slice(0, 40)}` };
  return {
    ok: true,
    request: { deckIds, variant, withPrompts: params.get('prompts') === '1', toolbar: params.get('toolbar') !== '0' },
  };
}
