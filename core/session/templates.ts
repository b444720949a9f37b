// Ready-made sessions: a COPIL of the CTG, the forum «\u00A0Habiter le Diois\u00A0» and a thematic
// workshop. Each yields a complete, valid session the facilitator then adjusts.
import { SESSION_FORMAT, SESSION_VERSION } from './schema.js';
import type { AgendaItem, Session, SessionType } from './model.js';

export const TEMPLATE_IDS = ['copil-ctg', 'forum-habiter-le-diois', 'atelier-thematique'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export interface TemplateInfo {
  id: TemplateId;
  type: SessionType;
  label: string;
  description: string;
}

export const TEMPLATES: readonly TemplateInfo[] = [
  {
    id: 'copil-ctg',
    type: 'copil',
    label: 'COPIL de la CTG',
    description:
      'Validation du compte-rendu, revue du plan d’action, évaluation thème par thème, retour du forum, décisions, calendrier.',
  },
  {
    id: 'forum-habiter-le-diois',
    type: 'forum',
    label: 'Forum habitants «\u00A0Habiter le Diois\u00A0»',
    description: 'La présentation logement, puis des tables participatives et un mur de contributions avec vote à gommettes.',
  },
  {
    id: 'atelier-thematique',
    type: 'atelier',
    label: 'Atelier thématique',
    description: 'Une thématique présentée, puis un travail en sous-groupes, un vote et une synthèse.',
  },
];

/** What a template needs to know about a deck (from the library, when it is loaded). */
export interface TemplateDeck {
  id: string;
  title: string;
  durationMinutes: number;
  /** The questions of its `::: atelier` blocks, in order. */
  prompts?: string[];
}

/** The decks of the evaluation, in presentation order, with fallback titles and durations. */
export const EVALUATION_DECKS: readonly TemplateDeck[] = [
  { id: 'lecture-generale', title: 'Lecture générale', durationMinutes: 10 },
  { id: 'dynamique-generale', title: 'La dynamique générale', durationMinutes: 10 },
  { id: 'petite-enfance', title: 'Petite enfance', durationMinutes: 15 },
  { id: 'enfance', title: 'Enfance', durationMinutes: 15 },
  { id: 'jeunesse', title: 'Jeunesse', durationMinutes: 15 },
  { id: 'parentalite', title: 'Parentalité', durationMinutes: 15 },
  { id: 'acces-aux-droits', title: 'Accès aux droits, précarité et inclusion numérique', durationMinutes: 15 },
  { id: 'logement', title: 'Logement', durationMinutes: 15 },
  { id: 'animation-vie-sociale', title: 'Animation de la vie sociale', durationMinutes: 15 },
  { id: 'conclusion', title: 'En guise de conclusion', durationMinutes: 10 },
];

/** Questions for the forum tables when the logement deck carries none (drawn from its findings). */
export const FORUM_DEFAULT_PROMPTS = [
  'Quels besoins de logement rencontrez-vous, vous ou vos proches, sur le Diois\u00A0?',
  'Quelles réponses locales imaginer (habitat intergénérationnel, habitat léger, logement des jeunes…)\u00A0?',
  'Quel espace pourrait rassembler les acteurs du logement pour partager besoins, actions et perspectives\u00A0?',
];

export interface TemplateOptions {
  /** Identifier of the new session (the host draws a random one). */
  id: string;
  /** Creation instant, ISO. */
  now: string;
  /** Day of the meeting, YYYY-MM-DD. */
  date: string;
  title?: string;
  place?: string;
  startTime?: string;
  /** The workshop's theme (a deck id); `petite-enfance` by default. */
  deckId?: string;
  /** Decks of the library, to take real titles, durations and prompts from. */
  decks?: readonly TemplateDeck[];
}

/** The deck whose workshop prompts a template puts on its agenda (forum: logement; workshop: its theme). */
export function promptDeckOf(template: TemplateId, deckId?: string): string | undefined {
  if (template === 'forum-habiter-le-diois') return 'logement';
  if (template === 'atelier-thematique') return deckId ?? DEFAULT_WORKSHOP_DECK;
  return undefined;
}

const DEFAULT_WORKSHOP_DECK = 'petite-enfance';

export function createFromTemplate(template: TemplateId, options: TemplateOptions): Session {
  const decks = new Map<string, TemplateDeck>(EVALUATION_DECKS.map((d) => [d.id, d]));
  for (const d of options.decks ?? []) decks.set(d.id, { ...decks.get(d.id), ...d });
  const deck = (id: string): TemplateDeck => decks.get(id) ?? { id, title: id, durationMinutes: 15 };
  let n = 0;
  type ItemFields = AgendaItem extends infer A ? (A extends AgendaItem ? Omit<A, 'id'> : never) : never;
  const item = (fields: ItemFields): AgendaItem => ({ id: `p${++n}`, ...fields }) as AgendaItem;
  const deckItem = (id: string, prefix = ''): AgendaItem =>
    item({ kind: 'deck', deckId: id, title: prefix + deck(id).title, durationMinutes: deck(id).durationMinutes });

  let type: SessionType;
  let title: string;
  let agenda: AgendaItem[];
  switch (template) {
    case 'copil-ctg':
      type = 'copil';
      title = 'Comité de pilotage de la CTG du Diois';
      agenda = [
        item({ kind: 'libre', title: 'Validation du compte-rendu précédent', durationMinutes: 10 }),
        item({
          kind: 'libre',
          title: 'Revue du plan d’action, thème par thème',
          durationMinutes: 30,
          prompts: ['Pour chaque action\u00A0: réalisée, en cours ou non engagée\u00A0?'],
        }),
        ...EVALUATION_DECKS.map((d) => deckItem(d.id, 'Évaluation\u00A0: ')),
        item({ kind: 'libre', title: 'Retour du forum habitants «\u00A0Habiter le Diois\u00A0»', durationMinutes: 15 }),
        item({ kind: 'libre', title: 'Décisions et arbitrages', durationMinutes: 20 }),
        item({ kind: 'libre', title: 'Calendrier', durationMinutes: 10 }),
      ];
      break;
    case 'forum-habiter-le-diois': {
      type = 'forum';
      title = 'Forum habitants «\u00A0Habiter le Diois\u00A0»';
      const prompts = deck('logement').prompts?.length ? deck('logement').prompts! : FORUM_DEFAULT_PROMPTS;
      agenda = [
        item({ kind: 'libre', title: 'Accueil et présentation de la soirée', durationMinutes: 10 }),
        { ...deckItem('logement', 'Présentation\u00A0: '), prompts: [...prompts] },
        item({ kind: 'libre', title: 'Tables participatives', durationMinutes: 45, prompts: [...prompts], wall: true }),
        item({
          kind: 'libre',
          title: 'Vote à gommettes\u00A0: nos priorités',
          durationMinutes: 15,
          prompts: ['Chacun place trois gommettes sur les idées à mettre en œuvre en premier.'],
          wall: true,
        }),
        item({ kind: 'libre', title: 'Restitution et suites', durationMinutes: 15 }),
      ];
      break;
    }
    case 'atelier-thematique': {
      type = 'atelier';
      const theme = deck(options.deckId ?? DEFAULT_WORKSHOP_DECK);
      title = `Atelier thématique\u00A0: ${theme.title}`;
      agenda = [
        item({ kind: 'libre', title: 'Accueil et tour de table', durationMinutes: 15 }),
        { ...deckItem(theme.id, 'Présentation\u00A0: '), ...(theme.prompts?.length ? { prompts: [...theme.prompts] } : {}) },
        item({
          kind: 'libre',
          title: 'Travail en sous-groupes',
          durationMinutes: 45,
          prompts: theme.prompts?.length ? [...theme.prompts] : ['Quelles priorités pour les années à venir\u00A0?'],
          wall: true,
        }),
        item({ kind: 'libre', title: 'Vote à gommettes', durationMinutes: 15, wall: true }),
        item({ kind: 'libre', title: 'Synthèse et suites', durationMinutes: 15 }),
      ];
      break;
    }
  }
  const session: Session = {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    id: options.id,
    type,
    title: options.title?.trim() || title,
    date: options.date,
    place: options.place ?? '',
    participants: [],
    agenda,
    entries: [],
    revision: 0,
    createdAt: options.now,
    updatedAt: options.now,
  };
  if (options.startTime) session.startTime = options.startTime;
  return session;
}
