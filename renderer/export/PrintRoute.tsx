// The print view, the same in both hosts: `/print?decks=a,b&variant=slides|notes|handout`.
// Electron loads it in a hidden window and calls printToPDF; the browser host opens it in a
// tab whose toolbar calls window.print(); the tests print it with Chromium's page.pdf().
import { useEffect, useState } from 'react';
import type { Deck } from '../../core/deck/model.js';
import { exportableDeck } from '../../core/export/exportable-deck.js';
import { printPageCount } from '../../core/export/pages.js';
import { parsePrintQuery, PRINT_DECK_ATTRIBUTE, PRINT_PATH, type PrintRequest } from '../../core/export/print-query.js';
import { pageSizeOf, VARIANT_LABELS } from '../../core/export/variants.js';
import { useHost } from '../host-client/HostContext.js';
import { PrintPages } from './PrintPages.js';
import { clearPrintReady, signalPrintReady } from './print-ready.js';
import './print.css';

type Loaded = { status: 'loading' } | { status: 'failed'; messages: string[] } | { status: 'done'; decks: Deck[]; skipped: string[] };

export function PrintRoute({ search }: { search: string }) {
  const parsed = parsePrintQuery(search);
  if (!parsed.ok) return <PrintFailure messages={[parsed.message]} />;
  return <PrintDocument request={parsed.request} />;
}

function PrintDocument({ request }: { request: PrintRequest }) {
  const host = useHost();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const key = `${request.deckIds.join(',')}|${request.variant}|${request.withPrompts}`;

  useEffect(() => {
    let live = true;
    Promise.all(request.deckIds.map((id) => host.loadDeck(id))).then(
      (results) => {
        if (!live) return;
        const messages = results.flatMap((r) =>
          r.ok ? [] : r.errors.map((e) => (e.line > 0 ? `${e.file}, ligne ${e.line}\u00a0: ${e.message}` : e.message)),
        );
        if (messages.length > 0) return setLoaded({ status: 'failed', messages });
        const exported = results.map((r) =>
          exportableDeck((r as Extract<typeof r, { ok: true }>).deck, {
            withNotes: request.variant === 'notes',
            withPrompts: request.withPrompts,
          }),
        );
        setLoaded({ status: 'done', decks: exported.map((e) => e.deck), skipped: exported.flatMap((e) => e.skipped) });
      },
      (error: unknown) => live && setLoaded({ status: 'failed', messages: [error instanceof Error ? error.message : String(error)] }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [host, key]);

  usePrintPage(request);

  useEffect(() => {
    if (loaded.status === 'failed') return signalPrintReady(document, 'error');
    if (loaded.status !== 'done') return clearPrintReady(document);
    let live = true;
    // Fonts first, then one frame so the notes' fitting has run: then the page is final.
    document.fonts.ready.then(() =>
      requestAnimationFrame(() => {
        if (live) signalPrintReady(document, 'true');
      }),
    );
    return () => {
      live = false;
    };
  }, [loaded]);

  if (loaded.status === 'loading') return <p className="print-status">Préparation de l’impression…</p>;
  if (loaded.status === 'failed') return <PrintFailure messages={loaded.messages} />;

  const pageCount = printPageCount(
    loaded.decks.map((d) => d.slides.length),
    request.variant,
  );
  return (
    <div className="print-view" data-print-variant={request.variant} data-print-pages={pageCount}>
      {request.toolbar && (
        <div className="print-toolbar" role="toolbar" aria-label="Impression">
          <div className="print-toolbar__text">
            <p className="print-toolbar__title">
              {loaded.decks.map((d) => d.meta.title).join(', ')} — {VARIANT_LABELS[request.variant]}
            </p>
            <p>
              {pageCount} page{pageCount > 1 ? 's' : ''}. Dans la fenêtre d’impression, choisissez «&nbsp;Enregistrer au format PDF&nbsp;»
              pour obtenir un fichier.
            </p>
            {loaded.skipped.length > 0 && (
              <ul className="print-toolbar__skipped" role="status">
                {loaded.skipped.map((message, i) => (
                  <li key={i}>{message}</li>
                ))}
              </ul>
            )}
          </div>
          <button type="button" className="print-toolbar__button" onClick={() => window.print()} autoFocus>
            Imprimer ou enregistrer en PDF
          </button>
        </div>
      )}
      <div className="print-pages">
        {loaded.decks.map((deck) => (
          <div key={deck.meta.id} className="print-deck" {...{ [PRINT_DECK_ATTRIBUTE]: deck.meta.id }}>
            <PrintPages deck={deck} variant={request.variant} />
          </div>
        ))}
      </div>
    </div>
  );
}

/** The page size of the variant, and reveal.js's own print stylesheet turned off. */
function usePrintPage(request: PrintRequest): void {
  useEffect(() => {
    const size = pageSizeOf(request.variant);
    const root = document.documentElement;
    // reveal.css restyles `html:not(.print-pdf) .reveal` for print; our layout is our own.
    root.classList.add('print-pdf', 'print-route');
    const style = document.createElement('style');
    style.dataset.printPage = request.variant;
    style.textContent = `@page { size: ${size.widthMm}mm ${size.heightMm}mm; margin: 0; }
:root { --print-page-width: ${size.widthMm}mm; --print-page-height: ${size.heightMm}mm; }`;
    document.head.appendChild(style);
    const title = document.title;
    document.title = 'Impression — CTG Diois';
    return () => {
      style.remove();
      root.classList.remove('print-pdf', 'print-route');
      document.title = title;
    };
  }, [request.variant]);
}

function PrintFailure({ messages }: { messages: string[] }) {
  useEffect(() => signalPrintReady(document, 'error'), []);
  return (
    <div className="print-status print-status--error" role="alert">
      <p>Impossible de préparer l’impression.</p>
      <ul>
        {messages.map((m, i) => (
          <li key={i}>{m}</li>
        ))}
      </ul>
    </div>
  );
}

/** `/print` (the page the exports print), with or without a trailing slash. */
export function isPrintPath(pathname: string): boolean {
  return (pathname.replace(/\/+$/, '') || '/') === PRINT_PATH;
}
