// Sends one action to the host's presentation state (the contribution wall): through the
// Electron preload's presentation bridge when there is one, else to the browser host.
import { PRESENTATION_ACTION_PATH, PRESENTATION_GLOBAL, type ActionResponse } from '../../core/presentation/api.js';
import type { PresentationAction } from '../../core/presentation/actions.js';

type Bridge = { send?: (action: PresentationAction) => Promise<ActionResponse> };

export async function sendPresentationAction(action: PresentationAction, win: Window = window): Promise<ActionResponse> {
  const bridge = (win as unknown as Record<string, Bridge | undefined>)[PRESENTATION_GLOBAL];
  try {
    if (bridge && typeof bridge.send === 'function') return await bridge.send(action);
    const res = await fetch(PRESENTATION_ACTION_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(action),
    });
    return (await res.json()) as ActionResponse;
  } catch {
    return { ok: false, message: 'L’écran de la salle n’a pas pu être mis à jour.' };
  }
}
