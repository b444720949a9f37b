// The browser host's download route for a standalone HTML deck. Kept apart from api.ts
// (zod schemas) so the library screen that builds these links does not load zod.

export const HTML_DOWNLOAD_PATH = '/export/deck.html';

export function htmlDownloadPath(deckId: string, options: { withNotes?: boolean } = {}): string {
  return `${HTML_DOWNLOAD_PATH}?deck=${encodeURIComponent(deckId)}${options.withNotes ? '&notes=1' : ''}`;
}
