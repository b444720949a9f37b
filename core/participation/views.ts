// What each side is sent. A phone sees the slide, the activity under way, its own items and
// the wall — never the notes, other prompts' queues or who wrote what.
import type { Activity, Item, ParticipationState } from './model.js';
import type { PhoneActivity, PhoneSlide, PhoneView } from './protocol.js';
import { chartOf, upvoteCount, wallItems, type BarChart } from './results.js';
import { activeActivity } from './rules.js';

export function phoneView(state: ParticipationState, token: string, slide: PhoneSlide | null, now: number): PhoneView {
  const phone = state.phones[token];
  const activity = activeActivity(state);
  return {
    participant: phone?.participant ?? '',
    name: phone?.name ?? '',
    hostNow: now,
    slide,
    activity: activity ? phoneActivity(state, activity, token) : null,
  };
}

function phoneActivity(state: ParticipationState, a: Activity, token: string): PhoneActivity {
  const view: PhoneActivity = { id: a.id, kind: a.kind, title: a.title, instruction: a.instruction, endsAt: a.endsAt, closed: a.closed, mine: [], wall: [] };
  if (a.kind === 'contributions' || a.kind === 'questions') {
    view.mine = state.items
      .filter((i) => i.activityId === a.id && i.author === token && i.status !== 'retirée')
      .map((i) => ({ id: i.id, text: i.text, status: i.status }));
    const wall = wallItems(state, a.id).map((i) => ({ id: i.id, text: i.text, upvotes: upvoteCount(i), upvoted: i.upvotes.includes(token) }));
    if (a.kind === 'questions') wall.sort((x, y) => y.upvotes - x.upvotes);
    view.wall = wall;
  } else if (a.kind === 'dots') {
    view.dotsPerPhone = a.dotsPerPhone;
    view.myDots = state.dots[a.id]?.[token] ?? {};
    view.wall = wallItems(state, a.sourceId).map((i) => ({ id: i.id, text: i.text, upvotes: 0, upvoted: false }));
  } else if (a.kind === 'poll') {
    view.mode = a.mode;
    view.options = a.options;
    view.myAnswer = state.answers[a.id]?.[token] ?? [];
  }
  if ((a.kind === 'dots' || a.kind === 'poll') && a.revealed) {
    const chart = chartOf(state, a);
    if (chart) view.results = chart;
  }
  return view;
}

/** An item as the facilitator's queue shows it. */
export interface ModerationItem {
  id: string;
  activityId: string;
  kind: Item['kind'];
  text: string;
  participant: string;
  name?: string;
  status: Item['status'];
  createdAt: number;
  upvotes: number;
  mergedInto?: string;
  paper: boolean;
}

export interface FacilitatorActivity {
  id: string;
  kind: Activity['kind'];
  title: string;
  instruction: string;
  endsAt: number | null;
  closed: boolean;
  autoApprove?: boolean;
  /** On the audience screen. */
  revealed: boolean;
  options?: string[];
  dotsPerPhone?: number;
  sourceId?: string;
  /** How many phones answered (polls) or voted (dots). */
  responders: number;
  chart: BarChart | null;
}

export function facilitatorActivities(state: ParticipationState): FacilitatorActivity[] {
  return state.activities.map((a) => {
    const view: FacilitatorActivity = {
      id: a.id,
      kind: a.kind,
      title: a.title,
      instruction: a.instruction,
      endsAt: a.endsAt,
      closed: a.closed,
      responders: 0,
      chart: chartOf(state, a),
      revealed: a.revealed,
    };
    if (a.kind === 'contributions' || a.kind === 'questions') {
      view.autoApprove = a.autoApprove;
      view.responders = new Set(state.items.filter((i) => i.activityId === a.id && i.author).map((i) => i.author)).size;
    } else if (a.kind === 'dots') {
      view.dotsPerPhone = a.dotsPerPhone;
      view.sourceId = a.sourceId;
      view.responders = Object.values(state.dots[a.id] ?? {}).filter((m) => Object.keys(m).length > 0).length;
    } else if (a.kind === 'poll') {
      view.options = a.options;
      view.responders = Object.keys(state.answers[a.id] ?? {}).length;
    }
    return view;
  });
}

export function moderationItems(state: ParticipationState): ModerationItem[] {
  return state.items
    .filter((i) => i.status !== 'retirée')
    .map((i) => {
      const m: ModerationItem = {
        id: i.id,
        activityId: i.activityId,
        kind: i.kind,
        text: i.text,
        participant: i.participant,
        status: i.status,
        createdAt: i.createdAt,
        upvotes: upvoteCount(i),
        paper: i.author === null,
      };
      if (i.name) m.name = i.name;
      if (i.mergedInto) m.mergedInto = i.mergedInto;
      return m;
    });
}
