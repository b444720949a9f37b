// The participation part of the renderer↔host interface (merged into core/host-api.ts),
// and the schemas the participant server checks phones' requests against.
import { z } from 'zod';
import { POLL_MODES, PARTICIPATION_LIMITS as L } from './model.js';
import type { AddressChoice } from './network.js';
import type { Moderation } from './rules.js';
import type { FacilitatorActivity, ModerationItem } from './views.js';

const handle = z.string().regex(/^[a-f0-9-]{8,64}$/, 'séance inconnue');
const id = z.string().min(1).max(40);
const short = z.string().max(L.titleChars * 3);
const minutes = z.number().min(0).max(L.durationMinutes).optional();
const anchor = { deckId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/).optional(), slideIndex: z.number().int().min(0).max(10_000).optional() };

export const activitySpecSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['contributions', 'questions']), title: short, instruction: short.optional(), minutes, autoApprove: z.boolean().optional(), ...anchor }),
  z.object({ kind: z.literal('dots'), title: short.optional(), instruction: short.optional(), minutes, dots: z.number().int().min(1).max(L.dotsPerPhone), sourceId: id, ...anchor }),
  z.object({ kind: z.literal('poll'), title: short, instruction: short.optional(), minutes, mode: z.enum(POLL_MODES), options: z.array(short).max(L.pollOptions).optional(), ...anchor }),
]);

const moderationSchema: z.ZodType<Moderation> = z.discriminatedUnion('op', [
  z.object({ op: z.enum(['approve', 'hide', 'reject']), itemId: id }),
  z.object({ op: z.literal('edit'), itemId: id, text: short }),
  z.object({ op: z.literal('merge'), intoId: id, itemIds: z.array(id).min(1).max(100) }),
]);

/** What the facilitator does while participation is open. */
export const facilitatorActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), spec: activitySpecSchema }),
  z.object({ type: z.literal('close-activity'), id }),
  z.object({ type: z.literal('reveal'), id, revealed: z.boolean() }),
  z.object({ type: z.literal('auto-approve'), id, value: z.boolean() }),
  z.object({ type: z.literal('moderate'), moderation: moderationSchema }),
  z.object({ type: z.literal('paper-item'), activityId: id, text: short }),
  z.object({ type: z.literal('paper-answers'), activityId: id, counts: z.array(z.number().int().min(0).max(100_000)).max(L.pollOptions) }),
  z.object({ type: z.literal('paper-votes'), activityId: id, itemId: id, count: z.number().int().min(0).max(100_000) }),
  z.object({ type: z.literal('phone-limit'), value: z.number().int().min(1).max(L.phones) }),
  /** « Boucle »: the deck goes on by itself (seconds per slide unless the deck says), or stops. */
  z.object({ type: z.literal('loop'), on: z.boolean(), seconds: z.number().int().min(3).max(600).optional() }),
]);
export type FacilitatorAction = z.infer<typeof facilitatorActionSchema>;

export const openParticipationSchema = z.object({
  /** The session that receives approved contributions and the record for the minutes. */
  session: handle.optional(),
  /** One of listParticipationAddresses(); the host's choice (or --participation-address) otherwise. */
  address: z.string().max(64).optional(),
  /** Warn on the screens when this many phones are connected (the network's device limit). */
  phoneLimit: z.number().int().min(1).max(L.phones).optional(),
});
export type OpenParticipationOptions = z.infer<typeof openParticipationSchema>;

export const participationArgs = {
  listParticipationAddresses: z.tuple([]),
  openParticipation: z.tuple([openParticipationSchema]),
  getParticipation: z.tuple([]),
  participationAction: z.tuple([facilitatorActionSchema]),
  closeParticipation: z.tuple([]),
} as const;

/** What the facilitator and audience screens show. */
export type ParticipationStatus =
  | { open: false; message?: string }
  | {
      open: true;
      /** `http://192.168.137.1:4321/?code=4K7M3P`, what the QR code holds. */
      url: string;
      /** The address in letters, without the code: `http://192.168.137.1:4321`. */
      address: string;
      code: string;
      /** The QR code, as SVG markup. */
      qrSvg: string;
      /** Phones with a live connection now. */
      connected: number;
      /** Phones that joined since the opening. */
      joined: number;
      phoneLimit: number | null;
      /** Close to the limit (≥ 90 %): say so on the screens. */
      nearLimit: boolean;
      activeId: string | null;
      activities: FacilitatorActivity[];
      items: ModerationItem[];
      hostNow: number;
      /** The session receiving contributions, if any. */
      session?: string;
      /** Why the last write into the session failed, if it did. */
      sessionMessage?: string;
      /** « Boucle » is on: the deck goes on by itself. */
      looping: boolean;
    };

export type ParticipationActionResult = { ok: true; status: ParticipationStatus; id?: string } | { ok: false; message: string };

export interface ParticipationApi {
  /** The machine's addresses the phones may reach, likeliest first. */
  listParticipationAddresses(): Promise<{ choices: AddressChoice[]; preferred: string | null }>;
  /** Starts the participant server with a new join code (closes a previous one first). */
  openParticipation(options: OpenParticipationOptions): Promise<ParticipationActionResult>;
  getParticipation(): Promise<ParticipationStatus>;
  participationAction(action: FacilitatorAction): Promise<ParticipationActionResult>;
  /** Tells every phone, stops the server, and records the opening in the session. */
  closeParticipation(): Promise<ParticipationStatus>;
}

// ——— phone requests (the participant server) ———

const phoneText = z.string().max(1_000);
export const phoneActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('submit'), activityId: id, text: phoneText }),
  z.object({ type: z.literal('edit'), itemId: id, text: phoneText }),
  z.object({ type: z.literal('withdraw'), itemId: id }),
  z.object({ type: z.literal('upvote'), itemId: id }),
  z.object({ type: z.literal('dots'), itemId: id, count: z.number().int().min(0).max(L.dotsPerPhone) }),
  z.object({ type: z.literal('answer'), choices: z.array(z.number().int().min(0).max(L.pollOptions)).min(1).max(L.pollOptions) }),
  z.object({ type: z.literal('name'), name: z.string().max(200) }),
]);
/** `fresh`: a kiosk (« borne ») starting over for the next person: a new token, nothing kept. */
export const joinRequestSchema = z.object({ code: z.string().max(32), name: z.string().max(200).optional(), fresh: z.boolean().optional() });
