// The minutes of the session: Word (.docx) and Markdown files written beside the session
// file by the host, and the PDF: « PDF… » in the desktop app (printed in a hidden window,
// saved where the dialog says), the printable page in a new tab in the browser host.
// « Relevé de décisions » variant.
import { useState } from 'react';
import type { SessionState } from '../../core/session/api.js';
import { askToReplace } from '../dialog/ask-to-replace.js';
import { useHost } from '../host-client/HostContext.js';
import { useHostCapabilities } from '../host-client/capabilities.js';
import { minutesUrl, type MinutesVariant } from './minutes-url.js';

export function MinutesExport({ state }: { state: SessionState }) {
  const host = useHost();
  const [variant, setVariant] = useState<MinutesVariant>('compte-rendu');
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState(false);
  // The printable page's link, where the host cannot print to PDF itself (browser host).
  const pdfPrinter = useHostCapabilities()?.pdfPrinter;
  const [printerRefused, setPrinterRefused] = useState(false);
  const printLink = pdfPrinter === false || printerRefused;
  const [printing, setPrinting] = useState(false);
  const pdf = async () => {
    setBusy(true);
    setPrinting(true);
    setResult(undefined);
    try {
      const r = await host.exportMinutesPdf(state.handle, variant);
      if (r.ok) setResult({ ok: true, text: `Enregistré\u00A0: ${r.path}` });
      else if ('unavailable' in r) setPrinterRefused(true);
      else if (!('canceled' in r)) setResult({ ok: false, text: r.message });
    } catch (e) {
      setResult({ ok: false, text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
      setPrinting(false);
    }
  };
  const write = async (format: 'docx' | 'markdown') => {
    setBusy(true);
    try {
      let r = await host.exportMinutes(state.handle, { format, variant });
      if (!r.ok && r.reason === 'exists') {
        // Nothing was written: ask, then call again for the same file with the user's choice.
        const answer = await askToReplace(r.path);
        if (answer === 'cancel') {
          setResult({ ok: false, text: 'Export annulé\u00A0: le fichier existant est gardé tel quel.' });
          return;
        }
        r = await host.exportMinutes(state.handle, { format, variant, path: r.path, ...(answer === 'replace' ? { overwrite: true } : { keepBoth: true }) });
      }
      setResult(r.ok ? { ok: true, text: `Enregistré\u00A0: ${r.path}` } : { ok: false, text: r.message });
    } catch (e) {
      setResult({ ok: false, text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="session-section" aria-labelledby="minutes-title">
      <h2 id="minutes-title" className="session-section__title">
        Compte rendu
      </h2>
      <fieldset className="minutes__variant">
        <legend>Document</legend>
        <label>
          <input type="radio" name="variant" checked={variant === 'compte-rendu'} onChange={() => setVariant('compte-rendu')} /> Compte rendu complet
        </label>
        <label>
          <input type="radio" name="variant" checked={variant === 'releve'} onChange={() => setVariant('releve')} /> Relevé de décisions
        </label>
      </fieldset>
      <div className="minutes__buttons">
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void write('docx')}>
          Exporter en Word (.docx)
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void write('markdown')}>
          Exporter en Markdown (.md)
        </button>
        {printLink ? (
          <a className="button" href={minutesUrl(state.handle, variant)} target="_blank" rel="noopener" data-testid="minutes-pdf-link">
            PDF&nbsp;: ouvrir la page imprimable
          </a>
        ) : (
          <button type="button" className="button" disabled={busy} onClick={() => void pdf()} data-testid="minutes-pdf-button">
            {printing ? 'Préparation du PDF…' : 'PDF…'}
          </button>
        )}
      </div>
      {result && (
        <p role={result.ok ? 'status' : 'alert'} className={result.ok ? 'minutes__done' : 'minutes__error'} data-testid="minutes-result">
          {result.text}
        </p>
      )}
    </section>
  );
}
