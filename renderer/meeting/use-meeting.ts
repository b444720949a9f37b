// The live meeting in a screen: the host's view of it, and a way to act on it.
import { useCallback, useEffect, useState } from 'react';
import type { MeetingAction, MeetingResponse } from '../../core/meeting/api.js';
import type { MeetingView } from '../../core/meeting/model.js';
import { meetingClient } from './meeting-client.js';

export interface MeetingHandle {
  /** null until the host has answered. */
  view: MeetingView | null;
  send(action: MeetingAction): Promise<MeetingResponse>;
}

export function useMeeting(): MeetingHandle {
  const [view, setView] = useState<MeetingView | null>(null);
  useEffect(() => meetingClient().subscribe((message) => setView(message.meeting)), []);
  const send = useCallback((action: MeetingAction) => meetingClient().send(action), []);
  return { view, send };
}

/**
 * One value out of the live meeting, for a screen that needs only that: the screen re-renders
 * when the value changes, not on every message (the room gets one per step). `select` must
 * be stable (a module-level function) and return a value compared with Object.is.
 */
export function useMeetingValue<T>(select: (view: MeetingView | null) => T): T {
  const [value, setValue] = useState(() => select(null));
  useEffect(() => meetingClient().subscribe((message) => setValue(select(message.meeting))), [select]);
  return value;
}
