// What the session file keeps of the room's participation, for the minutes: one record per
// opening (phones connected; per prompt, its contributions with votes, poll results, questions
// by upvotes). Bounded like everything in a session file.
import { z } from 'zod';
import { ACTIVITY_KINDS, POLL_MODES, type ParticipationState } from './model.js';
import { chartOf, dotTotals, upvoteCount, wallItems } from './results.js';

const text = z.string().max(2_000);
const rowSchema = z.object({
  label: text,
  count: z.number().int().min(0).max(1_000_000),
  /** Of which on paper or by show of hands. */
  paper: z.number().int().min(0).max(1_000_000).optional(),
  /** The anonymous participant id or « papier » (contributions, questions). */
  participant: z.string().max(40).optional(),
});

export const recordedActivitySchema = z.object({
  kind: z.enum(ACTIVITY_KINDS),
  title: text,
  instruction: text.optional(),
  mode: z.enum(POLL_MODES).optional(),
  deckId: z.string().max(64).optional(),
  slideIndex: z.number().int().min(0).max(10_000).optional(),
  /** contributions: approved post-its with their dots; questions: by upvotes; poll: per option. */
  rows: z.array(rowSchema).max(5_000),
  /** poll: people who answered. */
  total: z.number().int().min(0).max(1_000_000).optional(),
  /** 1–5 scale. */
  mean: z.number().min(0).max(5).optional(),
});
export type RecordedActivity = z.infer<typeof recordedActivitySchema>;

export const openingRecordSchema = z.object({
  openedAt: z.iso.datetime({ offset: true }),
  phones: z.number().int().min(0).max(100_000),
  activities: z.array(recordedActivitySchema).max(500),
});
export type OpeningRecord = z.infer<typeof openingRecordSchema>;

export const participationRecordSchema = z.object({ openings: z.array(openingRecordSchema).max(100) });
export type ParticipationRecord = z.infer<typeof participationRecordSchema>;

/** The record of one opening, from its state. Dot votes are folded into the post-its they went to. */
export function recordOpening(state: ParticipationState): OpeningRecord {
  const activities: RecordedActivity[] = [];
  for (const a of state.activities) {
    const base: RecordedActivity = { kind: a.kind, title: a.title, rows: [] };
    if (a.instruction) base.instruction = a.instruction;
    if (a.deckId !== undefined) base.deckId = a.deckId;
    if (a.slideIndex !== undefined) base.slideIndex = a.slideIndex;
    if (a.kind === 'contributions') {
      const votes = new Map<string, number>();
      for (const vote of state.activities) {
        if (vote.kind !== 'dots' || vote.sourceId !== a.id) continue;
        for (const [id, n] of dotTotals(state, vote)) votes.set(id, (votes.get(id) ?? 0) + n);
      }
      base.rows = wallItems(state, a.id)
        .map((i) => ({ label: i.text, count: votes.get(i.id) ?? 0, participant: i.participant }))
        .sort((x, y) => y.count - x.count);
    } else if (a.kind === 'questions') {
      base.rows = wallItems(state, a.id)
        .map((i) => ({ label: i.text, count: upvoteCount(i), participant: i.participant }))
        .sort((x, y) => y.count - x.count);
    } else if (a.kind === 'poll') {
      const chart = chartOf(state, a)!;
      base.mode = a.mode;
      base.rows = chart.bars.map((b) => ({ label: b.label, count: b.count, paper: b.paper }));
      base.total = chart.total;
      if (chart.mean !== undefined) base.mean = chart.mean;
    } else {
      continue; // folded into its contributions above
    }
    activities.push(base);
  }
  return { openedAt: new Date(state.openedAt).toISOString(), phones: Object.keys(state.phones).length, activities };
}

/** The session's record with this opening's entry put in (replacing an earlier copy of it). */
export function withOpening(record: ParticipationRecord | undefined, opening: OpeningRecord): ParticipationRecord {
  const others = (record?.openings ?? []).filter((o) => o.openedAt !== opening.openedAt);
  return { openings: [...others, opening].slice(-100) };
}
