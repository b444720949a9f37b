// The notes panel's line to the host: every call goes through one queue (a late draft never
// lands after the entry it belongs to, which would bring the draft back), and what is typed
// is sent as a draft at most every DRAFT_INTERVAL_MS, the latest value winning. Leaving the
// panel sends what is pending at once.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { HostApi } from '../../core/host-api.js';
import type { DraftInput } from '../../core/session/api.js';

// At most one draft sent per this many milliseconds (one constant, shared with the crash test).
import { DRAFT_INTERVAL_MS } from './draft-cadence.js';

export { DRAFT_INTERVAL_MS };

export interface DraftSender {
  /** Runs `fn` after every call queued before it. */
  serial<T>(fn: () => Promise<T>): Promise<T>;
  /** Queues the draft (null: nothing being typed); sent within DRAFT_INTERVAL_MS. */
  queueDraft(value: DraftInput): void;
  /** Forgets the pending draft (the entry is being recorded). */
  dropDraft(): void;
  /** Why the last draft could not be kept on disk, if it could not. */
  problem: string | undefined;
}

export function useDraftSender(host: HostApi, handle: string): DraftSender {
  const [problem, setProblem] = useState<string>();
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const serial = useCallback(<T,>(fn: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(fn, fn);
    queue.current = next.catch(() => undefined);
    return next;
  }, []);

  const pending = useRef<{ timer?: ReturnType<typeof setTimeout>; lastSent: number; value?: DraftInput }>({ lastSent: 0 });
  const sendNow = useCallback(() => {
    const p = pending.current;
    if (p.timer) clearTimeout(p.timer);
    p.timer = undefined;
    if (p.value === undefined) return;
    const value = p.value;
    p.value = undefined;
    p.lastSent = Date.now();
    void serial(async () => {
      try {
        const r = await host.recordDraft(handle, value);
        setProblem(r.ok ? undefined : r.message);
      } catch (e) {
        setProblem(e instanceof Error ? e.message : String(e));
      }
    });
  }, [host, handle, serial]);
  const queueDraft = useCallback(
    (value: DraftInput) => {
      const p = pending.current;
      p.value = value;
      if (p.timer) return;
      p.timer = setTimeout(sendNow, Math.max(0, DRAFT_INTERVAL_MS - (Date.now() - p.lastSent)));
    },
    [sendNow],
  );
  const dropDraft = useCallback(() => {
    const p = pending.current;
    if (p.timer) clearTimeout(p.timer);
    p.timer = undefined;
    p.value = undefined;
  }, []);
  useEffect(() => () => sendNow(), [sendNow]);
  return { serial, queueDraft, dropDraft, problem };
}
