// Sends one action to the host's presentation state (the contribution wall), through this
// window's presentation client (renderer/presentation-client: the preload's bridge in
// Electron, HTTP in the browser host), created on first use.
import type { ActionResponse } from '../../core/presentation/api.js';
import type { PresentationAction } from '../../core/presentation/actions.js';
import { createPresentationClient, type ViewClient } from '../presentation-client/presentation-client.js';

let shared: ViewClient | undefined;

export function sendPresentationAction(action: PresentationAction, client: ViewClient = (shared ??= createPresentationClient())): Promise<ActionResponse> {
  return client.send(action);
}
