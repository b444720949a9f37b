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
