// The participation state of one opening: phones, the activity under way (post-its,
// questions, dot votes or a poll), what the phones sent and what the facilitator decided.
// Plain JSON data, changed only by the pure functions of rules.ts.

export const ACTIVITY_KINDS = ['contributions', 'questions', 'dots', 'poll'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const POLL_MODES = ['single', 'multiple', 'scale'] as const;
export type PollMode = (typeof POLL_MODES)[number];

/** The labels of a 1–5 scale poll. */
export const SCALE_OPTIONS = ['1', '2', '3', '4', '5'] as const;

export const ACTIVITY_LABELS: Record<ActivityKind, string> = {
  contributions: 'Idées (post-it)',
  questions: 'Questions à la salle',
  dots: 'Vote à gommettes',
  poll: 'Sondage',
};

interface ActivityBase {
  id: string;
  /** The question put to the room. */
  title: string;
  /** The consigne, shown under it. */
  instruction: string;
  startedAt: number;
  /** When the countdown closes it to new answers; null: no countdown. */
  endsAt: number | null;
  /** Closed by the facilitator or its countdown. */
  closed: boolean;
  /** Shown on the audience screen: the wall of post-its, the questions, the results. */
  revealed: boolean;
  /** Where it was asked, for the minutes. */
  deckId?: string;
  slideIndex?: number;
}

export type Activity =
  | (ActivityBase & { kind: 'contributions' | 'questions'; autoApprove: boolean })
  | (ActivityBase & { kind: 'dots'; dotsPerPhone: number; sourceId: string })
  | (ActivityBase & { kind: 'poll'; mode: PollMode; options: string[] });

export const ITEM_STATUSES = ['en attente', 'approuvée', 'masquée', 'refusée', 'retirée', 'fusionnée'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** A contribution or a question from a phone (or a paper post-it typed by the facilitator). */
export interface Item {
  id: string;
  activityId: string;
  kind: 'contribution' | 'question';
  text: string;
  /** The phone's token; null for paper. Never sent to another phone. */
  author: string | null;
  /** The anonymous participant id (« T12 »), or « papier ». */
  participant: string;
  /** The first name the person chose to give, if any. */
  name?: string;
  status: ItemStatus;
  createdAt: number;
  /** Set once merged into another item. */
  mergedInto?: string;
  /** Tokens of the phones that upvoted it (questions). */
  upvotes: string[];
  /** Upvotes given by show of hands or on paper. */
  paperUpvotes: number;
  /** The session entry it became once approved. */
  entryId?: string;
}

export interface Phone {
  token: string;
  participant: string;
  name?: string;
  joinedAt: number;
}

export interface ParticipationState {
  code: string;
  openedAt: number;
  phones: Record<string, Phone>;
  /** Every activity of this opening, oldest first; the last one not closed is active. */
  activities: Activity[];
  activeId: string | null;
  items: Item[];
  /** Per dot-vote activity: per token, the dots placed on each item. */
  dots: Record<string, Record<string, Record<string, number>>>;
  /** Per dot-vote activity: dots placed on paper, per item. */
  paperDots: Record<string, Record<string, number>>;
  /** Per poll: per token, the chosen option indices. */
  answers: Record<string, Record<string, number[]>>;
  /** Per poll: show of hands or paper ballots, per option. */
  paperAnswers: Record<string, number[]>;
  /** Counter for anonymous participant ids. */
  nextParticipant: number;
  nextId: number;
}

/** Bounds: a forum is 200 people; anything far past that is an attack or a bug. */
export const PARTICIPATION_LIMITS = {
  phones: 500,
  items: 5_000,
  itemsPerActivity: 2_000,
  activities: 200,
  pollOptions: 12,
  optionChars: 120,
  titleChars: 300,
  dotsPerPhone: 10,
  durationMinutes: 120,
} as const;
