// Whether this window runs in the desktop app (Electron's preload exposes the host object):
// there, « Ouvrir… », « Enregistrer sous… » and the minutes PDF use native dialogs; in the
// browser host the screens keep their path fields and printable page. A host answering
// `unavailable` anyway makes the screens fall back to the path field too.
import { HOST_GLOBAL } from '../../core/ids.js';

export function hasNativeDialogs(win: Window | undefined = typeof window === 'undefined' ? undefined : window): boolean {
  const host = win ? (win as unknown as Record<string, unknown>)[HOST_GLOBAL] : undefined;
  return typeof host === 'object' && host !== null;
}
