// French renderings of dates, for messages and minutes (no Intl: core stays portable).

const two = (n: number): string => String(n).padStart(2, '0');

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

/**
 * « 3 mars 2026 » for a date however it was typed (2026-03-03, 03/03/2026, 3 mars 2026);
 * other text (« fin juin », « 2026 ») is kept as typed. The minutes write dates one way.
 */
export function frenchDeadline(text: string): string {
  const iso = parseFrenchDate(text);
  if (!iso) return text;
  const [y, mo, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d === 1 ? '1er' : d} ${MONTHS[mo - 1]} ${y}`;
}

const fold = (t: string): string => t.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
// Month names and the abbreviations people write (« janv. », « fév », « sept »).
const MONTH_WORDS: [RegExp, number][] = MONTHS.map((m, i) => [new RegExp(`^${fold(m).slice(0, 3)}`), i + 1]);
MONTH_WORDS[5] = [/^juin/, 6];
MONTH_WORDS[6] = [/^juil/, 7];

function validDate(y: number, mo: number, d: number): string | null {
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCMonth() !== mo - 1) return null;
  return `${y}-${two(mo)}-${two(d)}`;
}

/** The ISO date (YYYY-MM-DD) a French text names, or null when it names no single day. */
export function parseFrenchDate(text: string): string | null {
  const t = fold(text.trim()).replace(/^(le|au|pour le|avant le)\s+/, '');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(t);
  if (m) return validDate(m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?(\d{1,2})(?:er)?\s+([a-z]+)\.?\s+(\d{4})$/.exec(t);
  if (m) {
    const month = MONTH_WORDS.find(([re]) => re.test(m![2]!))?.[1];
    return month ? validDate(Number(m[3]), month, Number(m[1])) : null;
  }
  return null;
}

/** « 03/03/2026 à 14:05 » in local time (backup dates in messages). */
export function frenchDayTime(date: Date): string {
  return `${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()} à ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** "2026-03-03 14h05" for file names (no characters Windows refuses). */
export function fileStamp(date: Date): string {
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}h${two(date.getMinutes())}`;
}
