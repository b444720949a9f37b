// Durations in French, one formatter per meaning, never wrapping across lines (non-breaking
// spaces). Planned lengths are whole minutes (deck and prompt durations, agendas); measured
// times are milliseconds (the facilitator's stopwatch, workshop countdowns).
const NBSP = '\u00a0';
const pad = (n: number) => String(n).padStart(2, '0');

/** A planned length in minutes: « 20 min », « 1 h », « 1 h 30 ». */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes}${NBSP}min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h}${NBSP}h` : `${h}${NBSP}h${NBSP}${pad(m)}`;
}

/**
 * A measured time in milliseconds, to the second: « 45 s », « 12 min 05 s »,
 * « 1 h 02 min 05 s ». The sign is dropped: callers say « restant » or « dépassé ».
 */
export function formatElapsed(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h}${NBSP}h${NBSP}${pad(m)}${NBSP}min${NBSP}${pad(s)}${NBSP}s`;
  if (m > 0) return `${m}${NBSP}min${NBSP}${pad(s)}${NBSP}s`;
  return `${s}${NBSP}s`;
}

/**
 * A countdown in milliseconds as the room reads it from afar: « 4:59 », « 1:00:00 », and
 * « −0:12 » once over time. Rounds up while time is left, so « 0:00 » appears exactly when
 * it runs out.
 */
export function formatCountdown(remainingMs: number): string {
  const over = remainingMs < 0;
  const total = over ? Math.floor(-remainingMs / 1000) : Math.ceil(remainingMs / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const body = h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
  return over && total > 0 ? `\u2212${body}` : body;
}
