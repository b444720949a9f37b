// « Exporter… »: PDF (diapositives, avec notes, documents à distribuer) or a standalone HTML
// page, for one deck from the library, or for several (a session's agenda, from the
// facilitator view: pass its decks and its title as `label`). In French; Esc closes it.
import { useContext, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ExportProgress } from '../../core/export/api.js';
import type { PrintVariant } from '../../core/export/variants.js';
import { HostContext } from '../host-client/HostContext.js';
import { useHostCapabilities } from '../host-client/capabilities.js';
import { exportActionsFor, type ExportActions, type ExportOutcome } from './export-actions.js';
import './export-dialog.css';

export interface ExportDialogProps {
  decks: { id: string; title: string }[];
  /** A name for several decks together (the session's title). */
  label?: string;
  onClose: () => void;
  /** Defaults to the host of this window (Electron or the browser host). */
  actions?: ExportActions;
}

const PDF_CHOICES: { variant: PrintVariant; label: string; hint: string }[] = [
  { variant: 'slides', label: 'Diapositives', hint: 'une page par diapositive, schémas complets' },
  { variant: 'notes', label: 'Diapositives avec notes', hint: 'une page A4 par diapositive, les notes de l’intervenant dessous' },
  { variant: 'handout', label: 'Documents à distribuer', hint: 'trois diapositives par page A4, avec des lignes pour écrire' },
];

type Busy = { what: 'pdf' | 'html'; progress?: ExportProgress } | null;

export function ExportDialog({ decks, label, onClose, actions }: ExportDialogProps) {
  const host = useContext(HostContext);
  const capabilities = useHostCapabilities();
  const exporter = useMemo(() => actions ?? exportActionsFor(host, capabilities), [actions, host, capabilities]);
  const [variant, setVariant] = useState<PrintVariant>('slides');
  const [withPrompts, setWithPrompts] = useState(false);
  const [withNotes, setWithNotes] = useState(false);
  const [busy, setBusy] = useState<Busy>(null);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const single = decks.length === 1 ? decks[0] : undefined;
  const name = label ?? (single ? single.title : `${decks.length} présentations`);

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, button')?.focus();
  }, []);

  // Electron: the export runs in the main process; show where it is.
  useEffect(() => {
    if (!busy || busy.what !== 'pdf' || !exporter.progress) return;
    const timer = setInterval(() => {
      exporter.progress?.().then((progress) => setBusy((b) => (b ? { ...b, progress } : b)), () => undefined);
    }, 300);
    return () => clearInterval(timer);
  }, [busy?.what, exporter]); // eslint-disable-line react-hooks/exhaustive-deps

  const run = async (what: 'pdf' | 'html', task: () => Promise<ExportOutcome>) => {
    setOutcome(null);
    setBusy({ what });
    try {
      setOutcome(await task());
    } finally {
      setBusy(null);
    }
  };

  const progress = busy?.progress;
  return (
    <div className="export-dialog__backdrop" onClick={(e) => e.target === e.currentTarget && !busy && onClose()}>
      <div
        className="export-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        ref={ref}
        onKeyDown={(e) => {
          // Keys stay in the dialog: F5 or Space must not start a presentation behind it.
          e.stopPropagation();
          if (e.key === 'Escape' && !busy) onClose();
        }}
      >
        <h2 id={titleId} className="export-dialog__title">
          Exporter «&nbsp;{name}&nbsp;»
        </h2>

        <fieldset className="export-dialog__group" disabled={busy !== null}>
          <legend>Document PDF</legend>
          {PDF_CHOICES.map((choice) => (
            <label key={choice.variant} className="export-dialog__choice">
              <input type="radio" name="export-variant" value={choice.variant} checked={variant === choice.variant} onChange={() => setVariant(choice.variant)} />
              <span>
                <strong>{choice.label}</strong> — {choice.hint}
              </span>
            </label>
          ))}
          <label className="export-dialog__choice">
            <input type="checkbox" checked={withPrompts} onChange={(e) => setWithPrompts(e.target.checked)} />
            <span>Garder les consignes d’atelier sur leurs diapositives</span>
          </label>
          <button
            type="button"
            className="export-dialog__primary"
            onClick={() => run('pdf', () => exporter.pdf(decks.map((d) => d.id), variant, { withPrompts, ...(label ? { label } : {}) }))}
          >
            {exporter.saves ? 'Enregistrer le PDF…' : 'Ouvrir l’aperçu à imprimer'}
          </button>
        </fieldset>

        {single && (
          <fieldset className="export-dialog__group" disabled={busy !== null}>
            <legend>Page HTML autonome</legend>
            <p className="export-dialog__hint">Un seul fichier qui s’ouvre dans n’importe quel navigateur récent, sans l’application et sans internet (clé USB, courriel).</p>
            <label className="export-dialog__choice">
              <input type="checkbox" checked={withNotes} onChange={(e) => setWithNotes(e.target.checked)} />
              <span>Inclure les notes de l’intervenant et les consignes d’atelier</span>
            </label>
            <button type="button" className="export-dialog__primary" onClick={() => run('html', () => exporter.html(single.id, withNotes))}>
              {exporter.saves ? 'Enregistrer la page HTML…' : 'Télécharger la page HTML'}
            </button>
          </fieldset>
        )}

        <div className="export-dialog__status" role="status" aria-live="polite">
          {busy && (
            <p>
              {busy.what === 'pdf' ? 'Création du PDF' : 'Création de la page HTML'}
              {progress && progress.running && progress.total > 1 ? ` — ${progress.done + 1} sur ${progress.total}` : ''}
              {progress?.current ? `\u00a0: ${progress.current}` : ''}…
            </p>
          )}
          {outcome && <OutcomeText outcome={outcome} />}
        </div>

        <div className="export-dialog__actions">
          {busy && exporter.cancel && (
            <button type="button" onClick={() => void exporter.cancel?.()}>
              Annuler l’export
            </button>
          )}
          <button type="button" onClick={onClose} disabled={busy !== null}>
            Fermer
          </button>
        </div>
      </div>
    </div>
  );
}

function OutcomeText({ outcome }: { outcome: ExportOutcome }) {
  switch (outcome.kind) {
    case 'saved':
      return (
        <>
          <p>Enregistré{outcome.paths.length > 1 ? `\u00a0: ${outcome.paths.length} fichiers` : ''}&nbsp;:</p>
          <ul className="export-dialog__paths">
            {outcome.paths.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          {outcome.skipped.length > 0 && (
            <ul className="export-dialog__skipped">
              {outcome.skipped.map((s, i) => (
                <li key={i}>{s}</li>
              ))}
            </ul>
          )}
        </>
      );
    case 'opened':
    case 'canceled':
      return <p>{outcome.message}</p>;
    case 'failed':
      return (
        <p className="export-dialog__error" role="alert">
          {outcome.message}
        </p>
      );
  }
}
