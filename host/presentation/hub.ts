// The one presentation state of a host. Views send it actions (over HTTP in the browser
// host, over IPC in Electron: this module knows neither); it validates them, applies them
// with the current time, tells every subscriber, and keeps a copy on disk so a host
// restart resumes the session where it was, timers included.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parsePresentationAction } from '../../core/presentation/actions.js';
import type { ActionResponse, StateMessage } from '../../core/presentation/api.js';
import { step } from '../../core/presentation/reduce.js';
import { parsePresentationState } from '../../core/presentation/state-schema.js';
import { initialPresentationState, type Position, type PresentationState } from '../../core/presentation/state.js';

export const STATE_FILE_NAME = 'presentation-state.json';

export interface PresentationHubOptions {
  /** Folder for the state file; without it, the state lives in memory only. */
  folder?: string;
  /** The clock (injectable for tests). */
  now?: () => number;
  /** Called when the state file cannot be written (the session goes on in memory). */
  onPersistError?: (error: unknown) => void;
}

export type StateListener = (message: StateMessage) => void;

export class PresentationHub {
  #state: PresentationState;
  readonly #listeners = new Set<StateListener>();
  readonly #now: () => number;
  readonly #file: string | null;
  readonly #onPersistError: (error: unknown) => void;
  #dirty = false;
  #writing: Promise<void> | null = null;
  #tmpCounter = 0;
  #resume: ((deckId: string) => Position | undefined) | null = null;

  /** Opens the hub, restoring the state saved in `folder` when there is a valid one. */
  static async open(options: PresentationHubOptions = {}): Promise<PresentationHub> {
    let state: PresentationState = initialPresentationState;
    if (options.folder) {
      await mkdir(options.folder, { recursive: true });
      state = (await readState(path.join(options.folder, STATE_FILE_NAME))) ?? initialPresentationState;
    }
    return new PresentationHub(state, options);
  }

  constructor(state: PresentationState = initialPresentationState, options: PresentationHubOptions = {}) {
    this.#state = state;
    this.#now = options.now ?? Date.now;
    this.#file = options.folder ? path.join(options.folder, STATE_FILE_NAME) : null;
    this.#onPersistError = options.onPersistError ?? ((error) => console.error('Impossible d’enregistrer l’état de la présentation :', error));
  }

  get state(): PresentationState {
    return this.#state;
  }

  /** The state with the host's clock, as sent to the views. */
  message(): StateMessage {
    return { state: this.#state, hostNow: this.#now() };
  }

  /**
   * Where a deck resumes when the room comes back to it (the live meeting's memory): an
   * `openDeck` of another deck then lands there instead of on the first slide.
   */
  setResume(resume: ((deckId: string) => Position | undefined) | null): void {
    this.#resume = resume;
  }

  /**
   * Validates and applies one action from a view (untrusted JSON). Answers the new state,
   * or a French message saying why the action was refused (the state is then unchanged).
   */
  apply(input: unknown): ActionResponse {
    const parsed = parsePresentationAction(input);
    if (!parsed.ok) return parsed;
    const now = this.#now();
    let result = step(this.#state, parsed.action, now);
    if (!result.ok) return result;
    if (parsed.action.type === 'openDeck' && this.#state.deck?.id !== parsed.action.deckId) {
      const at = this.#resume?.(parsed.action.deckId);
      // One change for the views: the deck opens where it was left (a slide it no longer has is ignored).
      const resumed = at && (at.slide > 0 || at.fragment > 0) ? step(result.state, { type: 'goTo', slide: at.slide, fragment: at.fragment }, now) : null;
      if (resumed?.ok) result = { ok: true, state: { ...resumed.state, revision: result.state.revision } };
    }
    if (result.state !== this.#state) {
      this.#state = result.state;
      this.#persist();
      this.#notify();
    }
    return { ok: true, state: this.#state };
  }

  /** Calls `listener` now with the current state, then after every change. */
  subscribe(listener: StateListener): () => void {
    this.#listeners.add(listener);
    safeCall(listener, this.message());
    return () => {
      this.#listeners.delete(listener);
    };
  }

  get subscriberCount(): number {
    return this.#listeners.size;
  }

  /** Resolves once the latest state is on disk. */
  async flush(): Promise<void> {
    while (this.#writing) await this.#writing;
  }

  #notify(): void {
    const message = this.message();
    for (const listener of [...this.#listeners]) safeCall(listener, message);
  }

  // One write at a time; changes made meanwhile are coalesced into the next write.
  #persist(): void {
    if (!this.#file) return;
    this.#dirty = true;
    if (this.#writing) return;
    this.#writing = (async () => {
      try {
        while (this.#dirty) {
          this.#dirty = false;
          await this.#write(JSON.stringify(this.#state));
        }
      } catch (error) {
        this.#onPersistError(error);
      } finally {
        this.#writing = null;
      }
    })();
  }

  // Atomic: a reader (or a crash) sees the old file or the new one, never half of one.
  async #write(json: string): Promise<void> {
    const file = this.#file!;
    const tmp = `${file}.${process.pid}.${++this.#tmpCounter}.tmp`;
    try {
      await writeFile(tmp, json, { encoding: 'utf8', flush: true });
      await rename(tmp, file);
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
  }
}

/** The saved state, or null when absent, unreadable or not a valid state. */
async function readState(file: string): Promise<PresentationState | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return null;
  }
  try {
    return parsePresentationState(JSON.parse(text));
  } catch {
    return null;
  }
}

function safeCall(listener: StateListener, message: StateMessage): void {
  try {
    listener(message);
  } catch (error) {
    // One broken view must not stop the others from being told.
    console.error('Erreur d’un abonné à la présentation :', error);
  }
}
