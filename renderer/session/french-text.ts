// Fields where people type French prose (notes, decisions, titles): the browser's spell-check
// on, in French (Electron's dictionary is set to French by main/spellcheck.ts).
export const FRENCH_TEXT = { spellCheck: true, lang: 'fr' } as const;
