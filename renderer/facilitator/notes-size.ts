// The speaker notes' text size (A− / A+), remembered on this machine between sessions.
import { useCallback, useState } from 'react';

export const NOTES_SIZES = [16, 18, 20, 22, 24, 28, 32, 36, 42] as const;
export const DEFAULT_NOTES_SIZE = 22;
const KEY = 'ctg-diois.facilitator.notes-size';

export function readNotesSize(storage: Pick<Storage, 'getItem'> | null): number {
  const value = Number(storage?.getItem(KEY));
  return (NOTES_SIZES as readonly number[]).includes(value) ? value : DEFAULT_NOTES_SIZE;
}

/** One step larger (+1) or smaller (−1), within the sizes. */
export function stepNotesSize(size: number, direction: 1 | -1): number {
  const sizes = NOTES_SIZES as readonly number[];
  const i = sizes.indexOf(size);
  const from = i === -1 ? sizes.indexOf(DEFAULT_NOTES_SIZE) : i;
  return sizes[Math.max(0, Math.min(sizes.length - 1, from + direction))]!;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function useNotesSize(): [number, (direction: 1 | -1) => void] {
  const [size, setSize] = useState(() => readNotesSize(storage()));
  const change = useCallback((direction: 1 | -1) => {
    setSize((current) => {
      const next = stepNotesSize(current, direction);
      try {
        storage()?.setItem(KEY, String(next));
      } catch {
        // Private mode or full storage: the size still changes for this session.
      }
      return next;
    });
  }, []);
  return [size, change];
}
