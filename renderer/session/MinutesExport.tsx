// The minutes of the session: Word (.docx) and Markdown files written beside the session
// file by the host, and the printable page for the PDF. « Relevé de décisions » variant.
import { useState } from 'react';
import type { SessionState } from '../../core/session/api.js';
import { useHost } from '../host-client/HostContext.js';
import { minutesUrl, type MinutesVariant } from './minutes-url.js';

export function MinutesExport({ state }: { state: SessionState }) {
  const host = useHost();
  const [variant, setVariant] = useState<MinutesVariant>('compte-rendu');
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState(false);
  const write = async (format: 'docx' | 'markdown') => {
    setBusy(true);
    try {
      const r = await host.exportMinutes(state.handle, { format, variant });
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
        Compte-rendu
      </h2>
      <fieldset className="minutes__variant">
        <legend>Document</legend>
        <label>
          <input type="radio" name="variant" checked={variant === 'compte-rendu'} onChange={() => setVariant('compte-rendu')} /> Compte-rendu complet
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
        <a className="button" href={minutesUrl(state.handle, variant)} target="_blank" rel="noopener" data-testid="minutes-pdf-link">
          PDF&nbsp;: ouvrir la page imprimable
        </a>
      </div>
      {result && (
        <p role={result.ok ? 'status' : 'alert'} className={result.ok ? 'minutes__done' : 'minutes__error'} data-testid="minutes-result">
          {result.text}
        </p>
      )}
    </section>
  );
}
