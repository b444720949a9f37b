// The file-system operations the session store needs, behind a small interface so that
// tests can inject real errno failures (ENOSPC, EACCES, EROFS) at this layer. Tests run as
// root here, where chmod cannot make a folder unwritable: injection is the faithful way.
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

export interface SessionFs {
  readFile(path: string): Promise<Uint8Array>;
  /** `w`: create or truncate; `a`: append, creating if needed; `r`: read (used to fsync a folder). */
  open(path: string, flags: 'w' | 'a' | 'r'): Promise<SessionFileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  stat(path: string): Promise<SessionStat>;
  readdir(path: string): Promise<string[]>;
  mkdir(path: string): Promise<void>;
}

export const nodeSessionFs: SessionFs = {
  readFile: (path) => fsp.readFile(path),
  async open(path, flags) {
    const handle = await fsp.open(path, flags);
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
