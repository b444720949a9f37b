// Builds the Response of the app:// protocol handler: the file with its content type and
// the security headers (CSP as a response header, no MIME sniffing), or a short French
// error page with the same headers. Uses only the Fetch API, so it runs in plain Node.
import { promises as fsPromises } from 'node:fs';
import { contentTypeFor } from '../host/content-types.js';
import { CONTENT_SECURITY_POLICY } from '../host/csp.js';
import type { AppPage } from '../host/first-slide/app-page.js';
import { APP_HOST, APP_PAGES, resolveAppRequestPath, type PathDecision, type PathFs, type ProtocolRoots } from './protocol-path.js';

export { contentTypeFor };

/** Headers every app:// response carries, whatever its status. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    // The build changes with each version; never serve a stale renderer from cache.
    'Cache-Control': 'no-store',
  };
}

const ERROR_TEXT: Readonly<Record<number, string>> = {
  400: 'Requête invalide.',
  403: 'Accès refusé.',
  404: 'Fichier introuvable.',
  405: 'Méthode non autorisée.',
  500: 'Erreur de lecture du fichier.',
};

function errorResponse(status: 400 | 403 | 404 | 405 | 500): Response {
  return new Response(ERROR_TEXT[status] ?? 'Erreur.', {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** The Response for a decision of the path resolver. */
export async function responseForDecision(
  decision: PathDecision,
  readFile: (p: string) => Promise<Uint8Array> = fsPromises.readFile,
): Promise<Response> {
  if (decision.status !== 200) return errorResponse(decision.status);
  let body: Uint8Array;
  try {
    body = await readFile(decision.filePath);
  } catch {
    return errorResponse(500);
  }
  return new Response(body as Uint8Array<ArrayBuffer>, {
    status: 200,
    headers: { ...securityHeaders(), 'Content-Type': contentTypeFor(decision.filePath) },
  });
}

export interface AppRequest {
  url: string;
  method: string;
}

/**
 * The whole app:// handler: only GET and HEAD, a contained path, the file. A page of the app
 * goes through `page` when given (host/first-slide/app-page.ts: the first slide pre-rendered),
 * as the browser host serves it.
 */
export async function respondToAppRequest(
  request: AppRequest,
  roots: ProtocolRoots,
  fs: PathFs & { readFile(p: string): Promise<Uint8Array> } = fsPromises,
  page?: AppPage,
): Promise<Response> {
  const method = request.method.toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') return errorResponse(405);
  const decision = await resolveAppRequestPath(request.url, roots, fs);
  const url = decision.status === 200 && page ? new URL(request.url) : undefined;
  const asPage = url !== undefined && url.host === APP_HOST && APP_PAGES.has(url.pathname || '/');
  const response = asPage
    ? await responseForDecision(decision, async () => new TextEncoder().encode(await page!(url.pathname || '/', url.search)))
    : await responseForDecision(decision, (p) => fs.readFile(p));
  if (method === 'HEAD') return new Response(null, { status: response.status, headers: response.headers });
  return response;
}
