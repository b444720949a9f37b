// Where the editor is: the app's main page with `?modifier=<id>`, the one page both hosts
// always serve (app://app/index.html in Electron, / in the browser host). Kept apart from the
// editor's code so that App.tsx can ask without loading it.
export const EDITOR_PARAM = 'modifier';

export function editorUrl(deckId: string): string {
  return `/?${EDITOR_PARAM}=${encodeURIComponent(deckId)}`;
}

/** The deck to edit named by a page's query string, if well formed. */
export function deckToEdit(search: string): string | undefined {
  const id = new URLSearchParams(search).get(EDITOR_PARAM);
  return id !== null && /^[a-z0-9][a-z0-9-]{0,63}$/.test(id) ? id : undefined;
}
