// The rules of the room's participation, as pure functions of the state: who may post,
// vote or answer, and what the facilitator's moderation does. The host adds the clock,
// the tokens and the rate limits; nothing here knows the network.
import { cleanName, cleanText, MAX_CONTRIBUTION_CHARS } from './sanitize.js';
import {
  PARTICIPATION_LIMITS as L,
  SCALE_OPTIONS,
  type Activity,
  type Item,
  type ParticipationState,
  type Phone,
  type PollMode,
} from './model.js';

export type Outcome<T = ParticipationState> = { ok: true; state: T; id?: string } | { ok: false; message: string };

const refuse = (message: string): { ok: false; message: string } => ({ ok: false, message });

export function initialParticipation(code: string, now: number): ParticipationState {
  return {
    code,
    openedAt: now,
    phones: {},
    activities: [],
    activeId: null,
    items: [],
    dots: {},
    paperDots: {},
    answers: {},
    paperAnswers: {},
    nextParticipant: 1,
    nextId: 1,
  };
}

// ——— phones ———

/** A phone joins (or a known one comes back and changes its first name). */
export function joinPhone(state: ParticipationState, token: string, name: unknown, now: number): Outcome {
  const clean = cleanName(name);
  if (!clean.ok) return clean;
  const known = state.phones[token];
  if (!known && Object.keys(state.phones).length >= L.phones) return refuse('La salle est pleine\u00a0: plus aucun téléphone ne peut rejoindre.');
  const phone: Phone = known ?? { token, participant: `T${state.nextParticipant}`, joinedAt: now };
  const next: Phone = { ...phone };
  if (clean.text) next.name = clean.text;
  else delete next.name;
  return {
    ok: true,
    state: { ...state, phones: { ...state.phones, [token]: next }, nextParticipant: known ? state.nextParticipant : state.nextParticipant + 1 },
  };
}

export function activeActivity(state: ParticipationState): Activity | null {
  return state.activities.find((a) => a.id === state.activeId) ?? null;
}

/** Open to answers: active, not closed, countdown not over. */
export function isAccepting(activity: Activity | null, now: number): activity is Activity {
  return activity !== null && !activity.closed && (activity.endsAt === null || now < activity.endsAt);
}

function phoneOf(state: ParticipationState, token: string): Phone | null {
  return state.phones[token] ?? null;
}

const CLOSED = 'Cette question est close\u00a0: merci pour vos réponses.';

/** A post-it or a question from a phone; approved at once when the prompt auto-approves. */
export function submitItem(state: ParticipationState, token: string, activityId: string, text: unknown, now: number): Outcome {
  const phone = phoneOf(state, token);
  if (!phone) return refuse('Rejoignez d’abord la séance avec le code affiché.');
  const activity = state.activities.find((a) => a.id === activityId);
  if (!activity || activity.id !== state.activeId || !isAccepting(activity, now)) return refuse(CLOSED);
  if (activity.kind !== 'contributions' && activity.kind !== 'questions') return refuse('Cette question n’attend pas de texte.');
  const clean = cleanText(text, MAX_CONTRIBUTION_CHARS, activity.kind === 'questions' ? 'La question' : 'La contribution');
  if (!clean.ok) return clean;
  if (state.items.length >= L.items || state.items.filter((i) => i.activityId === activityId).length >= L.itemsPerActivity) {
    return refuse('Le mur est plein pour cette question.');
  }
  const id = `i${state.nextId}`;
  const item: Item = {
    id,
    activityId,
    kind: activity.kind === 'questions' ? 'question' : 'contribution',
    text: clean.text,
    author: token,
    participant: phone.participant,
    status: activity.autoApprove ? 'approuvée' : 'en attente',
    createdAt: now,
    upvotes: [],
    paperUpvotes: 0,
  };
  if (phone.name) item.name = phone.name;
  return { ok: true, id, state: { ...state, items: [...state.items, item], nextId: state.nextId + 1 } };
}

function replaceItem(state: ParticipationState, item: Item): ParticipationState {
  return { ...state, items: state.items.map((i) => (i.id === item.id ? item : i)) };
}

/** A phone fixes its own post-it, as long as the facilitator has not looked at it. */
export function editOwnItem(state: ParticipationState, token: string, itemId: string, text: unknown): Outcome {
  const item = state.items.find((i) => i.id === itemId);
  if (!item || item.author !== token) return refuse('Cette contribution n’est pas la vôtre.');
  if (item.status !== 'en attente') return refuse('Cette contribution a déjà été relue par l’animateur\u00a0: elle ne peut plus être modifiée.');
  const clean = cleanText(text, MAX_CONTRIBUTION_CHARS, 'La contribution');
  if (!clean.ok) return clean;
  return { ok: true, id: itemId, state: replaceItem(state, { ...item, text: clean.text }) };
}

export function withdrawOwnItem(state: ParticipationState, token: string, itemId: string): Outcome {
  const item = state.items.find((i) => i.id === itemId);
  if (!item || item.author !== token) return refuse('Cette contribution n’est pas la vôtre.');
  if (item.status !== 'en attente') return refuse('Cette contribution a déjà été relue par l’animateur\u00a0: elle ne peut plus être retirée.');
  return { ok: true, id: itemId, state: replaceItem(state, { ...item, status: 'retirée' }) };
}

/** One upvote per phone per question; a second press takes it back. */
export function toggleUpvote(state: ParticipationState, token: string, itemId: string, now: number): Outcome {
  if (!phoneOf(state, token)) return refuse('Rejoignez d’abord la séance avec le code affiché.');
  const item = state.items.find((i) => i.id === itemId);
  if (!item || item.kind !== 'question' || item.status !== 'approuvée') return refuse('Cette question n’est plus affichée.');
  if (!isAccepting(state.activities.find((a) => a.id === item.activityId) ?? null, now) || item.activityId !== state.activeId) return refuse(CLOSED);
  const has = item.upvotes.includes(token);
  return { ok: true, id: itemId, state: replaceItem(state, { ...item, upvotes: has ? item.upvotes.filter((t) => t !== token) : [...item.upvotes, token] }) };
}

/** Dots a phone has left to place in a dot vote. */
export function dotsLeft(state: ParticipationState, activity: Extract<Activity, { kind: 'dots' }>, token: string): number {
  const mine = state.dots[activity.id]?.[token] ?? {};
  return activity.dotsPerPhone - Object.values(mine).reduce((a, b) => a + b, 0);
}

/** Sets how many of its dots a phone puts on one post-it (stackable, up to its allowance). */
export function setDots(state: ParticipationState, token: string, itemId: string, count: unknown, now: number): Outcome {
  if (!phoneOf(state, token)) return refuse('Rejoignez d’abord la séance avec le code affiché.');
  const activity = activeActivity(state);
  if (!isAccepting(activity, now) || activity.kind !== 'dots') return refuse(CLOSED);
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return refuse('Nombre de gommettes invalide.');
  const item = state.items.find((i) => i.id === itemId);
  if (!item || item.activityId !== activity.sourceId || item.status !== 'approuvée') return refuse('Ce post-it n’est plus au mur.');
  const mine = { ...(state.dots[activity.id]?.[token] ?? {}) };
  const others = Object.entries(mine).reduce((sum, [id, n]) => (id === itemId ? sum : sum + n), 0);
  if (others + count > activity.dotsPerPhone) return refuse(`Vous avez ${activity.dotsPerPhone}\u00a0gommettes en tout\u00a0: retirez-en une ailleurs d’abord.`);
  if (count === 0) delete mine[itemId];
  else mine[itemId] = count;
  return { ok: true, state: { ...state, dots: { ...state.dots, [activity.id]: { ...state.dots[activity.id], [token]: mine } } } };
}

/** A phone's answer to the poll under way (it may change its mind until the poll closes). */
export function answerPoll(state: ParticipationState, token: string, choices: unknown, now: number): Outcome {
  if (!phoneOf(state, token)) return refuse('Rejoignez d’abord la séance avec le code affiché.');
  const activity = activeActivity(state);
  if (!isAccepting(activity, now) || activity.kind !== 'poll') return refuse(CLOSED);
  if (!Array.isArray(choices) || choices.length === 0) return refuse('Choisissez une réponse.');
  const unique = [...new Set(choices)];
  if (!unique.every((c) => typeof c === 'number' && Number.isInteger(c) && c >= 0 && c < activity.options.length)) return refuse('Réponse inconnue.');
  if (activity.mode !== 'multiple' && unique.length !== 1) return refuse('Une seule réponse est possible.');
  const sorted = (unique as number[]).sort((a, b) => a - b);
  return { ok: true, state: { ...state, answers: { ...state.answers, [activity.id]: { ...state.answers[activity.id], [token]: sorted } } } };
}

// ——— facilitator ———

export type ActivitySpec =
  | { kind: 'contributions' | 'questions'; title: string; instruction?: string; minutes?: number; autoApprove?: boolean; deckId?: string; slideIndex?: number }
  | { kind: 'dots'; title?: string; instruction?: string; minutes?: number; dots: number; sourceId: string; deckId?: string; slideIndex?: number }
  | { kind: 'poll'; title: string; instruction?: string; minutes?: number; mode: PollMode; options?: string[]; deckId?: string; slideIndex?: number };

/** Starts an activity; the one under way, if any, closes. */
export function startActivity(state: ParticipationState, spec: ActivitySpec, now: number): Outcome {
  if (state.activities.length >= L.activities) return refuse('Trop de questions pour une seule ouverture\u00a0: fermez et rouvrez la participation.');
  const source = spec.kind === 'dots' ? state.activities.find((a) => a.id === spec.sourceId) : undefined;
  const titleIn = spec.title ?? (source ? `Votez pour les idées\u00a0: ${source.title}` : '');
  const title = cleanText(titleIn, L.titleChars, 'La question');
  if (!title.ok) return title;
  const instruction = spec.instruction ? cleanText(spec.instruction, L.titleChars * 3, 'La consigne') : { ok: true as const, text: '' };
  if (!instruction.ok) return instruction;
  const minutes = spec.minutes ?? 0;
  if (!Number.isFinite(minutes) || minutes < 0 || minutes > L.durationMinutes) return refuse('Durée invalide.');
  const id = `a${state.nextId}`;
  const base = {
    id,
    title: title.text,
    instruction: instruction.text,
    startedAt: now,
    endsAt: minutes > 0 ? now + Math.round(minutes * 60_000) : null,
    closed: false,
    revealed: false,
    ...(spec.deckId !== undefined ? { deckId: spec.deckId } : {}),
    ...(spec.slideIndex !== undefined ? { slideIndex: spec.slideIndex } : {}),
  };
  let activity: Activity;
  if (spec.kind === 'contributions' || spec.kind === 'questions') {
    activity = { ...base, kind: spec.kind, autoApprove: spec.autoApprove ?? false };
  } else if (spec.kind === 'dots') {
    if (!source || source.kind !== 'contributions') return refuse('Choisissez la question dont les idées seront votées.');
    if (!Number.isInteger(spec.dots) || spec.dots < 1 || spec.dots > L.dotsPerPhone) return refuse(`Entre 1 et ${L.dotsPerPhone}\u00a0gommettes par personne.`);
    activity = { ...base, kind: 'dots', dotsPerPhone: spec.dots, sourceId: source.id };
  } else if (spec.kind === 'poll') {
    const raw = spec.mode === 'scale' ? [...SCALE_OPTIONS] : (spec.options ?? []);
    const options: string[] = [];
    for (const o of raw) {
      const clean = cleanText(o, L.optionChars, 'Un choix');
      if (!clean.ok) return clean;
      options.push(clean.text);
    }
    if (options.length < 2 || options.length > L.pollOptions) return refuse(`Un sondage a entre 2 et ${L.pollOptions}\u00a0choix.`);
    activity = { ...base, kind: 'poll', mode: spec.mode, options };
  } else {
    return refuse('Sorte de question inconnue.');
  }
  const activities = state.activities.map((a) => (a.id === state.activeId ? { ...a, closed: true } : a));
  return { ok: true, id, state: { ...state, activities: [...activities, activity], activeId: id, nextId: state.nextId + 1 } };
}

function updateActivity(state: ParticipationState, id: string, change: (a: Activity) => Activity | string): Outcome {
  const activity = state.activities.find((a) => a.id === id);
  if (!activity) return refuse('Cette question n’existe plus.');
  const next = change(activity);
  if (typeof next === 'string') return refuse(next);
  return { ok: true, id, state: { ...state, activities: state.activities.map((a) => (a.id === id ? next : a)) } };
}

/** Closes an activity to new answers (the countdown does the same by itself). */
export function closeActivity(state: ParticipationState, id: string, now: number): Outcome {
  return updateActivity(state, id, (a) => ({ ...a, closed: true, endsAt: a.endsAt === null ? null : Math.min(a.endsAt, now) }));
}

/** Shown to the room (the audience screen; the phones too for votes and polls), or hidden again. */
export function revealResults(state: ParticipationState, id: string, revealed: boolean): Outcome {
  return updateActivity(state, id, (a) => ({ ...a, revealed }));
}

export function setAutoApprove(state: ParticipationState, id: string, autoApprove: boolean): Outcome {
  return updateActivity(state, id, (a) => (a.kind === 'contributions' || a.kind === 'questions' ? { ...a, autoApprove } : 'Pas de modération pour cette question.'));
}

export type Moderation =
  | { op: 'approve' | 'hide' | 'reject'; itemId: string }
  | { op: 'edit'; itemId: string; text: string }
  /** `itemIds` go into `intoId`: one post-it on the wall, their upvotes added. */
  | { op: 'merge'; intoId: string; itemIds: string[] };

const STATUS_OF = { approve: 'approuvée', hide: 'masquée', reject: 'refusée' } as const;

export function moderate(state: ParticipationState, action: Moderation): Outcome {
  if (action.op === 'merge') {
    const into = state.items.find((i) => i.id === action.intoId);
    if (!into) return refuse('Ce post-it n’existe plus.');
    const merged = state.items.filter((i) => action.itemIds.includes(i.id) && i.id !== into.id && i.activityId === into.activityId);
    if (merged.length === 0) return refuse('Choisissez les doublons à fusionner.');
    const upvotes = [...new Set([...into.upvotes, ...merged.flatMap((i) => i.upvotes)])];
    const paperUpvotes = into.paperUpvotes + merged.reduce((s, i) => s + i.paperUpvotes, 0);
    const ids = new Set(merged.map((i) => i.id));
    const items = state.items.map((i) => {
      if (i.id === into.id) return { ...i, upvotes, paperUpvotes, status: 'approuvée' as const };
      if (ids.has(i.id)) return { ...i, status: 'fusionnée' as const, mergedInto: into.id };
      return i;
    });
    return { ok: true, id: into.id, state: { ...state, items } };
  }
  const item = state.items.find((i) => i.id === action.itemId);
  if (!item) return refuse('Ce post-it n’existe plus.');
  if (item.status === 'retirée') return refuse('La personne a retiré ce post-it.');
  if (action.op === 'edit') {
    const clean = cleanText(action.text, MAX_CONTRIBUTION_CHARS, 'Le texte');
    if (!clean.ok) return clean;
    return { ok: true, id: item.id, state: replaceItem(state, { ...item, text: clean.text }) };
  }
  return { ok: true, id: item.id, state: replaceItem(state, { ...item, status: STATUS_OF[action.op] }) };
}

/** A paper post-it typed by the facilitator: it counts like any other, already approved. */
export function addPaperItem(state: ParticipationState, activityId: string, text: unknown, now: number): Outcome {
  const activity = state.activities.find((a) => a.id === activityId);
  if (!activity || (activity.kind !== 'contributions' && activity.kind !== 'questions')) return refuse('Choisissez une question à idées ou à questions.');
  const clean = cleanText(text, MAX_CONTRIBUTION_CHARS, 'Le post-it');
  if (!clean.ok) return clean;
  const id = `i${state.nextId}`;
  const item: Item = {
    id,
    activityId,
    kind: activity.kind === 'questions' ? 'question' : 'contribution',
    text: clean.text,
    author: null,
    participant: 'papier',
    status: 'approuvée',
    createdAt: now,
    upvotes: [],
    paperUpvotes: 0,
  };
  return { ok: true, id, state: { ...state, items: [...state.items, item], nextId: state.nextId + 1 } };
}

const count = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 100_000;

/** A show of hands or paper ballots for a poll, one count per option (replaces the previous count). */
export function setPaperAnswers(state: ParticipationState, activityId: string, counts: unknown): Outcome {
  const activity = state.activities.find((a) => a.id === activityId);
  if (!activity || activity.kind !== 'poll') return refuse('Ce sondage n’existe plus.');
  if (!Array.isArray(counts) || counts.length !== activity.options.length || !counts.every(count)) return refuse('Un nombre entier par choix est attendu.');
  return { ok: true, state: { ...state, paperAnswers: { ...state.paperAnswers, [activityId]: counts as number[] } } };
}

/** Paper dots (gommettes on the real wall) or raised hands for one post-it or question. */
export function setPaperVotes(state: ParticipationState, activityId: string, itemId: string, n: unknown): Outcome {
  if (!count(n)) return refuse('Nombre de votes invalide.');
  const activity = state.activities.find((a) => a.id === activityId);
  const item = state.items.find((i) => i.id === itemId);
  if (!activity || !item) return refuse('Ce post-it n’existe plus.');
  if (activity.kind === 'questions' && item.activityId === activityId) return { ok: true, state: replaceItem(state, { ...item, paperUpvotes: n }) };
  if (activity.kind === 'dots' && item.activityId === activity.sourceId) {
    return { ok: true, state: { ...state, paperDots: { ...state.paperDots, [activityId]: { ...state.paperDots[activityId], [itemId]: n } } } };
  }
  return refuse('Ce post-it n’appartient pas à ce vote.');
}

/** Closes the activity whose countdown is over; returns the same state when nothing is due. */
export function closeExpired(state: ParticipationState, now: number): ParticipationState {
  const due = state.activities.some((a) => !a.closed && a.endsAt !== null && now >= a.endsAt);
  if (!due) return state;
  return { ...state, activities: state.activities.map((a) => (!a.closed && a.endsAt !== null && now >= a.endsAt ? { ...a, closed: true } : a)) };
}
