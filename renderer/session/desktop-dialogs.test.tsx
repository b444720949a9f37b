// « Ouvrir… » and « PDF… » as a user meets them: in the desktop app (the host says it has
// native dialogs and a PDF printer) a button opens the native dialog through the host; in the browser host, or when
// the host says the dialog is unavailable, the path field and the printable page's link
// (in a new tab) are there instead.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { HostApi } from '../../core/host-api.js';
import type { SessionState } from '../../core/session/api.js';
import type { ChooseFileResult, MinutesPdfResult } from '../../core/session/dialog-api.js';
import { HostContext } from '../host-client/HostContext.js';
import { MinutesExport } from './MinutesExport.js';
import { SessionsHome } from './SessionsHome.js';

afterEach(() => {
  cleanup();
});

/** Lets the host's answer to getCapabilities() arrive. */
const settle = () => act(async () => {});

/** A host answering the calls these screens make; `calls` records them in order. */
function standIn(answers: { desktop?: boolean; choose?: ChooseFileResult; pdf?: MinutesPdfResult } = {}) {
  const calls: unknown[][] = [];
  const desktop = answers.desktop === true;
  const methods: Partial<HostApi> = {
    getCapabilities: async () => ({ nativeDialogs: desktop, pdfPrinter: desktop, displays: desktop }),
    listSessions: async () => ({ ok: true, sessions: [] }),
    listSessionTemplates: async () => [],
    chooseSessionFile: async (...args) => {
      calls.push(['chooseSessionFile', ...args]);
      return answers.choose ?? { ok: false, unavailable: true };
    },
    openSession: async (...args) => {
      calls.push(['openSession', ...args]);
      return { ok: false, message: 'Le fichier «\u00A0copil.ctg-seance.json\u00A0» est introuvable.' };
    },
    exportMinutesPdf: async (...args) => {
      calls.push(['exportMinutesPdf', ...args]);
      return answers.pdf ?? { ok: false, unavailable: true, message: 'indisponible' };
    },
  };
  return { host: methods as HostApi, calls };
}

const STATE = { handle: '0123456789abcdef', path: '/docs/CTG Diois/copil.ctg-seance.json', fileName: 'copil.ctg-seance.json' } as SessionState;

describe('Ouvrir… on the home screen', () => {
  it('uses the desktop dialog and opens the file chosen', async () => {
    const { host, calls } = standIn({ desktop: true, choose: { ok: true, path: '/media/cle/copil.ctg-seance.json' } });
    render(<HostContext.Provider value={host}><SessionsHome onOpenSession={() => {}} /></HostContext.Provider>);
    await settle();
    expect(screen.queryByPlaceholderText(/clé-usb|cle-usb/)).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Ouvrir…' })));
    expect(calls).toEqual([['chooseSessionFile', { mode: 'open' }], ['openSession', '/media/cle/copil.ctg-seance.json']]);
    expect(screen.getByRole('alert').textContent).toContain('introuvable');
  });

  it('does nothing when the dialog is closed', async () => {
    const { host, calls } = standIn({ desktop: true, choose: { ok: false, canceled: true } });
    render(<HostContext.Provider value={host}><SessionsHome onOpenSession={() => {}} /></HostContext.Provider>);
    await settle();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Ouvrir…' })));
    expect(calls).toEqual([['chooseSessionFile', { mode: 'open' }]]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the path field in the browser host, and when the host has no dialog', async () => {
    const browser = standIn();
    render(<HostContext.Provider value={browser.host}><SessionsHome onOpenSession={() => {}} /></HostContext.Provider>);
    await settle();
    expect(screen.getByLabelText(/chemin complet d’un fichier/)).toBeTruthy();
    cleanup();
    const { host } = standIn({ desktop: true, choose: { ok: false, unavailable: true } });
    render(<HostContext.Provider value={host}><SessionsHome onOpenSession={() => {}} /></HostContext.Provider>);
    await settle();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Ouvrir…' })));
    expect(screen.getByLabelText(/chemin complet d’un fichier/)).toBeTruthy();
  });
});

describe('minutes PDF', () => {
  it('in the desktop app: « PDF… » asks the host for the chosen variant and says where it was saved', async () => {
    const { host, calls } = standIn({ desktop: true, pdf: { ok: true, path: '/docs/CTG Diois/COPIL - relevé de décisions.pdf' } });
    render(<HostContext.Provider value={host}><MinutesExport state={STATE} /></HostContext.Provider>);
    await settle();
    expect(screen.queryByTestId('minutes-pdf-link')).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: /Relevé de décisions/ }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'PDF…' })));
    expect(calls).toEqual([['exportMinutesPdf', STATE.handle, 'releve']]);
    expect(screen.getByTestId('minutes-result').textContent).toBe('Enregistré\u00A0: /docs/CTG Diois/COPIL - relevé de décisions.pdf');
  });

  it('says nothing when the save dialog is closed, and tells a failure', async () => {
    const canceled = standIn({ desktop: true, pdf: { ok: false, canceled: true, message: 'Export annulé.' } });
    render(<HostContext.Provider value={canceled.host}><MinutesExport state={STATE} /></HostContext.Provider>);
    await settle();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'PDF…' })));
    expect(screen.queryByTestId('minutes-result')).toBeNull();
    cleanup();
    const failing = standIn({ desktop: true, pdf: { ok: false, message: 'Le PDF du compte rendu n’a pas pu être créé.' } });
    render(<HostContext.Provider value={failing.host}><MinutesExport state={STATE} /></HostContext.Provider>);
    await settle();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'PDF…' })));
    expect(screen.getByRole('alert').textContent).toBe('Le PDF du compte rendu n’a pas pu être créé.');
  });

  it('in the browser host: the printable page opens in a new tab, no « PDF… » button', async () => {
    const { host } = standIn();
    render(<HostContext.Provider value={host}><MinutesExport state={STATE} /></HostContext.Provider>);
    await settle();
    const link = screen.getByTestId('minutes-pdf-link') as HTMLAnchorElement;
    expect(link.target).toBe('_blank');
    expect(link.getAttribute('href')).toBe(`/minutes?seance=${STATE.handle}&variante=compte-rendu`);
    expect(screen.queryByRole('button', { name: 'PDF…' })).toBeNull();
  });
});
