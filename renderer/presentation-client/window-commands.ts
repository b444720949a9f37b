// F5 / Shift+F5 / Esc / E / F in a view: window placement and full screen. Electron's main
// places the real windows; in the browser host a view can only take its own window full
// screen. F is always the view's own window (the Fullscreen API works in Electron too), as
// in the single-window presentation.
import type { WindowCommand } from '../../core/presentation/keys.js';
import { enterFullscreen, exitFullscreen, isFullscreen } from '../presentation/fullscreen.js';
import type { ViewClient } from './presentation-client.js';

export function runWindowCommand(client: ViewClient, command: WindowCommand, browser: { fullscreenSelf: boolean }): void {
  if (command === 'fullscreen') {
    if (isFullscreen()) exitFullscreen();
    else enterFullscreen();
    return;
  }
  if (client.windowCommand) {
    client.windowCommand(command);
    return;
  }
  if (command === 'present' && browser.fullscreenSelf && !isFullscreen()) {
    enterFullscreen();
  } else if (command === 'escape') {
    exitFullscreen();
  }
}
