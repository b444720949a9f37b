// « Nouvelle présentation »: the deck models, as text in slides/README.md's format.
import { slideModelLines } from './slide-models.js';
import { yamlText } from './slide-fields.js';

import { DECK_MODELS, type DeckModel } from './deck-model-names.js';

export { DECK_MODELS, type DeckModel };

/** Lower case, no accents, dashes: `Bilan COPIL été` → `bilan-copil-ete`. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');
  return /^[a-z0-9]/.test(slug) ? slug : `presentation${slug ? `-${slug}` : ''}`;
}

export interface DeckModelInput {
  model: DeckModel;
  id: string;
  title: string;
  order: number;
  agenda?: readonly string[];
}

export function deckModelText(input: DeckModelInput): string {
  const header = [
    '---',
    `id: ${input.id}`,
    `titre: ${yamlText(input.title)}`,
    `thematique: ${yamlText(input.model === 'copil' ? 'COPIL' : input.title)}`,
    `ordre: ${input.order}`,
    `duree: ${input.model === 'vide' ? 10 : 30}`,
    '---',
  ];
  const title = ['', `# ${input.title}`, '', 'Évaluation de la Convention Territoriale Globale du Diois', ''];
  const slides: string[][] = [title];
  if (input.model === 'thematique') {
    slides.push(slideModelLines('schema'), slideModelLines('constat'), slideModelLines('constat'));
    slides.push(['', '## Conclusion', '', 'Ce que l’on retient de cette thématique.', '']);
    slides.push(slideModelLines('atelier'));
  }
  if (input.model === 'copil') {
    const items = (input.agenda ?? []).map((item) => item.replace(/[\r\n]+/g, ' ').trim()).filter(Boolean);
    const list = items.length ? items.map((item, i) => `${i + 1}. ${item}`) : ['1. Point à l’ordre du jour'];
    slides.push(['', '## Ordre du jour', '', ...list, '']);
    slides.push(['', '## Décisions à prendre', '', '- Première décision', '']);
  }
  return [...header, ...slides.flatMap((lines, k) => (k ? ['---', ...lines] : lines))].join('\n');
}
