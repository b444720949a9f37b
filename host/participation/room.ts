// One opening of participation, in memory: its state, the phones' live streams, the rate
// limits. No HTTP here (host/participation/http.ts carries it) and no session (service.ts).
import type { FacilitatorAction } from '../../core/participation/api.js';
import type { ParticipationState } from '../../core/participation/model.js';
import type { PhoneAction, PhoneReply, PhoneSlide, PhoneView } from '../../core/participation/protocol.js';
import { createRateLimiter, GLOBAL_KEY, retryMessage, type RateLimiter } from '../../core/participation/rate-limit.js';
import {
  addPaperItem,
  answerPoll,
  closeActivity,
  closeExpired,
  editOwnItem,
  initialParticipation,
  joinPhone,
  moderate,
  revealResults,
  setAutoApprove,
  setDots,
  setPaperAnswers,
  setPaperVotes,
  startActivity,
  submitItem,
  toggleUpvote,
  withdrawOwnItem,
  type Outcome,
} from '../../core/participation/rules.js';
import { phoneView } from '../../core/participation/views.js';

/** Limits per phone and for the whole room (issue 14, item 6). */
export const RATE_RULES = {
  /** Post-its and questions of one phone: one per 5 s, 30 per 10 min. */
  posts: [
    { count: 1, windowMs: 5_000 },
    { count: 30, windowMs: 600_000 },
  ],
  /** Every other action of one phone (votes, answers, edits): a person taps, a script floods. */
  actions: [
    { count: 20, windowMs: 10_000 },
    { count: 600, windowMs: 600_000 },
  ],
  /** The whole room: 200 people may all answer within seconds; a flood beyond stays bounded. */
  roomPosts: [
    { count: 200, windowMs: 10_000 },
    { count: 4_000, windowMs: 600_000 },
  ],
  /** Join attempts per network address (guessing the code). */
  joins: [{ count: 20, windowMs: 60_000 }],
} as const;

/** Gets a phone's view as JSON text (serialised once), or null when the room closes. */
export type PhoneSink = (json: string | null) => void;

/** At most one broadcast to the phones per this many milliseconds. */
export const BROADCAST_EVERY_MS = 100;

export class Room {
  state: ParticipationState;
  slide: PhoneSlide | null = null;
  readonly #now: () => number;
  readonly #posts: RateLimiter;
  readonly #actions: RateLimiter;
  readonly #roomPosts: RateLimiter;
  readonly joins: RateLimiter;
  /** Live streams, per token. */
  readonly #sinks = new Map<string, Set<PhoneSink>>();
  readonly #listeners = new Set<() => void>();
  #scheduled = false;
  #lastBroadcast = -Infinity;
  /** What each sink was last sent, to skip phones whose view did not change. */
  readonly #sent = new WeakMap<PhoneSink, string>();
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(code: string, now: () => number) {
    this.#now = now;
    this.state = initialParticipation(code, now());
    this.#posts = createRateLimiter(RATE_RULES.posts, now);
    this.#actions = createRateLimiter(RATE_RULES.actions, now);
    this.#roomPosts = createRateLimiter(RATE_RULES.roomPosts, now);
    this.joins = createRateLimiter(RATE_RULES.joins, now);
  }

  get code(): string {
    return this.state.code;
  }

  /** Phones with at least one live stream. */
  get connected(): number {
    return this.#sinks.size;
  }

  view(token: string): PhoneView {
    return phoneView(this.state, token, this.slide, this.#now());
  }

  join(token: string, name: unknown): PhoneReply {
    return this.#commit(joinPhone(this.state, token, name, this.#now()));
  }

  knows(token: string): boolean {
    return Object.hasOwn(this.state.phones, token);
  }

  phoneAction(token: string, action: PhoneAction): PhoneReply {
    const now = this.#now();
    this.#expire(now);
    if (action.type === 'submit') {
      const mine = this.#posts.take(token);
      if (!mine.ok) return { ok: false, limited: true, message: retryMessage(mine.retryAfterMs) };
      const room = this.#roomPosts.take(GLOBAL_KEY);
      if (!room.ok) return { ok: false, limited: true, message: `La salle écrit beaucoup en ce moment. ${retryMessage(room.retryAfterMs)}` };
      return this.#commit(submitItem(this.state, token, action.activityId, action.text, now));
    }
    const limit = this.#actions.take(token);
    if (!limit.ok) return { ok: false, limited: true, message: retryMessage(limit.retryAfterMs) };
    switch (action.type) {
      case 'edit':
        return this.#commit(editOwnItem(this.state, token, action.itemId, action.text));
      case 'withdraw':
        return this.#commit(withdrawOwnItem(this.state, token, action.itemId));
      case 'upvote':
        return this.#commit(toggleUpvote(this.state, token, action.itemId, now));
      case 'dots':
        return this.#commit(setDots(this.state, token, action.itemId, action.count, now));
      case 'answer':
        return this.#commit(answerPoll(this.state, token, action.choices, now));
      case 'name':
        return this.#commit(joinPhone(this.state, token, action.name, now));
    }
  }

  facilitatorAction(action: FacilitatorAction): Outcome {
    const now = this.#now();
    this.#expire(now);
    const s = this.state;
    const outcome = ((): Outcome => {
      switch (action.type) {
        case 'start':
          return startActivity(s, action.spec, now);
        case 'close-activity':
          return closeActivity(s, action.id, now);
        case 'reveal':
          return revealResults(s, action.id, action.revealed);
        case 'auto-approve':
          return setAutoApprove(s, action.id, action.value);
        case 'moderate':
          return moderate(s, action.moderation);
        case 'paper-item':
          return addPaperItem(s, action.activityId, action.text, now);
        case 'paper-answers':
          return setPaperAnswers(s, action.activityId, action.counts);
        case 'paper-votes':
          return setPaperVotes(s, action.activityId, action.itemId, action.count);
        case 'phone-limit':
        case 'loop':
          return { ok: true, state: s };
      }
    })();
    this.#commit(outcome);
    return outcome;
  }

  setSlide(slide: PhoneSlide | null): void {
    if (JSON.stringify(slide) === JSON.stringify(this.slide)) return;
    this.slide = slide;
    this.#changed();
  }

  /** A phone's live stream: gets its view now and after every change. */
  attach(token: string, sink: PhoneSink): () => void {
    let set = this.#sinks.get(token);
    if (!set) this.#sinks.set(token, (set = new Set()));
    set.add(sink);
    const key = this.#key(token);
    this.#sent.set(sink, key);
    sink(this.#stamp(key));
    this.#notifyFacilitator();
    return () => {
      set.delete(sink);
      if (set.size === 0 && this.#sinks.get(token) === set) this.#sinks.delete(token);
      this.#notifyFacilitator();
    };
  }

  get streams(): number {
    let n = 0;
    for (const set of this.#sinks.values()) n += set.size;
    return n;
  }

  /** The facilitator's side is told of every change (its queue, the phone count). */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Tells every phone the room is closed. */
  close(): void {
    if (this.#timer) clearTimeout(this.#timer);
    for (const set of this.#sinks.values()) for (const sink of set) sink(null);
    this.#sinks.clear();
    this.#listeners.clear();
  }

  #expire(now: number): void {
    const next = closeExpired(this.state, now);
    if (next !== this.state) {
      this.state = next;
      this.#changed();
    }
  }

  #commit(outcome: Outcome): PhoneReply {
    if (!outcome.ok) return outcome;
    if (outcome.state !== this.state) {
      this.state = outcome.state;
      this.#changed();
    }
    return { ok: true };
  }

  // A change reaches the phones at once (a slide change is rare and must be quick); a burst
  // of posts is folded into at most one broadcast per BROADCAST_EVERY_MS, and a phone whose
  // view did not change is sent nothing: 200 phones posting do not cost 200 × 200 views.
  #changed(): void {
    this.#armCountdown();
    this.#notifyFacilitator();
    if (this.#scheduled) return;
    this.#scheduled = true;
    const wait = Math.max(0, this.#lastBroadcast + BROADCAST_EVERY_MS - performance.now());
    const run = () => {
      this.#scheduled = false;
      this.#lastBroadcast = performance.now();
      this.#broadcast();
    };
    if (wait === 0) setImmediate(run);
    else setTimeout(run, wait).unref?.();
  }

  #broadcast(): void {
    for (const [token, set] of this.#sinks) {
      const key = this.#key(token);
      let json: string | null = null;
      for (const sink of set) {
        if (this.#sent.get(sink) === key) continue;
        this.#sent.set(sink, key);
        sink((json ??= this.#stamp(key)));
      }
    }
  }

  // A view serialised with hostNow at 0, to compare views without the clock…
  #key(token: string): string {
    return JSON.stringify({ ...this.view(token), hostNow: 0 });
  }

  // …then stamped with the clock. Inside JSON strings quotes are escaped, so the first
  // unescaped `"hostNow":0` is the field itself.
  #stamp(key: string): string {
    return key.replace('"hostNow":0', `"hostNow":${this.#now()}`);
  }

  #notifyFacilitator(): void {
    for (const listener of this.#listeners) listener();
  }

  // The countdown closes the prompt by itself, and the phones are told at that moment.
  #armCountdown(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    const ends = this.state.activities.filter((a) => !a.closed && a.endsAt !== null).map((a) => a.endsAt!);
    if (ends.length === 0) return;
    const wait = Math.max(0, Math.min(...ends) - this.#now());
    this.#timer = setTimeout(() => this.#expire(this.#now()), Math.min(wait + 20, 2 ** 31 - 1));
    this.#timer.unref?.();
  }
}
