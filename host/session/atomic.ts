// Atomic replacement of a file: a temporary file in the same folder is written and flushed,
// then renamed over the target, then the folder is flushed so the rename itself survives a
// power cut. At every instant the target holds either its old or its new content, whole.
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { SessionFs } from './fs.js';

/** Temporary files start with a dot and end with `.tmp`: listings ignore them. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/** Flushes a folder's entries (the rename). Some systems (Windows) cannot open a folder: ignored. */
export async function syncDir(fs: SessionFs, dir: string): Promise<void> {
  let handle;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Not supported here; the rename is still atomic, only its durability is up to the OS.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

export async function writeFileAtomic(fs: SessionFs, path: string, data: Uint8Array): Promise<void> {
  const temp = tempPathFor(path);
  try {
    const handle = await fs.open(temp, 'w');
    try {
      await handle.write(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, path);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDir(fs, dirname(path));
}
