// French wording of the figures shown on a deck card.
const NBSP = '\u00a0';

export function formatSlideCount(n: number): string {
  return n === 1 ? `1${NBSP}diapositive` : `${n}${NBSP}diapositives`;
}

export function formatPromptCount(n: number): string {
  if (n === 0) return 'aucun atelier';
  return n === 1 ? `1${NBSP}atelier` : `${n}${NBSP}ateliers`;
}
