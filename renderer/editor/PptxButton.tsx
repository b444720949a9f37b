// « Exporter en PowerPoint (.pptx) »: the host builds the file from the saved deck; the
// renderer hands it over as a download (Electron asks where to save it).
import { useState } from 'react';
import type { HostApi } from '../../core/host-api.js';

export function PptxButton({ host, deckId, beforeExport }: { host: HostApi; deckId: string; beforeExport: () => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const run = async () => {
    setBusy(true);
    setMessage('');
    try {
      await beforeExport();
      const result = await host.exportDeckPptx(deckId);
      if (!result.ok) return setMessage(result.message);
      const bytes = Uint8Array.from(atob(result.base64), (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = result.fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setMessage(`${result.fileName}\u00a0: ${result.slideCount} diapositives.`);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="editor__pptx">
      <button type="button" onClick={() => void run()} disabled={busy} aria-describedby="editor-pptx-message">
        {busy ? 'Export en cours…' : 'Exporter en PowerPoint (.pptx)'}
      </button>
      <span id="editor-pptx-message" role="status" className="editor__pptx-message">
        {message}
      </span>
    </span>
  );
}
