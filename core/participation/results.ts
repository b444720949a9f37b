// Results of polls, dot votes and questions, as data a bar chart (or a minutes table)
// draws directly: phones and paper counted together.
import type { Activity, Item, ParticipationState } from './model.js';

export interface Bar {
  /** The option's label, or the post-it's text. */
  label: string;
  /** From phones plus paper or hands. */
  count: number;
  /** Of which on paper or by show of hands. */
  paper: number;
  /** 0–1 of the largest bar (bar length). */
  ratio: number;
  /** 0–100, rounded, of all votes cast (what the label says). */
  percent: number;
}

export interface BarChart {
  activityId: string;
  title: string;
  kind: 'poll' | 'dots' | 'questions';
  bars: Bar[];
  /** Poll: people who answered (phones + the largest paper count is unknown, so ballots). Dots: dots placed. */
  total: number;
  /** 1–5 scale: the mean answer, one decimal. */
  mean?: number;
}

function bars(rows: { label: string; count: number; paper: number }[]): Bar[] {
  const max = Math.max(0, ...rows.map((r) => r.count));
  const sum = rows.reduce((s, r) => s + r.count, 0);
  return rows.map((r) => ({ ...r, ratio: max ? r.count / max : 0, percent: sum ? Math.round((100 * r.count) / sum) : 0 }));
}

export function pollChart(state: ParticipationState, poll: Extract<Activity, { kind: 'poll' }>): BarChart {
  const phone = poll.options.map(() => 0);
  const answers = Object.values(state.answers[poll.id] ?? {});
  for (const choices of answers) for (const c of choices) if (c < phone.length) phone[c]!++;
  const paper = poll.options.map((_, i) => state.paperAnswers[poll.id]?.[i] ?? 0);
  const chart: BarChart = {
    activityId: poll.id,
    title: poll.title,
    kind: 'poll',
    bars: bars(poll.options.map((label, i) => ({ label, count: phone[i]! + paper[i]!, paper: paper[i]! }))),
    total: answers.length + (poll.mode === 'multiple' ? Math.max(0, ...paper) : paper.reduce((a, b) => a + b, 0)),
  };
  if (poll.mode === 'scale') {
    const n = chart.bars.reduce((s, b) => s + b.count, 0);
    if (n > 0) chart.mean = Math.round((10 * chart.bars.reduce((s, b, i) => s + b.count * (i + 1), 0)) / n) / 10;
  }
  return chart;
}

/** Post-its of a dot vote, most dots first. */
export function dotsChart(state: ParticipationState, vote: Extract<Activity, { kind: 'dots' }>): BarChart {
  const totals = dotTotals(state, vote);
  const paper = state.paperDots[vote.id] ?? {};
  const rows = wallItems(state, vote.sourceId).map((item) => ({
    label: item.text,
    paper: paper[item.id] ?? 0,
    count: totals.get(item.id) ?? 0,
  }));
  rows.sort((a, b) => b.count - a.count);
  return { activityId: vote.id, title: vote.title, kind: 'dots', bars: bars(rows), total: rows.reduce((s, r) => s + r.count, 0) };
}

/** Dots per post-it id, phones and paper together. */
export function dotTotals(state: ParticipationState, vote: Extract<Activity, { kind: 'dots' }>): Map<string, number> {
  const totals = new Map<string, number>(Object.entries(state.paperDots[vote.id] ?? {}));
  for (const perItem of Object.values(state.dots[vote.id] ?? {})) {
    for (const [id, n] of Object.entries(perItem)) totals.set(id, (totals.get(id) ?? 0) + n);
  }
  return totals;
}

/** Approved items of an activity (what the wall shows), oldest first. */
export function wallItems(state: ParticipationState, activityId: string): Item[] {
  return state.items.filter((i) => i.activityId === activityId && i.status === 'approuvée');
}

export function upvoteCount(item: Item): number {
  return item.upvotes.length + item.paperUpvotes;
}

/** Questions by upvotes, most first. */
export function questionsChart(state: ParticipationState, activity: Activity): BarChart {
  const rows = wallItems(state, activity.id)
    .map((i) => ({ label: i.text, count: upvoteCount(i), paper: i.paperUpvotes }))
    .sort((a, b) => b.count - a.count);
  return { activityId: activity.id, title: activity.title, kind: 'questions', bars: bars(rows), total: rows.reduce((s, r) => s + r.count, 0) };
}

/** The chart of any activity that has one (contributions have none: they are the wall). */
export function chartOf(state: ParticipationState, activity: Activity): BarChart | null {
  if (activity.kind === 'poll') return pollChart(state, activity);
  if (activity.kind === 'dots') return dotsChart(state, activity);
  if (activity.kind === 'questions') return questionsChart(state, activity);
  return null;
}
