// Reads the glossary of sigles (slides/glossaire.yaml) for the presenter's sigle key.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseGlossary } from '../core/glossary/parse-glossary.js';
import type { GlossaryResult } from '../core/host-api.js';

export const GLOSSARY_FILE = 'glossaire.yaml';

export async function loadGlossary(slidesDir: string): Promise<GlossaryResult> {
  let text: string;
  try {
    text = await readFile(path.join(slidesDir, GLOSSARY_FILE), 'utf8');
  } catch {
    return { ok: false, message: `Le glossaire des sigles (${GLOSSARY_FILE}) est introuvable dans le dossier des présentations.` };
  }
  const parsed = parseGlossary(text);
  return parsed.ok
    ? { ok: true, glossary: parsed.glossary }
    : { ok: false, message: `Le glossaire des sigles (${GLOSSARY_FILE}) contient une erreur\u00a0: ${parsed.errors.join(' ; ')}` };
}
