// French typography of what the room and the presenter read: an apostrophe typed on the
// keyboard (') between two letters becomes the typographic one (’). Applied to the parsed
// deck, not to the file, because YAML blocks use ' as a quote character.

const STRAIGHT_APOSTROPHE = /(\p{L})'(?=\p{L})/gu;

export function typographicApostrophes(text: string): string {
  return text.includes("'") ? text.replace(STRAIGHT_APOSTROPHE, '$1’') : text;
}

/** Every string inside a parsed value (deck, slide, diagram data), apostrophes made typographic. */
export function withTypographicApostrophes<T>(value: T): T {
  if (typeof value === 'string') return typographicApostrophes(value) as T;
  if (Array.isArray(value)) return value.map((item) => withTypographicApostrophes(item)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = withTypographicApostrophes(item);
    return out as T;
  }
  return value;
}
