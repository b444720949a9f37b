// The « Exporter… » dialog as a user meets it: French choices, the right export asked of the
// host, progress while Electron prints, what was saved or skipped, Esc to close; and the
// browser host's way (a print tab, a download link).
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExportProgress } from '../../core/export/api.js';
import { parsePrintQuery } from '../../core/export/print-query.js';
import { browserExportActions, type ExportActions, type ExportOutcome } from './export-actions.js';
import { ExportDialog } from './ExportDialog.js';

afterEach(cleanup);

function fakeActions(overrides: Partial<ExportActions> = {}) {
  const calls: unknown[][] = [];
  const actions: ExportActions = {
    saves: true,
    pdf: async (...args) => {
      calls.push(['pdf', ...args]);
      return { kind: 'saved', paths: ['/docs/CTG Diois - Logement - documents à distribuer.pdf'], skipped: [] };
    },
    html: async (...args) => {
      calls.push(['html', ...args]);
      return { kind: 'saved', paths: ['/docs/x.html'], skipped: ['schéma non exporté\u00a0: Logement, diapositive 2, ligne 26\u00a0: niveaux manquants'] };
    },
    ...overrides,
  };
  return { actions, calls };
}

const DECK = [{ id: 'logement', title: 'Thématique logement' }];

describe('ExportDialog', () => {
  it('exports the chosen PDF variant and says where it was saved', async () => {
    const { actions, calls } = fakeActions();
    render(<ExportDialog decks={DECK} onClose={() => {}} actions={actions} />);
    expect(screen.getByRole('dialog', { name: 'Exporter «\u00a0Thématique logement\u00a0»' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: /Documents à distribuer/ }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le PDF…' })));
    expect(calls).toEqual([['pdf', ['logement'], 'handout', { withPrompts: false }]]);
    expect(screen.getByRole('status').textContent).toContain('CTG Diois - Logement - documents à distribuer.pdf');
  });

  it('saves the HTML page with notes when asked, and lists what was skipped', async () => {
    const { actions, calls } = fakeActions();
    render(<ExportDialog decks={DECK} onClose={() => {}} actions={actions} />);
    fireEvent.click(screen.getByRole('checkbox', { name: /Inclure les notes/ }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la page HTML…' })));
    expect(calls).toEqual([['html', 'logement', true]]);
    expect(screen.getByRole('status').textContent).toContain('schéma non exporté\u00a0: Logement, diapositive 2');
  });

  it('shows progress deck by deck while printing, and can cancel', async () => {
    let finish: (o: ExportOutcome) => void = () => {};
    const cancel = vi.fn(async () => finish({ kind: 'canceled', message: 'Export annulé.' }));
    let progress: ExportProgress = { running: true, done: 1, total: 3, current: 'Thématique jeunesse' };
    const { actions } = fakeActions({
      pdf: () => new Promise((resolve) => (finish = resolve)),
      progress: async () => progress,
      cancel,
    });
    vi.useFakeTimers();
    try {
      render(<ExportDialog decks={[...DECK, { id: 'jeunesse', title: 'Thématique jeunesse' }, { id: 'enfance', title: 'Thématique enfance' }]} label="COPIL du 12 mai" onClose={() => {}} actions={actions} />);
      expect(screen.queryByText('Page HTML autonome')).toBeNull();
      fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le PDF…' }));
      await act(async () => {
        await vi.advanceTimersByTimeAsync(350);
      });
      expect(screen.getByRole('status').textContent).toBe('Création du PDF — 2 sur 3\u00a0: Thématique jeunesse…');
      progress = { ...progress, done: 2, current: 'Thématique enfance' };
      await act(async () => {
        await vi.advanceTimersByTimeAsync(350);
      });
      expect(screen.getByRole('status').textContent).toContain('3 sur 3');
      await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Annuler l’export' })));
      expect(cancel).toHaveBeenCalledOnce();
      expect(screen.getByRole('status').textContent).toBe('Export annulé.');
    } finally {
      vi.useRealTimers();
    }
  });

  it('closes with Échap and keeps the keys from reaching the page behind', () => {
    const onClose = vi.fn();
    const behind = vi.fn();
    window.addEventListener('keydown', behind);
    render(<ExportDialog decks={DECK} onClose={onClose} actions={fakeActions().actions} />);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'F5' });
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    window.removeEventListener('keydown', behind);
    expect(onClose).toHaveBeenCalledOnce();
    expect(behind).not.toHaveBeenCalled();
  });
});

describe('browser host export actions', () => {
  it('opens the print page in a new tab and downloads the HTML deck from the host', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue({} as Window);
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.getAttribute('href') ?? '');
    });
    try {
      const actions = browserExportActions(window);
      const pdf = await actions.pdf(['petite-enfance', 'logement'], 'notes', { withPrompts: true });
      expect(pdf.kind).toBe('opened');
      const url = String(open.mock.calls[0]![0]);
      expect(url.startsWith('/print?')).toBe(true);
      expect(parsePrintQuery(url.slice('/print'.length))).toMatchObject({ ok: true, request: { deckIds: ['petite-enfance', 'logement'], variant: 'notes', withPrompts: true, toolbar: true } });
      await actions.html('logement', true);
      expect(clicked).toEqual(['/export/deck.html?deck=logement&notes=1']);
      open.mockReturnValue(null);
      expect((await actions.pdf(['logement'], 'slides')).kind).toBe('failed');
    } finally {
      open.mockRestore();
      click.mockRestore();
    }
  });
});
