// Fidelity of the decks to the source: every finding heading and every conclusion of the OCR
// text of the evaluation appears in the decks, compared without case, accents, punctuation or
// spacing. The expectations are read from the source itself, repaired by the explicit table below.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { slideAudienceText, slideNotesText } from '../../core/deck/plain-text.js';
import { SOURCE_FILE, isThematique, loadDecks } from './content-load.js';

/**
 * OCR repairs, applied to the source before extraction. Each one restores what the page says:
 * a mangled letter, a dropped space, a diagram label read into a finding, or a plain typo of the
 * source (agreement, conjugation) that the decks correct.
 */
const OCR_REPAIRS: ReadonlyArray<readonly [string | RegExp, string]> = [
  // Ligatures and mangled accents (é read as "eé", œ read as "ce").
  [/ﬁ/g, 'fi'],
  [/ceuvr/g, 'œuvr'],
  [/oeuvr/g, 'œuvr'],
  [/([a-z])eé/g, '$1é'],
  ['écosysteme', 'écosystème'],
  ['systéme', 'système'],
  ['pésent', 'pèsent'],
  ['pése ', 'pèse '],
  ['maniére', 'manière'],
  ['entiére', 'entière'],
  ['singuliere', 'singulière'],
  ['Parallelement', 'Parallèlement'],
  ['évenement', 'événement'],
  ['intégre ', 'intègre '],
  ['méme', 'même'],
  ['étre', 'être'],
  ['soclal', 'social'],
  // "l'" read as "[", "I" or dropped before an apostrophe.
  [/\['/g, "l'"],
  [/\bI'/g, "l'"],
  ["a 'ensemble", "à l'ensemble"],
  ["de 'engagement", "de l'engagement"],
  ["et 'accompagnement", "et l'accompagnement"],
  ["de 'action", "de l'action"],
  ["qui 'y", 'qui y'],
  ['lillustration', "l'illustration"],
  // "à" read as "&" or "8".
  ['répondant & de', 'répondant à de'],
  ['captif & un', 'captif à un'],
  ['pratiques 8 même', 'pratiques à même'],
  // Dropped spaces between words.
  ['UNSECTEUR', 'UN SECTEUR'],
  ['UNDEVELOPPEMENT', 'UN DEVELOPPEMENT'],
  ['SURLE', 'SUR LE'],
  ["OUVRIRET", 'OUVRIR ET'],
  ['"ALLER-VERS"ET', '"ALLER-VERS" ET'],
  ["S'ADRESSERA LA", "S'ADRESSER A LA"],
  // A diagram label ("…ITIQUE PETITE-ENFANCE") read into the middle of a finding heading.
  ['ITIQUE PETITE-ENFANCE INDIVIDUEL', 'INDIVIDUEL'],
  // Typos of the source, corrected in the decks.
  ['IMPLICATION FORTES', 'IMPLICATION FORTE'],
  ["D'ACTEUR AU SEIN", "D'ACTEURS AU SEIN"],
  ['ACTEURS RASSEMBLER', 'ACTEURS RASSEMBLES'],
  ['a dépasse', 'a dépassé'],
  ['aujourd’\'hui entretien', "aujourd'hui entretient"],
  ['en continue', 'en continu'],
  ['préoccupation locales', 'préoccupations locales'],
  ['réussi a', 'réussit à'],
  ['sont présentent', 'sont présentes'],
  ['les école ', 'les écoles '],
  [/éducation\s+nationales/g, 'éducation nationale'],
  [/le\s+champs de/g, 'le champ de'],
  ['lui permette ', 'lui permettent '],
  ["n'en as douter", "n'en pas douter"],
  ['singularités majeurs', 'singularités majeures'],
];

/** How many times each repair applies to the raw source (a repair that never applies is stale). */
function repairUses(text: string): number[] {
  let out = text;
  return OCR_REPAIRS.map(([from, to]) => {
    const count = typeof from === 'string' ? out.split(from).length - 1 : (out.match(from) ?? []).length;
    out = typeof from === 'string' ? out.split(from).join(to) : out.replace(from, to);
    return count;
  });
}

function repairSource(text: string): string {
  let out = text;
  for (const [from, to] of OCR_REPAIRS) {
    out = typeof from === 'string' ? out.split(from).join(to) : out.replace(from, to);
  }
  return out;
}

/** Case, accents, ligatures, punctuation and spacing removed: only letters and digits remain. */
function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

interface Finding {
  heading: string;
  /** 0 for the first thématique page (petite enfance), 1 for the next… */
  page: number;
}

/** A line with no lower-case letter and at least two capitals: part of a heading. */
const isCapitals = (line: string) => !/\p{Ll}/u.test(line.replace(/\be\b/g, '')) && (line.match(/\p{Lu}/gu) ?? []).length >= 2;

/**
 * Finding headings are a bullet read as "e" (or "•") followed by capitals, possibly in the
 * middle of a line after diagram fragments, possibly continued on the next capital line.
 */
function extractFindings(source: string): Finding[] {
  const lines = source.split('\n');
  const findings: Finding[] = [];
  let page = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === 'CONCLUSION') {
      page++;
      continue;
    }
    const bullet = /(?:^|\s)[e•]\s+(["«]?\p{Lu}[^\p{Ll}]*)$/u.exec(line);
    if (!bullet || !isCapitals(bullet[1]!)) continue;
    let heading = bullet[1]!.trim();
    // Continuation: the next non-blank line (one blank line at most) if it is in capitals.
    let j = i + 1;
    if (lines[j]?.trim() === '') j++;
    const next = lines[j]?.trim() ?? '';
    if (next !== '' && next !== 'CONCLUSION' && isCapitals(next)) heading += ` ${next}`;
    findings.push({ heading, page });
  }
  return findings;
}

/** Each conclusion is the paragraph after a line "CONCLUSION", up to the next blank line. */
function extractConclusions(source: string): string[] {
  const lines = source.split('\n');
  const conclusions: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() !== 'CONCLUSION') continue;
    let j = i + 1;
    while (lines[j]?.trim() === '') j++;
    const paragraph: string[] = [];
    while (j < lines.length && lines[j]!.trim() !== '') paragraph.push(lines[j++]!.trim());
    conclusions.push(paragraph.join(' '));
  }
  return conclusions;
}

const source = repairSource(readFileSync(SOURCE_FILE, 'utf8'));
const findings = extractFindings(source);
const conclusions = extractConclusions(source);
const decks = loadDecks();
const thematiques = decks.filter(isThematique).sort((a, b) => a.meta.order - b.meta.order);

describe('extraction from the source', () => {
  it('uses every repair of the table (none is stale)', () => {
    const uses = repairUses(readFileSync(SOURCE_FILE, 'utf8'));
    const stale = OCR_REPAIRS.filter((_, i) => uses[i] === 0).map(([from]) => String(from));
    expect(stale).toEqual([]);
  });

  it('finds the findings of each thématique page as the source README counts them', () => {
    const perPage = [0, 1, 2, 3, 4, 5, 6].map((page) => findings.filter((f) => f.page === page).length);
    expect(perPage).toEqual([5, 5, 6, 5, 5, 5, 4]);
  });

  it('finds one conclusion paragraph per thématique page', () => {
    expect(conclusions).toHaveLength(7);
    for (const paragraph of conclusions) expect(paragraph.split(/\s+/).length).toBeGreaterThan(50);
  });
});

describe('the decks carry the source', () => {
  it('has one deck per thématique page, in source order', () => {
    expect(thematiques.map((d) => d.meta.id)).toEqual([
      'petite-enfance',
      'enfance',
      'jeunesse',
      'parentalite',
      'acces-aux-droits',
      'logement',
      'animation-vie-sociale',
    ]);
  });

  it.each(findings.map((f) => [f.heading, f.page] as const))('finding « %s » is a slide title of its thématique deck', (heading, page) => {
    const deck = thematiques[page]!;
    const titles = deck.slides.map((slide) => normalise(slide.title));
    expect(titles, `${deck.file} has no slide titled « ${heading} »`).toContain(normalise(heading));
  });

  it.each(conclusions.map((c, page) => [page, c] as const))('conclusion %i is in its deck, in the notes or across the audience slides', (page, paragraph) => {
    const deck = thematiques[page]!;
    const expected = normalise(paragraph);
    const notes = normalise(deck.slides.flatMap(slideNotesText).join(' '));
    // Across the audience slides: their text without titles (which repeat "Conclusion (suite)").
    const audience = normalise(
      deck.slides.flatMap((slide) => slideAudienceText(slide).filter((text) => text !== slide.title)).join(' '),
    );
    expect(notes.includes(expected) || audience.includes(expected), `${deck.file}: conclusion not found`).toBe(true);
  });

  it('shows every conclusion on the audience slides too, not only in the notes', () => {
    for (const [page, paragraph] of conclusions.entries()) {
      const deck = thematiques[page]!;
      const audience = normalise(
        deck.slides.flatMap((slide) => slideAudienceText(slide).filter((text) => text !== slide.title)).join(' '),
      );
      expect(audience, deck.file).toContain(normalise(paragraph));
    }
  });
});
