// French renderings of dates, for messages and minutes (no Intl: core stays portable).

const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MONTHS = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
];

/** « mardi 3 mars 2026 » from "2026-03-03"; the input unchanged if it is not a date. */
export function frenchLongDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return isoDate;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCMonth() !== mo - 1) return isoDate;
  return `${WEEKDAYS[day.getUTCDay()]} ${d === 1 ? '1er' : d} ${MONTHS[mo - 1]} ${y}`;
}

/** « 3 mars 2026 » for an ISO date; other text (« fin juin », « 2026 ») is kept as typed. */
export function frenchDeadline(text: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return text;
  const d = Number(m[3]);
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return text;
  return `${d === 1 ? '1er' : d} ${MONTHS[mo - 1]} ${m[1]}`;
}

const two = (n: number): string => String(n).padStart(2, '0');

/** « 03/03/2026 à 14:05 » in local time (backup dates in messages). */
export function frenchDayTime(date: Date): string {
  return `${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()} à ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** "2026-03-03 14h05" for file names (no characters Windows refuses). */
export function fileStamp(date: Date): string {
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}h${two(date.getMinutes())}`;
}
