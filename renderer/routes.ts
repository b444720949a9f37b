// The renderer routes by path: both hosts serve the same index.html at each of these.
// `/audience` and `/facilitator` come with the facilitator mode (their screens go in
// renderer/audience/ and renderer/facilitator/).
import { isDeckId, isSessionHandle } from '../core/ids.js';

export type AppRoute = 'library' | 'audience' | 'facilitator';

export function routeForPath(pathname: string): AppRoute {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/audience') return 'audience';
  if (path === '/facilitator') return 'facilitator';
  return 'library';
}

/**
 * `?deck=<id>` opens that deck at once instead of the library (a bookmark, a later
 * "present this deck" from another window, the benchmark). Only a well-formed id counts.
 */
export function deckFromSearch(search: string): string | undefined {
  const id = new URLSearchParams(search).get('deck');
  return isDeckId(id) ? id : undefined;
}

/** `?seance=<handle>`: the session screen of a session open on the host (a reload keeps it). */
export function sessionFromSearch(search: string): string | undefined {
  const handle = new URLSearchParams(search).get('seance');
  return isSessionHandle(handle) ? handle : undefined;
}
