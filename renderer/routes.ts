// The renderer routes by path: both hosts serve the same index.html at each of these.
// `/audience` and `/facilitator` come with the facilitator mode (their screens go in
// renderer/audience/ and renderer/facilitator/).
export type AppRoute = 'library' | 'audience' | 'facilitator';

export function routeForPath(pathname: string): AppRoute {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/audience') return 'audience';
  if (path === '/facilitator') return 'facilitator';
  return 'library';
}
