// The participation service behind the host API: opens and closes the participant server,
// relays the facilitator's actions, follows the room's slide, and writes what the room
// sent into the session (approved post-its and questions as entries; the record for the
// minutes).
import { randomInt } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import QRCode from 'qrcode';
import type { Deck, DeckLoadResult } from '../../core/deck/model.js';
import type { FacilitatorAction, OpenParticipationOptions, ParticipationActionResult, ParticipationApi, ParticipationStatus } from '../../core/participation/api.js';
import { generateJoinCode } from '../../core/participation/join-code.js';
import { checkBindAddress, participationAddresses, type InterfaceTable } from '../../core/participation/network.js';
import { CODE_PARAM } from '../../core/participation/protocol.js';
import { recordOpening } from '../../core/participation/record.js';
import { dotTotals } from '../../core/participation/results.js';
import { syncParticipation } from '../../core/participation/session-edit.js';
import { phoneSlide } from '../../core/participation/slide.js';
import { facilitatorActivities, moderationItems } from '../../core/participation/views.js';
import type { PresentationState } from '../../core/presentation/state.js';
import { audienceView } from '../../core/presentation/state.js';
import type { SessionService } from '../session/service.js';
import { startParticipantServer, type ParticipantServer, type PhoneAssets } from './http.js';
import { Room } from './room.js';
import { startLoop, type Loop, type LoopHub } from './loop.js';

export interface ParticipationServiceOptions {
  /** The built phone page (`dist/phone`: telephone.js, telephone.css). */
  phoneDir: string;
  loadDeck: (id: string) => Promise<DeckLoadResult>;
  sessions?: Pick<SessionService, 'addEntry' | 'editEntry' | 'deleteEntry' | 'applyEdit'>;
  /** `--participation-address`: used instead of the interface choice. */
  address?: string;
  /** 0 picks a free port. */
  port?: number;
  interfaces?: () => InterfaceTable;
  now?: () => number;
  randomInt?: (n: number) => number;
  maxConnections?: number;
}

export interface PresentationSource extends LoopHub {
  subscribe(listener: (message: { state: PresentationState }) => void): () => void;
}

export interface ParticipationService extends ParticipationApi {
  /** Phones show the slide the room sees. */
  followPresentation(source: PresentationSource): void;
  /** Called after every change of the opening (the facilitator's queue; bench). */
  onChange(listener: () => void): () => void;
  /** The running participant server, for tests and the bench. */
  readonly server: ParticipantServer | null;
}

interface Opening {
  room: Room;
  server: ParticipantServer;
  url: string;
  qrSvg: string;
  session?: string;
  phoneLimit: number | null;
  /** Item id → session entry id. */
  entries: Map<string, string>;
  /** Session entry id → the text it was last given. */
  entryTexts?: Map<string, string>;
  sessionMessage?: string;
}

export const DEFAULT_PARTICIPATION_PORT = 4320;

export function createParticipationService(options: ParticipationServiceOptions): ParticipationService {
  const now = options.now ?? Date.now;
  const draw = options.randomInt ?? ((n: number) => randomInt(n));
  const interfaces = options.interfaces ?? (() => networkInterfaces() as InterfaceTable);
  const listeners = new Set<() => void>();
  let opening: Opening | null = null;
  let slideKey = '';
  let slideSeq = 0;
  const decks = new Map<string, Promise<Deck | null>>();
  let currentSlide: { deckId: string; index: number } | null = null;
  let presentation: PresentationSource | null = null;
  let loop: Loop | null = null;
  const stopLoop = () => {
    loop?.stop();
    loop = null;
  };

  function status(): ParticipationStatus {
    if (!opening) return { open: false };
    const { room } = opening;
    const joined = Object.keys(room.state.phones).length;
    const connected = room.connected;
    const s: ParticipationStatus = {
      open: true,
      url: opening.url,
      address: opening.server.origin,
      code: room.code,
      qrSvg: opening.qrSvg,
      connected,
      joined,
      phoneLimit: opening.phoneLimit,
      nearLimit: opening.phoneLimit !== null && connected >= Math.floor(opening.phoneLimit * 0.9),
      activeId: room.state.activeId,
      activities: facilitatorActivities(room.state),
      items: moderationItems(room.state),
      hostNow: now(),
      looping: loop !== null,
    };
    if (opening.session) s.session = opening.session;
    if (opening.sessionMessage) s.sessionMessage = opening.sessionMessage;
    return s;
  }

  async function loadAssets(): Promise<PhoneAssets | null> {
    try {
      const [script, style] = await Promise.all([
        readFile(path.join(options.phoneDir, 'telephone.js'), 'utf8'),
        readFile(path.join(options.phoneDir, 'telephone.css'), 'utf8'),
      ]);
      return { script, style };
    } catch {
      return null;
    }
  }

  // ——— the session: entries for approved items, and the record ———
  let syncing: Promise<void> = Promise.resolve();
  let syncDirty = false;
  let recordTimer: ReturnType<typeof setTimeout> | null = null;

  function scheduleSync(): void {
    if (!opening?.session || !options.sessions) return;
    if (syncDirty) return;
    syncDirty = true;
    const o = opening;
    syncing = syncing.then(async () => {
      syncDirty = false;
      await reconcileEntries(o);
    });
    if (!recordTimer) {
      recordTimer = setTimeout(() => {
        recordTimer = null;
        void writeRecord(o);
      }, 5_000);
      recordTimer.unref();
    }
  }

  async function reconcileEntries(o: Opening): Promise<void> {
    const sessions = options.sessions!;
    const handle = o.session!;
    const state = o.room.state;
    for (const item of state.items) {
      const entryId = o.entries.get(item.id);
      const activity = state.activities.find((a) => a.id === item.activityId);
      if (item.status === 'approuvée' && !entryId) {
        const r = await sessions.addEntry(handle, {
          kind: item.kind,
          text: item.text,
          ...(item.kind === 'contribution' ? { shown: true } : {}),
          ...(activity?.deckId ? { deckId: activity.deckId } : {}),
          ...(activity?.slideIndex !== undefined ? { slideIndex: activity.slideIndex } : {}),
          origin: { participant: item.participant, ...(activity ? { prompt: activity.title.slice(0, 300) } : {}) },
        });
        if ('entryId' in r && r.entryId) o.entries.set(item.id, r.entryId);
        noteSession(o, r);
      } else if (item.status === 'approuvée' && entryId) {
        // The facilitator fixed a typo: the entry follows (only when the text changed).
        if (o.entryTexts?.get(entryId) !== item.text) {
          const r = await sessions.editEntry(handle, entryId, { text: item.text });
          noteSession(o, r);
        }
      } else if (item.status !== 'approuvée' && entryId) {
        const r = await sessions.deleteEntry(handle, entryId);
        o.entries.delete(item.id);
        noteSession(o, r);
      }
      const id = o.entries.get(item.id);
      if (id) (o.entryTexts ??= new Map()).set(id, item.text);
    }
  }

  function noteSession(o: Opening, r: { ok: boolean; message?: string }): void {
    if (r.ok) delete o.sessionMessage;
    else o.sessionMessage = `Séance\u00a0: ${r.message ?? 'écriture impossible'}`;
  }

  async function writeRecord(o: Opening): Promise<void> {
    if (!o.session || !options.sessions) return;
    await syncing;
    const state = o.room.state;
    const votes = new Map<string, number>();
    for (const a of state.activities) {
      if (a.kind !== 'dots') continue;
      for (const [itemId, n] of dotTotals(state, a)) {
        const entryId = o.entries.get(itemId);
        if (entryId) votes.set(entryId, (votes.get(entryId) ?? 0) + n);
      }
    }
    const record = recordOpening(state);
    const r = await options.sessions.applyEdit(o.session, (editor, at) => syncParticipation(editor, record, votes, at));
    noteSession(o, r as { ok: boolean; message?: string });
  }

  function changed(): void {
    scheduleSync();
    for (const l of listeners) l();
  }

  // ——— the room's slide ———
  async function deckOf(id: string): Promise<Deck | null> {
    let p = decks.get(id);
    if (!p) {
      p = options.loadDeck(id).then((r) => (r.ok ? r.deck : null), () => null);
      decks.set(id, p);
    }
    return p;
  }

  async function pushSlide(): Promise<void> {
    const seq = ++slideSeq;
    if (!opening) return;
    if (!currentSlide) return opening.room.setSlide(null);
    const deck = await deckOf(currentSlide.deckId);
    if (seq !== slideSeq || !opening) return;
    const slide = deck?.slides[currentSlide.index];
    opening.room.setSlide(slide ? phoneSlide(slide) : null);
  }

  const service: ParticipationService = {
    async listParticipationAddresses() {
      const choices = participationAddresses(interfaces());
      const configured = options.address ? checkBindAddress(options.address) : null;
      const preferred = configured?.ok ? configured.address : (choices[0]?.address ?? null);
      return { choices, preferred };
    },

    async openParticipation(opts: OpenParticipationOptions): Promise<ParticipationActionResult> {
      if (opening) await service.closeParticipation();
      const { choices, preferred } = await service.listParticipationAddresses();
      const wanted = opts.address ?? preferred;
      if (!wanted) {
        return { ok: false, message: 'Aucun réseau trouvé\u00a0: connectez l’ordinateur au Wi‑Fi de la salle, ou ouvrez un point d’accès, puis réessayez.' };
      }
      const checked = checkBindAddress(wanted);
      if (!checked.ok) return checked;
      if (checked.address !== preferred && !choices.some((c) => c.address === checked.address)) {
        return { ok: false, message: `L’adresse ${checked.address} n’appartient pas à cet ordinateur.` };
      }
      const assets = await loadAssets();
      if (!assets) return { ok: false, message: 'La page des téléphones n’est pas construite (lancez «\u00a0npm run build\u00a0»).' };
      const room = new Room(generateJoinCode(draw), now);
      let server: ParticipantServer;
      const start = (port: number) =>
        startParticipantServer({ address: checked.address, port, room, assets, ...(options.maxConnections ? { maxConnections: options.maxConnections } : {}) });
      try {
        try {
          server = await start(options.port ?? DEFAULT_PARTICIPATION_PORT);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
          server = await start(0);
        }
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        return {
          ok: false,
          message:
            code === 'EADDRNOTAVAIL'
              ? `L’adresse ${checked.address} n’est plus disponible (Wi‑Fi coupé\u00a0?). Choisissez une autre adresse.`
              : `La participation n’a pas pu s’ouvrir\u00a0: ${(error as Error).message}`,
        };
      }
      const url = `${server.origin}/?${CODE_PARAM}=${room.code}`;
      const qrSvg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      opening = { room, server, url, qrSvg, phoneLimit: opts.phoneLimit ?? null, entries: new Map() };
      if (opts.session) opening.session = opts.session;
      room.onChange(changed);
      void pushSlide();
      return { ok: true, status: status() };
    },

    async getParticipation() {
      return status();
    },

    async participationAction(action: FacilitatorAction): Promise<ParticipationActionResult> {
      if (!opening) return { ok: false, message: 'La participation est fermée.' };
      if (action.type === 'phone-limit') {
        opening.phoneLimit = action.value;
        changed();
        return { ok: true, status: status() };
      }
      if (action.type === 'loop') {
        stopLoop();
        if (action.on) {
          const deckId = presentation?.state.deck?.id;
          if (!presentation || !deckId) return { ok: false, message: 'Ouvrez d’abord une présentation à faire défiler.' };
          const deck = await deckOf(deckId);
          loop = startLoop(presentation, (i) => deck?.slides[i]?.loopSeconds, (action.seconds ?? 20) * 1000);
        }
        return { ok: true, status: status() };
      }
      let spec = action;
      // A prompt started from the slide the room sees is anchored to it (for the minutes).
      if (action.type === 'start' && currentSlide && action.spec.deckId === undefined) {
        spec = { ...action, spec: { ...action.spec, deckId: currentSlide.deckId, slideIndex: currentSlide.index } };
      }
      const outcome = opening.room.facilitatorAction(spec);
      if (!outcome.ok) return outcome;
      const result: ParticipationActionResult = { ok: true, status: status() };
      if (outcome.id) result.id = outcome.id;
      return result;
    },

    async closeParticipation() {
      const o = opening;
      if (!o) return { open: false };
      opening = null;
      stopLoop();
      if (recordTimer) clearTimeout(recordTimer);
      recordTimer = null;
      await o.server.close();
      await syncing;
      await reconcileEntries(o).catch(() => undefined);
      await writeRecord(o).catch(() => undefined);
      for (const l of listeners) l();
      return { open: false };
    },

    followPresentation(source) {
      presentation = source;
      source.subscribe(({ state }) => {
        const view = audienceView(state);
        const next = view.deckId ? { deckId: view.deckId, index: view.position.slide } : null;
        const key = next ? `${next.deckId}#${next.index}` : '';
        if (key === slideKey) return;
        slideKey = key;
        currentSlide = next;
        void pushSlide();
      });
    },

    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    get server() {
      return opening?.server ?? null;
    },
  };
  return service;
}
