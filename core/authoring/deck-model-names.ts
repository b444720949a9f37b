// The models of « Nouvelle présentation », by name (no parser here: the library imports it).
export const DECK_MODELS = ['vide', 'thematique', 'copil'] as const;
export type DeckModel = (typeof DECK_MODELS)[number];

export const DECK_MODEL_LABELS: Record<DeckModel, string> = {
  vide: 'Vide',
  thematique: 'Thématique (titre, schéma, constats, conclusion, atelier)',
  copil: 'COPIL (avec l’ordre du jour d’une séance)',
};
