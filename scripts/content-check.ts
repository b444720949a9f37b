// `npm run content:check [dossier]`: lists every `[à vérifier]` marker of every deck, with
// file:line and the line's text, for the person responsible for the content. Markers are
// expected work, not failures: the exit code is 0, unless a deck file cannot be loaded at all.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseDeck } from '../core/deck/parse-deck.js';
import { findReviewMarkers } from '../core/deck/review-markers.js';
import { readDeckFiles } from '../host/deck-store.js';
import { fr } from '../core/deck/text.js';

export const DEFAULT_SLIDES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'slides');

export interface ContentReport {
  text: string;
  markerCount: number;
  brokenCount: number;
}

export async function contentCheck(slidesDir: string): Promise<ContentReport> {
  const out: string[] = [];
  let markerCount = 0;
  let brokenCount = 0;
  const markedFiles = new Set<string>();
  const broken: string[] = [];
  for (const entry of await readDeckFiles(slidesDir)) {
    if (!entry.ok) {
      brokenCount++;
      broken.push(...entry.errors.map((e) => `  ${e.file}${e.line ? `:${e.line}` : ''}  ${e.message}`));
      continue;
    }
    for (const marker of findReviewMarkers(entry.file, entry.text)) {
      markerCount++;
      markedFiles.add(marker.file);
      out.push(`  ${marker.file}:${marker.line}  ${marker.context}`);
    }
    const parsed = parseDeck(entry.file, entry.text);
    if (!parsed.ok) {
      brokenCount++;
      broken.push(...parsed.errors.map((e) => `  ${e.file}:${e.line}  ${e.message}`));
    }
  }
  const lines: string[] = [];
  if (markerCount) lines.push(fr`Repères « [à vérifier] » à relire dans ${slidesDir} :`, '', ...out, '');
  lines.push(
    markerCount === 0
      ? fr`Aucun repère « [à vérifier] » : tout le contenu est relu.`
      : fr`${markerCount} ${markerCount > 1 ? 'repères' : 'repère'} à vérifier dans ${markedFiles.size} ${markedFiles.size > 1 ? 'présentations' : 'présentation'}.`,
  );
  if (brokenCount) {
    lines.push('', fr`${brokenCount} ${brokenCount > 1 ? 'fichiers ne peuvent' : 'fichier ne peut'} pas être chargé${brokenCount > 1 ? 's' : ''} :`, ...broken);
  }
  return { text: lines.join('\n'), markerCount, brokenCount };
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  const dir = resolve(process.argv[2] ?? DEFAULT_SLIDES_DIR);
  const report = await contentCheck(dir);
  console.log(report.text);
  process.exitCode = report.brokenCount ? 1 : 0;
}
