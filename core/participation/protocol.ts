// The wire contract between the phone page and the participant server. The phone page
// imports only types and these few constants (its bundle stays tiny); the server checks
// every request against participant-schemas.ts.
import type { ActivityKind, ItemStatus, PollMode } from './model.js';
import type { BarChart } from './results.js';

/** Every route the participant server has. Anything else is 404. */
export const PHONE_ROUTES = {
  page: '/',
  script: '/telephone.js',
  style: '/telephone.css',
  join: '/rejoindre',
  events: '/evenements',
  act: '/agir',
} as const;

/** The phone's token cookie (HttpOnly, SameSite=Strict). */
export const TOKEN_COOKIE = 'ctg_tel';
/** The join code in the QR code's address: `http://<adresse>:<port>/?code=XXXXXX`. */
export const CODE_PARAM = 'code';
/** `?borne=1`: a shared tablet or laptop at a stand, reset after a minute idle. */
export const KIOSK_PARAM = 'borne';
/** A kiosk starts over after this long without a touch. */
export const KIOSK_IDLE_MS = 60_000;
/** Server-sent event names. */
export const VIEW_EVENT = 'vue';
export const CLOSED_EVENT = 'fermeture';
/** Bodies larger than this are refused (413). */
export const MAX_PHONE_BODY_BYTES = 2048;

export interface PhoneSlide {
  title: string;
  /** The slide's text, a paragraph or a list item per line (never the speaker notes). */
  lines: string[];
}

export interface PhoneItem {
  id: string;
  text: string;
}

export interface PhoneActivity {
  id: string;
  kind: ActivityKind;
  title: string;
  instruction: string;
  /** Host clock instant; the phone corrects by `hostNow`. */
  endsAt: number | null;
  closed: boolean;
  /** contributions, questions: this phone's own, with where they stand. */
  mine: (PhoneItem & { status: ItemStatus })[];
  /** contributions, questions: what is on the wall (no authors). */
  wall: (PhoneItem & { upvotes: number; upvoted: boolean })[];
  /** dots */
  dotsPerPhone?: number;
  myDots?: Record<string, number>;
  /** poll */
  mode?: PollMode;
  options?: string[];
  myAnswer?: number[];
  /** Only once the facilitator shows them. */
  results?: BarChart;
}

export interface PhoneView {
  participant: string;
  name: string;
  hostNow: number;
  slide: PhoneSlide | null;
  activity: PhoneActivity | null;
}

/** What the phone posts to PHONE_ROUTES.act. */
export type PhoneAction =
  | { type: 'submit'; activityId: string; text: string }
  | { type: 'edit'; itemId: string; text: string }
  | { type: 'withdraw'; itemId: string }
  | { type: 'upvote'; itemId: string }
  | { type: 'dots'; itemId: string; count: number }
  | { type: 'answer'; choices: number[] }
  | { type: 'name'; name: string };

/** `limited`: refused by a rate limit (HTTP 429). */
export type PhoneReply = { ok: true } | { ok: false; message: string; limited?: boolean };
export type JoinRequest = { code: string; name?: string; fresh?: boolean };
