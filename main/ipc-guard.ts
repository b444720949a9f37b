// The one IPC handler of the host API: refuses any caller that is not a top-level page of
// app://app, then runs the call through the same validated dispatch as the browser host.
import type { HostApi, HostCallResponse } from '../core/host-api.js';
import { dispatchHostCall } from '../host/dispatch.js';
import { APP_ORIGIN } from './protocol-path.js';
import { isAppUrl } from './navigation-guard.js';

/** What the guard reads of an IpcMainInvokeEvent (the real event satisfies it). */
export interface SenderInfo {
  readonly senderFrame: { readonly origin: string; readonly url: string; readonly parent: unknown } | null;
}

export const REFUSED_SENDER_MESSAGE = 'Appel refusé : il ne vient pas d’une page de l’application.';

/** True when the call comes from the app's own top-level page, and from nothing else. */
export function isTrustedSender(event: SenderInfo | null | undefined): boolean {
  const frame = event?.senderFrame;
  // A frame destroyed or navigated away since the call was sent has no frame: refuse.
  if (!frame) return false;
  // Subframes could host anything; the app has none.
  if (frame.parent !== null) return false;
  return frame.origin === APP_ORIGIN && isAppUrl(frame.url);
}

/** The body of `ipcMain.handle(HOST_CALL_CHANNEL, …)`. Never throws. */
export async function handleHostCall(
  service: HostApi,
  event: SenderInfo | null | undefined,
  method: unknown,
  args: unknown,
): Promise<HostCallResponse> {
  let trusted: boolean;
  try {
    trusted = isTrustedSender(event);
  } catch {
    trusted = false;
  }
  if (!trusted) return { ok: false, message: REFUSED_SENDER_MESSAGE };
  return dispatchHostCall(service, method, args);
}
