// French wording of the figures shown on a deck card.
import { formatMinutes } from '../../core/durations.js';

const NBSP = '\u00a0';

export function formatSlideCount(n: number): string {
  return n === 1 ? `1${NBSP}diapositive` : `${n}${NBSP}diapositives`;
}

export function formatPromptCount(n: number, minutes?: number): string {
  if (n === 0) return 'aucun atelier';
  const count = n === 1 ? `1${NBSP}atelier` : `${n}${NBSP}ateliers`;
  return minutes ? `${count} (${formatMinutes(minutes)})` : count;
}

/** The slides' time: a deck's `duree` leaves its workshops out. */
export function formatSlidesDuration(minutes: number): string {
  return `${formatMinutes(minutes)} de présentation`;
}
