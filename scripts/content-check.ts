// `npm run content:check [dossier]`: lists every `[à vérifier]` marker of every deck, with
// file:line and the line's text, for the person responsible for the content; then, per deck, its
// markers, the diagram labels the source page does not hold (unmarked), and its time: slides and
// workshops against the deck's `duree`. Markers are expected work, not failures: the exit code
// is 0, unless a deck file cannot be loaded at all.
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseDeck } from '../core/deck/parse-deck.js';
import { findReviewMarkers } from '../core/deck/review-markers.js';
import { readDeckFiles } from '../host/deck-store.js';
import { fr } from '../core/deck/text.js';
import { deckTiming } from '../core/deck/timing.js';
import type { Deck } from '../core/deck/model.js';
import { parseGlossary } from '../core/glossary/parse-glossary.js';
import { MEETING_MINUTES } from '../core/session/templates.js';
import { SOURCE_README_PATH, SOURCE_TEXT_PATH, sourcePages, unsourcedLabels } from './content-audit.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

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
  const loaded: Array<{ deck: Deck; markers: number }> = [];
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
    } else {
      loaded.push({ deck: parsed.deck, markers: findReviewMarkers(entry.file, entry.text).length });
    }
  }
  const lines: string[] = [];
  if (markerCount) lines.push(fr`Repères « [à vérifier] » à relire dans ${slidesDir} :`, '', ...out, '');
  lines.push(
    markerCount === 0
      ? fr`Aucun repère « [à vérifier] » : tout le contenu est relu.`
      : fr`${markerCount} ${markerCount > 1 ? 'repères' : 'repère'} à vérifier dans ${markedFiles.size} ${markedFiles.size > 1 ? 'présentations' : 'présentation'}.`,
  );
  lines.push('', ...(await perDeck(loaded, slidesDir)));
  if (brokenCount) {
    lines.push('', fr`${brokenCount} ${brokenCount > 1 ? 'fichiers ne peuvent' : 'fichier ne peut'} pas être chargé${brokenCount > 1 ? 's' : ''} :`, ...broken);
  }
  return { text: lines.join('\n'), markerCount, brokenCount };
}

/** Per deck: markers, unsourced diagram labels, and the slides' and workshops' time. */
async function perDeck(loaded: ReadonlyArray<{ deck: Deck; markers: number }>, slidesDir: string): Promise<string[]> {
  const readme = await readFile(join(ROOT, SOURCE_README_PATH), 'utf8').catch(() => '');
  const pages = await readFile(join(ROOT, SOURCE_TEXT_PATH), 'utf8').then((text) => sourcePages(text, readme), () => null);
  const glossary = await readFile(join(slidesDir, 'glossaire.yaml'), 'utf8').then(parseGlossary, () => null);
  const sigles = new Set(glossary?.ok ? glossary.glossary.entries.map((e) => e.sigle) : []);
  const room = MEETING_MINUTES['atelier-thematique'] - 30;
  const out = [fr`Par présentation (repères, libellés de schéma absents de la page source, durée) :`];
  if (!pages) out.push(fr`  (source ${SOURCE_TEXT_PATH} introuvable : libellés non vérifiés)`);
  for (const { deck, markers } of loaded) {
    const t = deckTiming(deck);
    const page = pages?.[deck.meta.order - 1];
    const unsourced = page === undefined ? [] : unsourcedLabels(deck, page, sigles);
    out.push(`  ${deck.file}`);
    out.push(fr`    repères à vérifier : ${markers}`);
    out.push(
      unsourced.length === 0
        ? fr`    libellés sans source : ${page === undefined ? 'non vérifiés' : 'aucun'}`
        : fr`    libellés sans source : ${unsourced.map((l) => `« ${l.text} » (ligne ${l.line})`).join(', ')}`,
    );
    const workshops = t.workshops.map((w) => `${w.durationMinutes}`).join(' + ');
    out.push(
      fr`    durée : diapositives ${t.slidesMinutes} min (duree) + ${t.workshops.length} atelier${t.workshops.length > 1 ? 's' : ''} ${t.workshopMinutes} min${workshops ? ` (${workshops})` : ''} = ${t.totalMinutes} min`,
    );
    if (t.totalMinutes > room) out.push(fr`    attention : ateliers compris, plus de ${room} min ; un atelier de 2 h n'en fera qu'une partie`);
  }
  return out;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  const dir = resolve(process.argv[2] ?? DEFAULT_SLIDES_DIR);
  const report = await contentCheck(dir);
  console.log(report.text);
  process.exitCode = report.brokenCount ? 1 : 0;
}
