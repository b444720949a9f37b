// /minutes?seance=…&variante=… : the minutes as an A4 page, from the host's print-ready HTML
// (built and escaped in core/minutes/html.ts), with « Imprimer ou enregistrer en PDF ».
// Sets body[data-print-ready] like the deck print route, so Electron's printToPDF step
// (main/export-pdf.ts renderPdfInWindow) can print it the same way.
import { useEffect, useState } from 'react';
import { useHost } from '../host-client/HostContext.js';
import { minutesQuery } from './minutes-url.js';
// The documents' font, bundled (offline): a plain zero (renderer/theme's Atkinson Hyperlegible slashes it).
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/latin-400-italic.css';
import './minutes-print.css';

type Loaded = { status: 'loading' } | { status: 'ready'; style: string; body: string; title: string } | { status: 'failed'; message: string };

export function MinutesPrintRoute({ search }: { search: string }) {
  const host = useHost();
  const query = minutesQuery(search);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });

  useEffect(() => {
    if (!query) {
      setLoaded({ status: 'failed', message: 'Adresse incomplète\u00A0: la séance n’est pas indiquée.' });
      return;
    }
    let live = true;
    host.minutesHtml(query.handle, query.variant).then(
      (r) => {
        if (!live) return;
        if (!r.ok) return setLoaded({ status: 'failed', message: r.message });
        const doc = new DOMParser().parseFromString(r.html, 'text/html');
        setLoaded({
          status: 'ready',
          style: Array.from(doc.querySelectorAll('style'), (s) => s.textContent ?? '').join('\n'),
          body: doc.body.innerHTML,
          title: doc.title,
        });
      },
      (e: unknown) => live && setLoaded({ status: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [host, search]);

  useEffect(() => {
    if (loaded.status === 'loading') return;
    if (loaded.status === 'ready') document.title = loaded.title;
    // Fonts first: a PDF printed before them would use a fallback font.
    void document.fonts.ready.then(() => {
      document.body.dataset.printReady = loaded.status === 'ready' ? 'true' : 'error';
    });
  }, [loaded]);

  if (loaded.status === 'loading') return <p className="minutes-page__status">Préparation du compte rendu…</p>;
  if (loaded.status === 'failed') {
    return (
      <p className="minutes-page__status" role="alert">
        Le compte rendu n’a pas pu être préparé&nbsp;: {loaded.message}
      </p>
    );
  }
  return (
    <div className="minutes-page">
      {query?.toolbar !== false && (
        <header className="minutes-page__toolbar">
          <button type="button" onClick={() => window.print()}>
            Imprimer ou enregistrer en PDF
          </button>
          <span>Dans la fenêtre d’impression, choisissez «&nbsp;Enregistrer au format PDF&nbsp;» comme imprimante.</span>
        </header>
      )}
      <style>{loaded.style}</style>
      {/* In a landmark, so screen-reader users can jump to the document itself. */}
      <main>
        {/* The host escaped every user text when it built this HTML (core/minutes/html.ts). */}
        <article className="minutes-page__doc" dangerouslySetInnerHTML={{ __html: loaded.body }} />
      </main>
    </div>
  );
}
