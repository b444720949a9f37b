// The participation status from the host, asked again every second or two (the
// facilitator's queue and the phone count move on their own), and the actions on it.
import { useCallback, useEffect, useState } from 'react';
import type { FacilitatorAction, OpenParticipationOptions, ParticipationStatus } from '../../core/participation/api.js';
import { useHost } from '../host-client/HostContext.js';

export interface ParticipationHandle {
  status: ParticipationStatus | null;
  /** The last refusal, in French. */
  error: string | null;
  open(options: OpenParticipationOptions): Promise<void>;
  close(): Promise<void>;
  act(action: FacilitatorAction): Promise<boolean>;
}

export function useParticipation(intervalMs = 1000): ParticipationHandle {
  const host = useHost();
  const [status, setStatus] = useState<ParticipationStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    // Through a promise: a host without participation (a test's stand-in) is simply « closed ».
    const poll = () =>
      Promise.resolve()
        .then(() => host.getParticipation())
        .then(
          // Closed and unchanged (most of a meeting): keep the same object, so nothing re-renders.
          (s) => live && setStatus((prev) => (!s.open && prev && !prev.open && prev.message === s.message ? prev : s)),
          () => undefined,
        );
    void poll();
    const timer = window.setInterval(poll, intervalMs);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [host, intervalMs]);

  const open = useCallback(
    async (options: OpenParticipationOptions) => {
      const r = await host.openParticipation(options);
      setError(r.ok ? null : r.message);
      if (r.ok) setStatus(r.status);
    },
    [host],
  );
  const close = useCallback(async () => {
    setStatus(await host.closeParticipation());
    setError(null);
  }, [host]);
  const act = useCallback(
    async (action: FacilitatorAction) => {
      const r = await host.participationAction(action);
      setError(r.ok ? null : r.message);
      if (r.ok) setStatus(r.status);
      return r.ok;
    },
    [host],
  );
  return { status, error, open, close, act };
}
