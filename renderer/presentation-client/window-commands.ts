// F5 / Shift+F5 / Esc / E in a view: window placement. Electron's main places the real
// windows; in the browser host a view can only take its own window full screen.
import type { WindowCommand } from '../../core/presentation/keys.js';
import type { ViewClient } from './presentation-client.js';

export function runWindowCommand(client: ViewClient, command: WindowCommand, browser: { fullscreenSelf: boolean }): void {
  if (client.windowCommand) {
    client.windowCommand(command);
    return;
  }
  if (command === 'present' && browser.fullscreenSelf && !document.fullscreenElement) {
    void document.documentElement.requestFullscreen?.().catch(() => {});
  } else if (command === 'escape' && document.fullscreenElement) {
    void document.exitFullscreen().catch(() => {});
  }
}
