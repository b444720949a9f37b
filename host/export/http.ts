// The browser host's export route: GET /export/deck.html?deck=<id>[&notes=1] answers the
// standalone HTML deck as a download. Mount it with startServer({ routes: [route] }).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTML_DOWNLOAD_PATH } from '../../core/export/download-path.js';
import { asciiFileName } from '../../core/export/file-names.js';
import { DECK_ID_PATTERN } from '../../core/ids.js';
import type { ExportService } from './service.js';

export type ExportRoute = (req: IncomingMessage, res: ServerResponse) => boolean;

/** `attachment` with an ASCII fallback name and the real UTF-8 one (RFC 6266 / 5987). */
export function contentDisposition(fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiFileName(fileName)}"; filename*=UTF-8''${encoded}`;
}

export function createExportRoute(service: Pick<ExportService, 'exportDeckHtml'>): ExportRoute {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== HTML_DOWNLOAD_PATH) return false;
    if (req.method !== 'GET') {
      res.writeHead(405, { allow: 'GET', 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end('Méthode non prise en charge : GET attendu.');
      return true;
    }
    const deckId = url.searchParams.get('deck') ?? '';
    if (!DECK_ID_PATTERN.test(deckId)) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end('Identifiant de présentation invalide.');
      return true;
    }
    service
      .exportDeckHtml(deckId, { withNotes: url.searchParams.get('notes') === '1' })
      .then((result) => {
        if (!result.ok) {
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
          res.end(result.message);
          return;
        }
        const body = Buffer.from(result.html, 'utf8');
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-length': body.length,
          'content-disposition': contentDisposition(result.fileName),
          'cache-control': 'no-store',
          // What was left out (« schéma non exporté : … »), for the page that asked.
          'x-export-skipped': String(result.skipped.length),
        });
        res.end(body);
      })
      .catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`Erreur pendant l’export\u00a0: ${error instanceof Error ? error.message : String(error)}`);
      });
    return true;
  };
}
