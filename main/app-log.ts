// The app's own log: one local text file in the user data folder (app.getPath('logs')),
// rotated so it never grows without bound (1 MB, then .1, .2, .3 kept). It records what a
// person could not tell afterwards: a window whose page crashed or hung, and what was done.
// Synchronous appends: these are rare events, and a line must be on disk even if the app dies next.
import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

export const LOG_FILE_NAME = 'ctg-diois.log';
export const LOG_MAX_BYTES = 1024 * 1024;
export const LOG_KEEP = 3;

export interface AppLog {
  /** The current log file (what « Ouvrir le journal » shows). */
  readonly file: string;
  write(level: 'info' | 'warn' | 'error', message: string): void;
}

export interface AppLogOptions {
  dir: string;
  maxBytes?: number;
  keep?: number;
  now?: () => Date;
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** ctg-diois.log → .1 → .2 → … ; the oldest beyond `keep` is dropped. */
function rotate(file: string, keep: number): void {
  rmSync(`${file}.${keep}`, { force: true });
  for (let i = keep - 1; i >= 1; i--) {
    try {
      renameSync(`${file}.${i}`, `${file}.${i + 1}`);
    } catch {
      // That generation does not exist yet.
    }
  }
  renameSync(file, `${file}.1`);
}

export function createAppLog(options: AppLogOptions): AppLog {
  const file = path.join(options.dir, LOG_FILE_NAME);
  const maxBytes = options.maxBytes ?? LOG_MAX_BYTES;
  const keep = options.keep ?? LOG_KEEP;
  const now = options.now ?? (() => new Date());
  return {
    file,
    write(level, message) {
      // One line per event: newlines in a message would read as separate events.
      const line = `${now().toISOString()} ${level.toUpperCase()} ${message.replace(/\s*\n\s*/g, ' ')}\n`;
      try {
        mkdirSync(options.dir, { recursive: true });
        const size = sizeOf(file);
        if (size > 0 && size + Buffer.byteLength(line) > maxBytes) rotate(file, keep);
        appendFileSync(file, line);
      } catch {
        // A log that cannot be written (disk full, read-only folder) must never stop the app.
      }
    },
  };
}
