// `[à vérifier]` markers: left by whoever reconstructed an unreadable passage of the source,
// listed for the content owner, and never shown to the room.
import type { ReviewMarker } from './model.js';
import { excerpt } from './text.js';

/** Case and accent tolerant: `[à vérifier]`, `[A verifier]`, `[À VÉRIFIER]`, `[a  vérifier ]`. */
const MARKER = /[ \t\u00a0]*\[[ \t\u00a0]*(?:à|a|À|A)[ \t\u00a0]+v(?:é|e|É|E)rifier[ \t\u00a0]*\]/giu;

export function hasReviewMarker(line: string): boolean {
  MARKER.lastIndex = 0;
  return MARKER.test(line);
}

/** The line without its markers (and without the space that preceded each). */
export function stripReviewMarkers(line: string): string {
  return line.replace(MARKER, '');
}

/** Every marker of the file, one entry per marked line, with that line as context. */
export function findReviewMarkers(file: string, text: string): ReviewMarker[] {
  const markers: ReviewMarker[] = [];
  const lines = text.normalize('NFC').split(/\r\n|\r|\n/);
  lines.forEach((line, i) => {
    const count = line.match(MARKER)?.length ?? 0;
    for (let k = 0; k < count; k++) markers.push({ file, line: i + 1, context: excerpt(line, 160) });
  });
  return markers;
}
