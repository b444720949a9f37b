// The desktop menu's commands as the screens receive them through the preload: a session file
// the system handed over opens like « Ouvrir… » does, « Nouvelle séance » shows the form, and
// a command is handled once (a screen shown again does not replay it).
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_COMMAND_GLOBAL, type AppCommand, type AppCommandBridge } from '../../core/app-menu/api.js';
import type { HostApi } from '../../core/host-api.js';
import { HostContext } from '../host-client/HostContext.js';
import { SessionsHome } from '../session/SessionsHome.js';
import { useMenuRequest } from './app-commands.js';

let send: (command: AppCommand) => void = () => {};
function installBridge(): void {
  const bridge: AppCommandBridge = {
    subscribe(listener) {
      send = listener;
      return () => (send = () => {});
    },
  };
  (window as unknown as Record<string, unknown>)[APP_COMMAND_GLOBAL] = bridge;
}

afterEach(() => {
  cleanup();
  delete (window as unknown as Record<string, unknown>)[APP_COMMAND_GLOBAL];
});

function standIn() {
  const calls: unknown[][] = [];
  const host = {
    listSessions: async () => ({ ok: true, sessions: [] }),
    listSessionTemplates: async () => [],
    openSession: async (path: string) => {
      calls.push(['openSession', path]);
      return { ok: false, message: 'Le fichier « copil.ctg-seance.json » est abîmé.' };
    },
  } as unknown as HostApi;
  return { host, calls };
}

function Home({ host, shown = true }: { host: HostApi; shown?: boolean }) {
  const menu = useMenuRequest();
  return <HostContext.Provider value={host}>{shown ? <SessionsHome onOpenSession={() => {}} menu={menu} /> : null}</HostContext.Provider>;
}

describe('desktop menu commands', () => {
  it('opens a session file handed over by the system, once, with the home screen’s messages', async () => {
    installBridge();
    const { host, calls } = standIn();
    const view = render(<Home host={host} />);
    await act(async () => send({ type: 'open-session-file', path: '/media/cle/copil.ctg-seance.json' }));
    expect(calls).toEqual([['openSession', '/media/cle/copil.ctg-seance.json']]);
    expect(screen.getByRole('alert').textContent).toContain('abîmé');
    // The home screen hidden then shown again: the command is not replayed.
    view.rerender(<Home host={host} shown={false} />);
    await act(async () => view.rerender(<Home host={host} />));
    expect(calls).toHaveLength(1);
  });

  it('« Nouvelle séance » shows the new-session form', async () => {
    installBridge();
    render(<Home host={standIn().host} />);
    expect(screen.queryByRole('form', { name: 'Nouvelle séance' })).toBeNull();
    await act(async () => send({ type: 'new-session' }));
    expect(screen.getByRole('form', { name: 'Nouvelle séance' })).toBeTruthy();
  });

  it('does nothing outside the desktop app (no bridge)', async () => {
    const { host, calls } = standIn();
    render(<Home host={host} />);
    expect(screen.getByRole('button', { name: 'Nouvelle séance' })).toBeTruthy();
    expect(calls).toEqual([]);
  });
});
