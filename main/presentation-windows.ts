// Facilitator mode in Electron: the presentation hub over IPC (host/presentation/ipc.ts),
// and the window commands. A window that loads /facilitator says `attach`: it becomes the
// facilitator's, main opens the audience window and places both (main/displays.ts);
// F5/Esc/E and the buttons send `present`/`escape`/`swap`. Structural types: tested
// without Electron.
import { PRESENTATION_WINDOW_CHANNEL, type WindowCommandName } from '../core/presentation/api.js';
import { bindPresentationIpc, type IpcInvokeEventLike, type IpcMainLike, type StateTarget } from '../host/presentation/ipc.js';
import type { PresentationHub } from '../host/presentation/hub.js';
import { createScreenPlacement, type PlacedWindow, type ScreenLike, type ScreenPlacement } from './displays.js';

const COMMANDS: readonly WindowCommandName[] = ['attach', 'present', 'escape', 'swap'];

export interface PresentationWindowsOptions {
  hub: PresentationHub;
  ipc: IpcMainLike;
  screen: ScreenLike;
  isTrustedSender(event: IpcInvokeEventLike): boolean;
  /** The window whose page sent the event. */
  windowOf(event: IpcInvokeEventLike): PlacedWindow | null;
  /** Opens (or returns) the audience window. */
  openAudience(): PlacedWindow;
  /** Every live window's webContents: they all get the state. */
  targets(): Iterable<StateTarget>;
}

export function wirePresentationWindows(options: PresentationWindowsOptions): () => void {
  const unbind = bindPresentationIpc(options.hub, options.ipc, { isTrustedSender: options.isTrustedSender, targets: options.targets });
  let facilitator: PlacedWindow | undefined;
  let audience: PlacedWindow | undefined;
  // The displays are read when facilitator mode starts, not at launch.
  let placement: ScreenPlacement | null = null;
  const placer = () => (placement ??= createScreenPlacement(options.screen, () => ({ audience, facilitator })));

  options.ipc.handle(PRESENTATION_WINDOW_CHANNEL, (event, command) => {
    if (!options.isTrustedSender(event)) return false;
    if (typeof command !== 'string' || !COMMANDS.includes(command as WindowCommandName)) return false;
    if (command === 'attach') {
      facilitator = options.windowOf(event) ?? undefined;
      audience = options.openAudience();
      placer().apply();
      return true;
    }
    placer().handle({ type: command as 'present' | 'escape' | 'swap' });
    return true;
  });
  return () => {
    unbind();
    placement?.dispose();
    options.ipc.removeHandler(PRESENTATION_WINDOW_CHANNEL);
  };
}
