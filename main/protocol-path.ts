// Maps an app:// request URL to one file inside an allowed folder, or refuses it.
// Chromium normalises standard-scheme URLs before they reach the handler, but this
// function does not rely on it: it inspects the raw URL and, at the end, the real path
// on disk, so that no spelling of a path and no symlink can reach outside the folder.
import { promises as fsPromises } from 'node:fs';
import path from 'node:path';

/** The scheme and host the renderer is served from (origin `app://app`). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Paths of app://app that answer with the renderer's index.html (it routes by path, like
 * the browser host's APP_PAGES). The facilitator mode adds '/audience' and '/facilitator'.
 */
export const APP_PAGES: ReadonlySet<string> = new Set(['/', '/index.html', '/print']);

/** One folder per app:// host name. Only `app` (the renderer build) exists today. */
export type ProtocolRoots = Readonly<Record<string, string>>;

export type PathDecision =
  | { status: 200; filePath: string }
  | { status: 400 | 403 | 404; reason: string };

/** The file-system calls used, injectable so Electron's asar-aware fs is the one used. */
export interface PathFs {
  realpath(p: string): Promise<string>;
  stat(p: string): Promise<{ isFile(): boolean }>;
}

const refuse = (status: 400 | 403 | 404, reason: string): PathDecision => ({ status, reason });

// Percent-encoded dot, slash, backslash and NUL: no file of the build needs them, and each
// one is a known way to smuggle a traversal past a naive check.
const ENCODED_DANGER = /%(2e|2f|5c|00)/i;

/** Decides which file, if any, an app:// URL designates. Never throws. */
export async function resolveAppRequestPath(
  rawUrl: string,
  roots: ProtocolRoots,
  fs: PathFs = fsPromises,
  pages: ReadonlySet<string> = APP_PAGES,
): Promise<PathDecision> {
  if (typeof rawUrl !== 'string' || rawUrl.length > 2048) return refuse(400, 'URL illisible');
  if (rawUrl.includes('\0') || rawUrl.includes('\\')) return refuse(403, 'caractère interdit');

  const prefix = `${APP_SCHEME}://`;
  if (!rawUrl.toLowerCase().startsWith(prefix)) return refuse(404, 'schéma inconnu');
  // Raw path: between the host and the query or fragment, before any normalisation.
  const afterScheme = rawUrl.slice(prefix.length);
  const slash = afterScheme.indexOf('/');
  const authority = slash === -1 ? afterScheme : afterScheme.slice(0, slash);
  const rawPath = (slash === -1 ? '/' : afterScheme.slice(slash)).split(/[?#]/, 1)[0] ?? '/';

  const host = authority.toLowerCase();
  if (!Object.hasOwn(roots, host)) return refuse(404, 'hôte inconnu');
  const root = roots[host];
  if (root === undefined) return refuse(404, 'hôte inconnu');

  if (ENCODED_DANGER.test(rawPath)) return refuse(403, 'encodage interdit');

  // A page of the app (or the bare origin) is the renderer's index.html.
  const isPage = host === APP_HOST && (rawPath === '' || pages.has(rawPath));
  const rawSegments = isPage ? ['index.html'] : rawPath.split('/').slice(1);
  if (rawSegments.at(-1) === '') {
    rawSegments.pop();
    rawSegments.push('index.html');
  }
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return refuse(400, 'encodage invalide');
    }
    // An empty segment is `//`: the start of an absolute path once joined.
    if (segment === '' || segment === '.' || segment === '..') return refuse(403, 'chemin interdit');
    // ':' would name a drive or an alternate data stream on Windows.
    if (/[\\/:\0]/.test(segment)) return refuse(403, 'caractère interdit');
    segments.push(segment);
  }

  const rootResolved = path.resolve(root);
  const candidate = path.resolve(rootResolved, ...segments);
  if (!isInside(rootResolved, candidate)) return refuse(403, 'hors du dossier');

  // The real path decides: a symlink inside the folder may point anywhere.
  let realRoot: string;
  let realCandidate: string;
  try {
    realRoot = await fs.realpath(rootResolved);
  } catch {
    return refuse(404, 'dossier absent');
  }
  try {
    realCandidate = await fs.realpath(candidate);
  } catch {
    return refuse(404, 'fichier absent');
  }
  if (!isInside(realRoot, realCandidate)) return refuse(403, 'lien vers l’extérieur du dossier');
  try {
    if (!(await fs.stat(realCandidate)).isFile()) return refuse(404, 'pas un fichier');
  } catch {
    return refuse(404, 'fichier absent');
  }
  return { status: 200, filePath: realCandidate };
}

/** True when `child` is `root` itself or below it (after both are resolved). */
export function isInside(root: string, child: string): boolean {
  const relative = path.relative(root, child);
  if (relative === '') return true;
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
