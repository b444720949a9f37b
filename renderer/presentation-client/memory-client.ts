// The presentation client of the single-window presentation: the same interface and the
// same reducer (core/presentation/reduce.ts) as the hub the facilitator mode talks to, but
// the state lives in this window's memory. One engine, whichever mode presents.
import type { ActionResponse, StateMessage } from '../../core/presentation/api.js';
import { step } from '../../core/presentation/reduce.js';
import { initialPresentationState, type PresentationState } from '../../core/presentation/state.js';
import type { ViewClient } from './presentation-client.js';

export interface MemoryPresentationClient extends ViewClient {
  /** The state now (what the last listener call carried). */
  current(): PresentationState;
}

export function memoryPresentationClient(initial: PresentationState = initialPresentationState, now: () => number = Date.now): MemoryPresentationClient {
  let state = initial;
  const listeners = new Set<(message: StateMessage) => void>();
  return {
    current: () => state,
    subscribe(listener) {
      listeners.add(listener);
      listener({ state, hostNow: now() });
      return () => void listeners.delete(listener);
    },
    send(action): Promise<ActionResponse> {
      const result = step(state, action, now());
      if (!result.ok) return Promise.resolve(result);
      if (result.state !== state) {
        state = result.state;
        // Synchronous, like a key handler: the step shows in the frame of the key press.
        const message = { state, hostNow: now() };
        for (const listener of listeners) listener(message);
      }
      return Promise.resolve({ ok: true, state });
    },
  };
}
