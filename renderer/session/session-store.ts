// One open session as the screens of this window see it. The session screen and the notes
// panel (mounted by the facilitator view) share it, so what one records the other shows.
// Every host answer that carries a state replaces it; a refusal or a failed call leaves it
// as it was and leaves a French message for the screens to show.
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { HostApi } from '../../core/host-api.js';
import type { SessionState } from '../../core/session/api.js';

export type SessionSnapshot =
  | { status: 'loading' }
  | { status: 'ready'; state: SessionState; message?: string; notice?: string }
  | { status: 'failed'; message: string };

interface Slot {
  snapshot: SessionSnapshot;
  listeners: Set<() => void>;
  loading?: Promise<void>;
}

const slots = new Map<string, Slot>();

function slot(handle: string): Slot {
  let s = slots.get(handle);
  if (!s) {
    s = { snapshot: { status: 'loading' }, listeners: new Set() };
    slots.set(handle, s);
  }
  return s;
}

function publish(handle: string, snapshot: SessionSnapshot): void {
  const s = slot(handle);
  s.snapshot = snapshot;
  for (const l of s.listeners) l();
}

/** Puts a state just received (after open, create, reload…) in the store. */
export function putSessionState(state: SessionState, notice?: string): void {
  publish(state.handle, notice ? { status: 'ready', state, notice } : { status: 'ready', state });
}

/**
 * A state the host pushed (renderer/meeting): every screen of that session shows it, unless
 * it is older than the one shown (a late event after a newer answer). Only sessions this
 * page shows are kept.
 */
export function receiveSessionState(state: SessionState): void {
  const s = slots.get(state.handle);
  if (!s) return;
  const prev = s.snapshot;
  if (prev.status === 'ready' && isOlder(state, prev.state)) return;
  const kept = prev.status === 'ready' ? { notice: prev.notice, message: prev.message } : {};
  const next: SessionSnapshot = { status: 'ready', state };
  if (kept.notice) next.notice = kept.notice;
  if (kept.message) next.message = kept.message;
  publish(state.handle, next);
}

/** Same file, fewer changes: the session's revision grows with every change. */
function isOlder(a: SessionState, b: SessionState): boolean {
  return a.path === b.path && a.session.id === b.session.id && a.session.revision < b.session.revision;
}

/** Any host answer: a state replaces the shown one; a message is kept for display. */
type Answer = { ok: boolean; state?: SessionState; message?: string } | { ok: true };

function absorb(handle: string, answer: Answer): void {
  const prev = slot(handle).snapshot;
  const shown = prev.status === 'ready' ? prev.state : undefined;
  const answered = 'state' in answer && answer.state ? answer.state : undefined;
  // The host may already have sent a newer state (another tab's change) than this answer.
  const state = answered && !(shown && isOlder(answered, shown)) ? answered : shown;
  const message = !answer.ok && 'message' in answer ? answer.message : undefined;
  if (!state) {
    if (message) publish(handle, { status: 'failed', message });
    return;
  }
  publish(handle, message ? { status: 'ready', state, message } : { status: 'ready', state });
}

export function sessionMessage(handle: string, message: string | undefined): void {
  const prev = slot(handle).snapshot;
  if (prev.status !== 'ready') return;
  const { message: _old, ...rest } = prev;
  publish(handle, message ? { ...rest, message } : rest);
}

/** Loads the session from the host once per handle (other screens reuse the answer). */
export function loadSession(host: HostApi, handle: string, force = false): Promise<void> {
  const s = slot(handle);
  if (s.loading && !force) return s.loading;
  // Just opened or created here: the state (and its notice, e.g. « sauvegarde ouverte ») is fresh.
  if (s.snapshot.status === 'ready' && !force) return Promise.resolve();
  s.loading = host.getSession(handle).then(
    (r) => (r.ok ? putSessionState(r.state, r.notice) : publish(handle, { status: 'failed', message: r.message })),
    (e: unknown) => publish(handle, { status: 'failed', message: e instanceof Error ? e.message : String(e) }),
  );
  return s.loading;
}

export interface SessionHandle {
  snapshot: SessionSnapshot;
  /** Runs a host call, takes its state, keeps its message; a thrown call becomes a message. */
  run<T extends Answer>(call: (host: HostApi) => Promise<T>): Promise<T | { ok: false; message: string }>;
}

export function useSession(host: HostApi, handle: string): SessionHandle {
  const subscribe = useCallback(
    (listener: () => void) => {
      const s = slot(handle);
      s.listeners.add(listener);
      return () => s.listeners.delete(listener);
    },
    [handle],
  );
  const snapshot = useSyncExternalStore(subscribe, () => slot(handle).snapshot);
  useEffect(() => {
    void loadSession(host, handle);
  }, [host, handle]);
  const run = useCallback(
    async <T extends Answer>(call: (h: HostApi) => Promise<T>): Promise<T | { ok: false; message: string }> => {
      try {
        const answer = await call(host);
        absorb(handle, answer);
        return answer;
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        sessionMessage(handle, message);
        return { ok: false, message };
      }
    },
    [host, handle],
  );
  return { snapshot, run };
}
