// Ready-made sessions: a COPIL of the CTG, the forum «\u00A0Habiter le Diois\u00A0» and a thematic
// workshop. Each yields a complete, valid session the facilitator then adjusts, whose agenda fits
// its meeting's assumed length (MEETING_MINUTES): a template chooses the decks and the workshops
// it has room for, it does not stack every workshop of every deck.
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
      'Validation du compte rendu, revue du plan d’action, évaluation thème par thème, retour du forum, décisions, calendrier.',
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

/**
 * The length each meeting is assumed to last, in minutes: a COPIL 2 h 30, the forum 2 h, a
 * thematic workshop 2 h. Every template's agenda adds up to at most this.
 */
export const MEETING_MINUTES: Readonly<Record<TemplateId, number>> = {
  'copil-ctg': 150,
  'forum-habiter-le-diois': 120,
  'atelier-thematique': 120,
};

/** One `::: atelier` of a deck, as a template weighs it. */
export interface TemplateWorkshop {
  question: string;
  /** The workshop method (`post-it`, `vote à gommettes`…). */
  method: string;
  durationMinutes: number;
}

/** What a template needs to know about a deck (from the library, when it is loaded). */
export interface TemplateDeck {
  id: string;
  title: string;
  /** The slides' time, without the workshops (the deck's `duree`). */
  durationMinutes: number;
  /** The questions of its `::: atelier` blocks, in order. */
  prompts?: string[];
  /** Its `::: atelier` blocks with their method and duration, in order (preferred to `prompts`). */
  workshops?: TemplateWorkshop[];
}

/** Minutes given to a prompt known only by its question (a library that sent no durations). */
const UNTIMED_PROMPT_MINUTES = 15;

/** A vote ranks options some earlier workshop gathered. */
const isRanking = (w: TemplateWorkshop): boolean => w.method === 'vote à gommettes';

/** A deck's workshops, from `workshops`, else from its bare `prompts`. */
function workshopsOf(deck: TemplateDeck): TemplateWorkshop[] {
  if (deck.workshops?.length) return deck.workshops;
  return (deck.prompts ?? []).map((question) => ({ question, method: 'post-it', durationMinutes: UNTIMED_PROMPT_MINUTES }));
}

/**
 * The workshops that fit `budgetMinutes`, in the deck's order: one that does not fit is left
 * out, and a vote is kept only after a kept workshop that gathered what it ranks.
 */
export function chooseWorkshops(workshops: readonly TemplateWorkshop[], budgetMinutes: number): TemplateWorkshop[] {
  const chosen: TemplateWorkshop[] = [];
  let left = budgetMinutes;
  for (const w of workshops) {
    if (w.durationMinutes > left) continue;
    if (isRanking(w) && !chosen.some((c) => !isRanking(c))) continue;
    chosen.push(w);
    left -= w.durationMinutes;
  }
  return chosen;
}

const minutesOf = (workshops: readonly TemplateWorkshop[]): number => workshops.reduce((n, w) => n + w.durationMinutes, 0);

/** The decks of the evaluation, in presentation order, with fallback titles and durations. */
export const EVALUATION_DECKS: readonly TemplateDeck[] = [
  { id: 'lecture-generale', title: 'Lecture générale', durationMinutes: 8 },
  { id: 'dynamique-generale', title: 'La dynamique générale', durationMinutes: 8 },
  { id: 'petite-enfance', title: 'Petite enfance', durationMinutes: 12 },
  { id: 'enfance', title: 'Enfance', durationMinutes: 12 },
  { id: 'jeunesse', title: 'Jeunesse', durationMinutes: 12 },
  { id: 'parentalite', title: 'Parentalité', durationMinutes: 10 },
  { id: 'acces-aux-droits', title: 'Accès aux droits, précarité et inclusion numérique', durationMinutes: 10 },
  { id: 'logement', title: 'Logement', durationMinutes: 10 },
  { id: 'animation-vie-sociale', title: 'Animation de la vie sociale', durationMinutes: 12 },
  { id: 'conclusion', title: 'En guise de conclusion', durationMinutes: 8 },
];

/**
 * The decks the COPIL presents: the general reading, the seven thématiques and the conclusion.
 * « La dynamique générale » is left to the forum and the workshops: a COPIL of 2 h 30 cannot
 * hold all ten decks with its own items.
 */
const COPIL_DECKS = EVALUATION_DECKS.map((d) => d.id).filter((id) => id !== 'dynamique-generale');

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

/** The deck whose workshop prompts a template puts on its agenda (COPIL: the conclusion; forum: logement; workshop: its theme). */
export function promptDeckOf(template: TemplateId, deckId?: string): string {
  if (template === 'forum-habiter-le-diois') return 'logement';
  if (template === 'atelier-thematique') return deckId ?? DEFAULT_WORKSHOP_DECK;
  return 'conclusion';
}

/** The vote a template adds when its deck carries none: the room's priorities, advice to the signatories. */
const ROOM_VOTE: TemplateWorkshop = {
  question: 'Chacun place trois gommettes sur les idées qu’il met en avant\u00A0; le classement est l’avis de la salle, transmis aux signataires de la CTG.',
  method: 'vote à gommettes',
  durationMinutes: 10,
};

const DEFAULT_WORKSHOP_DECK = 'petite-enfance';

export function createFromTemplate(template: TemplateId, options: TemplateOptions): Session {
  const decks = new Map<string, TemplateDeck>(EVALUATION_DECKS.map((d) => [d.id, d]));
  for (const d of options.decks ?? []) decks.set(d.id, { ...decks.get(d.id), ...d });
  const deck = (id: string): TemplateDeck => decks.get(id) ?? { id, title: id, durationMinutes: 12 };
  let n = 0;
  type ItemFields = AgendaItem extends infer A ? (A extends AgendaItem ? Omit<A, 'id'> : never) : never;
  const item = (fields: ItemFields): AgendaItem => ({ id: `p${++n}`, ...fields }) as AgendaItem;
  /** A deck's slides, and the workshops chosen to run during its presentation. */
  const deckItem = (id: string, prefix = '', workshops: readonly TemplateWorkshop[] = []): AgendaItem =>
    item({
      kind: 'deck',
      deckId: id,
      title: prefix + deck(id).title,
      durationMinutes: deck(id).durationMinutes + minutesOf(workshops),
      ...(workshops.length ? { prompts: workshops.map((w) => w.question) } : {}),
    });
  const meeting = MEETING_MINUTES[template];
  const used = (items: readonly AgendaItem[]): number => items.reduce((sum, a) => sum + a.durationMinutes, 0);

  let type: SessionType;
  let title: string;
  let agenda: AgendaItem[];
  switch (template) {
    case 'copil-ctg': {
      type = 'copil';
      title = 'Comité de pilotage de la CTG du Diois';
      const before = [
        item({ kind: 'libre', title: 'Validation du compte rendu précédent', durationMinutes: 5 }),
        item({
          kind: 'libre',
          title: 'Revue du plan d’action, thème par thème',
          durationMinutes: 10,
          prompts: ['Pour chaque action\u00A0: réalisée, en cours ou non engagée\u00A0?'],
        }),
        ...COPIL_DECKS.filter((id) => id !== 'conclusion').map((id) => deckItem(id, 'Évaluation\u00A0: ')),
      ];
      const after = [
        item({ kind: 'libre', title: 'Retour du forum habitants «\u00A0Habiter le Diois\u00A0»', durationMinutes: 10 }),
        item({ kind: 'libre', title: 'Décisions et arbitrages', durationMinutes: 10 }),
        item({ kind: 'libre', title: 'Calendrier', durationMinutes: 5 }),
      ];
      // The conclusion's workshops get what the meeting has left once everything else is placed.
      const room = meeting - used(before) - used(after) - deck('conclusion').durationMinutes;
      const conclusion = deckItem('conclusion', 'Évaluation\u00A0: ', chooseWorkshops(workshopsOf(deck('conclusion')), room));
      agenda = [...before, conclusion, ...after];
      break;
    }
    case 'forum-habiter-le-diois': {
      type = 'forum';
      title = 'Forum habitants «\u00A0Habiter le Diois\u00A0»';
      const own = workshopsOf(deck('logement'));
      const gathering = own.length ? own.filter((w) => !isRanking(w)) : FORUM_DEFAULT_PROMPTS.map((question) => ({ question, method: 'post-it', durationMinutes: 15 }));
      const vote = own.find(isRanking) ?? ROOM_VOTE;
      const fixed = 10 + deck('logement').durationMinutes + vote.durationMinutes + 15;
      const tables = chooseWorkshops(gathering, meeting - fixed);
      agenda = [
        item({ kind: 'libre', title: 'Accueil et présentation de la soirée', durationMinutes: 10 }),
        deckItem('logement', 'Présentation\u00A0: '),
        item({ kind: 'libre', title: 'Tables participatives', durationMinutes: minutesOf(tables), prompts: tables.map((w) => w.question), wall: true }),
        item({ kind: 'libre', title: 'Vote à gommettes\u00A0: les priorités de la salle', durationMinutes: vote.durationMinutes, prompts: [vote.question], wall: true }),
        item({ kind: 'libre', title: 'Restitution et suites', durationMinutes: 15 }),
      ];
      break;
    }
    case 'atelier-thematique': {
      type = 'atelier';
      const theme = deck(options.deckId ?? DEFAULT_WORKSHOP_DECK);
      title = `Atelier thématique\u00A0: ${theme.title}`;
      const own = workshopsOf(theme);
      const gathering = own.length ? own.filter((w) => !isRanking(w)) : [{ question: 'Quelles priorités la salle propose-t-elle pour les années à venir\u00A0?', method: 'post-it', durationMinutes: 45 }];
      const vote = own.find(isRanking) ?? ROOM_VOTE;
      const fixed = 15 + theme.durationMinutes + vote.durationMinutes + 15;
      const groups = chooseWorkshops(gathering, meeting - fixed);
      agenda = [
        item({ kind: 'libre', title: 'Accueil et tour de table', durationMinutes: 15 }),
        deckItem(theme.id, 'Présentation\u00A0: '),
        item({ kind: 'libre', title: 'Travail en sous-groupes', durationMinutes: minutesOf(groups), prompts: groups.map((w) => w.question), wall: true }),
        item({ kind: 'libre', title: 'Vote à gommettes\u00A0: les priorités de la salle', durationMinutes: vote.durationMinutes, prompts: [vote.question], wall: true }),
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
