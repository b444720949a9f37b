// Reads slides/glossaire.yaml into a Glossary, or French messages saying what to fix.
import { parse } from 'yaml';
import { withTypographicApostrophes } from '../deck/typography.js';
import { glossarySchema, type Glossary } from './model.js';

export type GlossaryLoadResult = { ok: true; glossary: Glossary } | { ok: false; errors: string[] };

export function parseGlossary(text: string): GlossaryLoadResult {
  let data: unknown;
  try {
    data = parse(text);
  } catch (e) {
    return { ok: false, errors: [`glossaire illisible (YAML)\u00a0: ${(e as Error).message}`] };
  }
  const parsed = glossarySchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => {
        const where = issue.path.length > 0 ? ` (${describePath(issue.path)})` : '';
        return `glossaire${where}\u00a0: ${issue.message}`;
      }),
    };
  }
  const entries = parsed.data.sigles;
  // A sigle defined twice would make the definition shown depend on file order.
  const seen = new Set<string>();
  const errors: string[] = [];
  for (const entry of entries) {
    if (seen.has(entry.sigle)) errors.push(`glossaire\u00a0: le sigle ${entry.sigle} est défini deux fois`);
    seen.add(entry.sigle);
  }
  // Shown to the room like the slides: typographic apostrophes (core/deck/typography.ts).
  return errors.length > 0 ? { ok: false, errors } : { ok: true, glossary: { entries: withTypographicApostrophes(entries) } };
}

function describePath(path: readonly PropertyKey[]): string {
  return path
    .map((part) => (typeof part === 'number' ? `entrée ${part + 1}` : String(part)))
    .join(', ');
}
