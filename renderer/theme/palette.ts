// Colours the TypeScript side needs (reveal.js paints slide backgrounds from data
// attributes). Every text/background pair of the theme is at least 7:1 (WCAG AAA);
// the values are checked by theme/contrast.test.ts.
export const PALETTE = {
  paper: '#FBFAF7',
  ink: '#14171C',
  inkSoft: '#3B4049',
  accent: '#0A3D55',
  accentSoft: '#EAF1F4',
  /** Decoration only (rules, bullets): never text. */
  warm: '#B4451F',
  night: '#0E2A3B',
  nightInk: '#FBFAF7',
  nightInkSoft: '#D9E4EA',
  danger: '#8A1C1C',
  dangerSoft: '#FDF1EF',
} as const;

/** The text/background pairs the theme uses, for the contrast test. */
export const TEXT_PAIRS: ReadonlyArray<readonly [fg: string, bg: string, where: string]> = [
  [PALETTE.ink, PALETTE.paper, 'texte des diapositives'],
  [PALETTE.accent, PALETTE.paper, 'titres des diapositives'],
  [PALETTE.inkSoft, PALETTE.paper, 'texte secondaire'],
  [PALETTE.nightInk, PALETTE.night, 'diapositive de titre'],
  [PALETTE.nightInkSoft, PALETTE.night, 'sous-titre de la diapositive de titre'],
  [PALETTE.danger, PALETTE.dangerSoft, 'cartes d’erreur'],
  [PALETTE.accent, PALETTE.accentSoft, 'thématique des cartes, méthode d’atelier'],
  [PALETTE.ink, PALETTE.accentSoft, 'consigne d’atelier'],
  [PALETTE.ink, '#FFFFFF', 'cartes de la bibliothèque'],
];
