// The slide models the editor adds from (« Ajouter une diapositive »), written as a user would
// type them in slides/README.md's format. Each parses as a valid slide.

export const SLIDE_MODELS = ['titre', 'constat', 'texte', 'schema', 'atelier', 'image'] as const;
export type SlideModel = (typeof SLIDE_MODELS)[number];

export const SLIDE_MODEL_LABELS: Record<SlideModel, string> = {
  titre: 'Titre',
  constat: 'Constat',
  texte: 'Texte',
  schema: 'Schéma',
  atelier: 'Atelier',
  image: 'Image',
};

/** The model's lines, without line ends; the slide starts with a blank line after its `---`. */
export function slideModelLines(model: SlideModel, options: { imagePath?: string; imageAlt?: string } = {}): string[] {
  switch (model) {
    case 'titre':
      return ['', '# Titre de la présentation', '', 'Évaluation de la Convention Territoriale Globale du Diois', ''];
    case 'constat':
      return [
        '',
        '## Intitulé du constat',
        '',
        'Ce que l’évaluation constate, en une ou deux phrases.',
        '',
        '::: notes',
        'Ce qu’il faut dire sur ce constat, et la transition vers la suite.',
        ':::',
        '',
      ];
    case 'texte':
      return ['', '## Titre de la diapositive', '', '- Premier point', '- Deuxième point', ''];
    case 'schema':
      return [
        '',
        '## Titre du schéma',
        '',
        '::: schema carte',
        'centre: La politique',
        'axes:',
        '  - titre: Premier axe',
        '  - titre: Deuxième axe',
        ':::',
        '',
      ];
    case 'atelier':
      return [
        '',
        '## Temps d’échange',
        '',
        '::: atelier',
        'question: Quelle question poser à la salle ?',
        'methode: tour de table',
        'duree: 15',
        'consigne: Chacun répond en une phrase, puis nous en discutons ensemble.',
        ':::',
        '',
      ];
    case 'image':
      // The picture is chosen when the slide is added (renderer/editor); without one, a title to fill.
      return ['', '## Titre de l’image', '', ...(options.imagePath ? [`![${(options.imageAlt ?? 'Image').replace(/[[\]]/g, '')}](${options.imagePath})`, ''] : [])];
  }
}
