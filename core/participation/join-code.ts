// Join codes: six characters a person reads off a projector and types on a phone. The
// alphabet leaves out what is easily confused at a distance (0/O/Q, 1/I/L, 2/Z, 5/S, 8/B, U/V).
export const JOIN_CODE_ALPHABET = '34679ACDEFGHJKMNPRTWXY';
export const JOIN_CODE_LENGTH = 6;

/**
 * A fresh code from `randomInt(n)` (uniform in 0..n-1; the host passes crypto.randomInt,
 * tests a seeded generator).
 */
export function generateJoinCode(randomInt: (n: number) => number): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** What a person typed, made comparable: upper case, spaces and dashes dropped. */
export function normaliseJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, '').slice(0, 32);
}

export function isJoinCode(input: string): boolean {
  return input.length === JOIN_CODE_LENGTH && [...input].every((c) => JOIN_CODE_ALPHABET.includes(c));
}

/** Compares in time independent of where the strings differ (a code is a secret of the room). */
export function sameJoinCode(typed: string, code: string): boolean {
  const a = normaliseJoinCode(typed);
  if (a.length !== code.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ code.charCodeAt(i);
  return diff === 0;
}

/** « 4K7-M3P »: read aloud in two halves. */
export function displayJoinCode(code: string): string {
  return `${code.slice(0, 3)}\u2011${code.slice(3)}`;
}
