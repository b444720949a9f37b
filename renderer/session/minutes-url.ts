// The printable page of a session's minutes (PDF: the browser's print, or Electron's
// printToPDF on the same page). Shared by the session screen and the route.
import { isSessionHandle } from '../../core/ids.js';

export const MINUTES_PATH = '/minutes';
export type MinutesVariant = 'compte-rendu' | 'releve';

export function minutesUrl(handle: string, variant: MinutesVariant, toolbar = true): string {
  const q = new URLSearchParams({ seance: handle, variante: variant });
  if (!toolbar) q.set('barre', 'non');
  return `${MINUTES_PATH}?${q.toString()}`;
}

export function isMinutesPath(pathname: string): boolean {
  return (pathname.replace(/\/+$/, '') || '/') === MINUTES_PATH;
}

export function minutesQuery(search: string): { handle: string; variant: MinutesVariant; toolbar: boolean } | null {
  const q = new URLSearchParams(search);
  const handle = q.get('seance') ?? '';
  if (!isSessionHandle(handle)) return null;
  return { handle, variant: q.get('variante') === 'releve' ? 'releve' : 'compte-rendu', toolbar: q.get('barre') !== 'non' };
}
