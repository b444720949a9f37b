// The presentation client of this window, for the audience and facilitator views, and the
// hooks that follow the hub's state and the host's clock.
import { createContext, useContext, useEffect, useState } from 'react';
import type { StateMessage } from '../../core/presentation/api.js';
import type { ViewClient } from './presentation-client.js';

export const PresentationContext = createContext<ViewClient | null>(null);

export function usePresentationClient(): ViewClient {
  const client = useContext(PresentationContext);
  if (!client) throw new Error('PresentationContext manquant.');
  return client;
}

/** The hub's latest message and the offset to the host's clock (hostNow - receivedAt). */
export interface LiveState {
  message: StateMessage | null;
  clockOffsetMs: number;
}

export function usePresentationState(client: ViewClient = usePresentationClient()): LiveState {
  const [live, setLive] = useState<LiveState>({ message: null, clockOffsetMs: 0 });
  useEffect(
    () => client.subscribe((message) => setLive({ message, clockOffsetMs: message.hostNow - Date.now() })),
    [client],
  );
  return live;
}

/** The host's "now", redrawn every `periodMs` (timers show seconds: 250 ms keeps them exact). */
export function useHostNow(clockOffsetMs: number, periodMs = 250): number {
  const [now, setNow] = useState(() => Date.now() + clockOffsetMs);
  useEffect(() => {
    setNow(Date.now() + clockOffsetMs);
    const timer = setInterval(() => setNow(Date.now() + clockOffsetMs), periodMs);
    return () => clearInterval(timer);
  }, [clockOffsetMs, periodMs]);
  return now;
}
