// « Ce fichier existe déjà » as a user meets it when exporting the minutes: the host refuses
// to replace, the question appears in French with its three choices, and the export is
// called again with the choice — or not at all after « Annuler » (or Esc).
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { HostApi } from '../../core/host-api.js';
import type { ExportOptions, ExportResult, SessionState } from '../../core/session/api.js';
import { HostContext } from '../host-client/HostContext.js';
import { MinutesExport } from '../session/MinutesExport.js';
import { cancelAllQuestions } from './dialog-store.js';
import { DialogHost } from './DialogHost.js';

afterEach(() => {
  act(() => cancelAllQuestions());
  cleanup();
});

const STATE = { handle: '0123456789abcdef', path: '/docs/copil.ctg-seance.json', fileName: 'copil.ctg-seance.json' } as SessionState;
const EXISTING = '/docs/copil - compte-rendu.docx';

function standIn() {
  const calls: ExportOptions[] = [];
  const host = {
    exportMinutes: async (_h: string, options: ExportOptions): Promise<ExportResult> => {
      calls.push(options);
      if (!options.overwrite && !options.keepBoth) return { ok: false, reason: 'exists', path: EXISTING, message: 'Un fichier existe déjà.' };
      return { ok: true, path: options.keepBoth ? '/docs/copil - compte-rendu (2).docx' : EXISTING };
    },
  } as unknown as HostApi;
  return { host, calls };
}

describe('askToReplace', () => {
  it('the minutes export: nothing written after « Annuler », « Garder les deux » then « Remplacer » call again with the choice', async () => {
    const { host, calls } = standIn();
    render(<HostContext.Provider value={host}><MinutesExport state={STATE} /><DialogHost /></HostContext.Provider>);
    const exportWord = () => screen.getByRole('button', { name: 'Exporter en Word (.docx)' });

    await act(async () => fireEvent.click(exportWord()));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Annuler' })));
    await waitFor(() => expect(screen.getByTestId('minutes-result').textContent).toMatch(/Export annulé/));
    expect(calls).toEqual([{ format: 'docx', variant: 'compte-rendu' }]);

    await act(async () => fireEvent.click(exportWord()));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Garder les deux' })));
    await waitFor(() => expect(screen.getByTestId('minutes-result').textContent).toBe('Enregistré\u00a0: /docs/copil - compte-rendu (2).docx'));
    expect(calls.at(-1)).toEqual({ format: 'docx', variant: 'compte-rendu', path: EXISTING, keepBoth: true });

    await act(async () => fireEvent.click(exportWord()));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Remplacer' })));
    await waitFor(() => expect(screen.getByTestId('minutes-result').textContent).toBe(`Enregistré\u00a0: ${EXISTING}`));
    expect(calls.at(-1)).toEqual({ format: 'docx', variant: 'compte-rendu', path: EXISTING, overwrite: true });
  });
});
