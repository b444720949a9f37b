// Delivers the menu's commands and the session files the system hands over (double click,
// argv at launch, a second launch, macOS open-file) to the main window's screens. A command
// that comes before the page listens (a file double-clicked to start the app) waits until the
// page says it is ready (APP_COMMAND_READY_CHANNEL) and is then handed over, never lost.
import path from 'node:path';
import { APP_COMMAND_CHANNEL, type AppCommand } from '../core/app-menu/api.js';
import { SESSION_EXTENSION } from '../core/session/schema.js';

/** The part of a webContents used here. */
export interface CommandTarget {
  send(channel: string, message: AppCommand): void;
  isDestroyed(): boolean;
}

export class AppCommandQueue {
  private waiting: AppCommand[] = [];
  private target: CommandTarget | undefined;

  /** Sends now if the main page listens, else keeps it for when it does. */
  send(command: AppCommand): void {
    if (this.target && !this.target.isDestroyed()) this.target.send(APP_COMMAND_CHANNEL, command);
    else this.waiting.push(command);
  }

  /** The main page listens: it gets what waited (as the answer) and later commands directly. */
  ready(target: CommandTarget): AppCommand[] {
    this.target = target;
    const waiting = this.waiting;
    this.waiting = [];
    return waiting;
  }

  /** The main page is (re)loading or gone: commands wait again until it is ready. */
  notListening(target?: CommandTarget): void {
    if (!target || this.target === target) this.target = undefined;
  }
}

/**
 * The session file among a launch's arguments (Windows and Linux pass a double-clicked file
 * as an argument; switches such as --no-sandbox and the app's own path are not files), made
 * absolute against the folder the launch came from. The last one wins.
 */
export function sessionFileFromArgv(argv: readonly string[], cwd: string, resolve: (...parts: string[]) => string = path.resolve): string | undefined {
  const files = argv.slice(1).filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(SESSION_EXTENSION));
  const last = files.at(-1);
  return last === undefined ? undefined : resolve(cwd, last);
}
