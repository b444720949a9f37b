// French wording of the figures shown on a deck card.
const NBSP = '\u00a0';

export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes}${NBSP}min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h}${NBSP}h` : `${h}${NBSP}h${NBSP}${String(m).padStart(2, '0')}`;
}

export function formatSlideCount(n: number): string {
  return n === 1 ? `1${NBSP}diapositive` : `${n}${NBSP}diapositives`;
}

export function formatPromptCount(n: number, minutes?: number): string {
  if (n === 0) return 'aucun atelier';
  const count = n === 1 ? `1${NBSP}atelier` : `${n}${NBSP}ateliers`;
  return minutes ? `${count} (${formatDuration(minutes)})` : count;
}

/** The slides' time: a deck's `duree` leaves its workshops out. */
export function formatSlidesDuration(minutes: number): string {
  return `${formatDuration(minutes)} de présentation`;
}
