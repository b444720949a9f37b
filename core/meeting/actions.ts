// Validation of the meeting actions a view sends (host side: never trust a request).
import { z } from 'zod';
import type { MeetingAction } from './api.js';

const handle = z.string().regex(/^[a-f0-9-]{8,64}$/, 'séance inconnue');
const id = z.string().min(1).max(80);

export const meetingActionSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('goToPoint'), handle, agendaItemId: id }),
    z.object({ type: z.literal('nextPoint') }),
    z.object({ type: z.literal('prevPoint') }),
    z.object({ type: z.literal('goToSlide'), slide: z.number().int().min(0).max(10_000) }),
    z.object({ type: z.literal('showWall') }),
    z.object({ type: z.literal('hideWall') }),
    z.object({ type: z.literal('wallPage'), page: z.number().int().min(0).max(1000) }),
    z.object({ type: z.literal('end') }),
  ],
  { error: 'action de séance inconnue' },
);

// Compile-time check: the schema and the zod-free type say the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const matches: Same<z.infer<typeof meetingActionSchema>, MeetingAction> = true;
void matches;

export function parseMeetingAction(value: unknown): { ok: true; action: MeetingAction } | { ok: false; message: string } {
  const parsed = meetingActionSchema.safeParse(value);
  if (parsed.success) return { ok: true, action: parsed.data };
  return { ok: false, message: `Action de séance refusée\u00A0: ${parsed.error.issues[0]?.message ?? 'format inattendu'}.` };
}
