// The file-system operations the session store needs, behind a small interface so that
// tests can inject real errno failures (ENOSPC, EACCES, EROFS) at this layer. Tests run as
// root here, where chmod cannot make a folder unwritable: injection is the faithful way.
import { constants } from 'node:fs';
import * as fsp from 'node:fs/promises';

export interface SessionFileHandle {
  /** Writes all of `data` at the current position (the end, for an append handle). */
  write(data: Uint8Array): Promise<void>;
  /** Flushes the file's data to the device (fsync). */
  sync(): Promise<void>;
  truncate(length: number): Promise<void>;
  close(): Promise<void>;
}

export interface SessionStat {
  size: number;
  mtimeMs: number;
  isFile: boolean;
  isDirectory: boolean;
}

/** What a path turned out to be when it is not a regular file (a FIFO, a device, a socket…). */
export type OddFileKind = 'dossier' | 'tube' | 'périphérique' | 'socket' | 'autre';

/** Thrown by `readFile` for a path that is not a regular file once opened (symlinks followed). */
export class NotRegularFileError extends Error {
  readonly code = 'CTG_NOT_REGULAR';
  constructor(readonly kind: OddFileKind) {
    super(`not a regular file (${kind})`);
  }
}

/** Thrown by `readFile` when the file is larger than the cap given: nothing was read. */
export class FileTooLargeError extends Error {
  readonly code = 'CTG_TOO_LARGE';
  constructor(readonly size: number) {
    super(`file too large (${size} bytes)`);
  }
}

export interface SessionFs {
  /**
   * The bytes of a regular file, at most `maxBytes` of them. Anything else (FIFO, device,
   * socket, folder) throws NotRegularFileError without reading; a larger file throws
   * FileTooLargeError before its content is read.
   */
  readFile(path: string, maxBytes: number): Promise<Uint8Array>;
  /** `w`: create or truncate; `a`: append, creating if needed; `r`: read (used to fsync a folder). */
  open(path: string, flags: 'w' | 'a' | 'r'): Promise<SessionFileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  stat(path: string): Promise<SessionStat>;
  readdir(path: string): Promise<string[]>;
  mkdir(path: string): Promise<void>;
}

// O_NONBLOCK makes open() itself return at once on a FIFO with no writer (it would wait
// forever otherwise); it changes nothing for regular files. Windows has no such flag.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function oddKind(s: import('node:fs').Stats): OddFileKind {
  if (s.isDirectory()) return 'dossier';
  if (s.isFIFO()) return 'tube';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'périphérique';
  if (s.isSocket()) return 'socket';
  return 'autre';
}

/**
 * Opens first, then asks the opened handle what it is (fstat): a stat-then-open would let
 * the path be swapped for a FIFO or a device in between. Reads no more than `maxBytes` + 1
 * bytes even if the file grows meanwhile.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await fsp.open(path, READ_FLAGS);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new NotRegularFileError(oddKind(info));
    if (info.size > maxBytes) throw new FileTooLargeError(info.size);
    const buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, info.size + 64 * 1024));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) throw new FileTooLargeError(length);
        break;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) throw new FileTooLargeError(length);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
  } finally {
    await handle.close();
  }
}

export const nodeSessionFs: SessionFs = {
  readFile: readRegularFile,
  async open(path, flags) {
    // Append: O_NONBLOCK too, so that a FIFO put in the journal's place fails (ENXIO) rather than blocks.
    const handle = await fsp.open(path, flags === 'a' ? constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | (constants.O_NONBLOCK ?? 0) : flags);
    return {
      write: async (data) => {
        // FileHandle.write may write fewer bytes than asked: loop until all are written.
        let offset = 0;
        while (offset < data.length) {
          const { bytesWritten } = await handle.write(data, offset, data.length - offset);
          offset += bytesWritten;
        }
      },
      sync: () => handle.sync(),
      truncate: (length) => handle.truncate(length),
      close: () => handle.close(),
    };
  },
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  async stat(path) {
    const s = await fsp.stat(path);
    return { size: s.size, mtimeMs: s.mtimeMs, isFile: s.isFile(), isDirectory: s.isDirectory() };
  },
  readdir: (path) => fsp.readdir(path),
  mkdir: async (path) => {
    await fsp.mkdir(path, { recursive: true });
  },
};
