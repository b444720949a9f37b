// Sliding-window rate limits with an injected clock: per phone token (one contribution per
// 5 s, 30 per 10 min) and, under the key GLOBAL_KEY, for the whole room.

export interface RateRule {
  /** At most `count` events… */
  count: number;
  /** …in any window of this many milliseconds. */
  windowMs: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterMs: number };

export const GLOBAL_KEY = '*';

export interface RateLimiter {
  /** Records the event for `key` if every rule allows it; otherwise records nothing. */
  take(key: string): RateDecision;
  /** How many keys are tracked (bounded by `maxKeys`). */
  readonly size: number;
}

export function createRateLimiter(rules: readonly RateRule[], now: () => number, maxKeys = 10_000): RateLimiter {
  const longest = Math.max(...rules.map((r) => r.windowMs));
  const maxEvents = Math.max(...rules.map((r) => r.count));
  const history = new Map<string, number[]>();
  return {
    take(key) {
      const t = now();
      const past = (history.get(key) ?? []).filter((at) => t - at < longest);
      let retryAfterMs = 0;
      for (const rule of rules) {
        const inWindow = past.filter((at) => t - at < rule.windowMs);
        if (inWindow.length >= rule.count) {
          // The oldest event of the window must leave it before another fits.
          const oldest = inWindow[inWindow.length - rule.count]!;
          retryAfterMs = Math.max(retryAfterMs, oldest + rule.windowMs - t);
        }
      }
      if (retryAfterMs > 0) {
        history.set(key, past);
        return { ok: false, retryAfterMs };
      }
      past.push(t);
      // Only the most recent events matter: the list never grows past the largest count.
      history.set(key, past.slice(-maxEvents));
      if (history.size > maxKeys) history.delete(history.keys().next().value as string);
      return { ok: true };
    },
    get size() {
      return history.size;
    },
  };
}

/** French for « try again in … ». */
export function retryMessage(retryAfterMs: number): string {
  const s = Math.ceil(retryAfterMs / 1000);
  if (s < 60) return `Un peu de patience\u00a0: réessayez dans ${s}\u00a0s.`;
  return `Vous avez beaucoup écrit\u00a0: réessayez dans ${Math.ceil(s / 60)}\u00a0min.`;
}
