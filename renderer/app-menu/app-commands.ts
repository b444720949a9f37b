// The desktop menu's commands as the screens see them: the latest one as a request with an
// id; a screen `claim`s the types it handles, once (a screen shown again later does not
// replay an old command). Outside Electron there is no menu and never a request.
import { useEffect, useState } from 'react';
import { APP_COMMAND_GLOBAL, type AppCommand, type AppCommandBridge, type AppCommandType } from '../../core/app-menu/api.js';

export type MenuRequest = AppCommand & { id: number };

/** Commands the home screen (sessions) handles: App shows it first. */
export const HOME_COMMANDS: readonly AppCommandType[] = ['new-session', 'open-session', 'open-session-file'];

let lastClaimed = 0;
let nextId = 1;

/** True (once) when `request` is of one of `types` and no screen handled it yet. */
export function claim(request: MenuRequest | undefined, types: readonly AppCommandType[]): request is MenuRequest {
  if (!request || request.id <= lastClaimed || !types.includes(request.type)) return false;
  lastClaimed = request.id;
  return true;
}

function bridgeOf(win: Window): AppCommandBridge | undefined {
  const bridge = (win as unknown as Record<string, unknown>)[APP_COMMAND_GLOBAL] as AppCommandBridge | undefined;
  return bridge && typeof bridge.subscribe === 'function' ? bridge : undefined;
}

/** The latest menu command, for the main window's App. */
export function useMenuRequest(): MenuRequest | undefined {
  const [request, setRequest] = useState<MenuRequest>();
  useEffect(() => bridgeOf(window)?.subscribe((command) => setRequest({ ...command, id: nextId++ })), []);
  return request;
}
