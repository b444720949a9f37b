// A screen that throws shows the French message and « Recharger l’écran »; reloading mounts
// it afresh (reading again what the host holds), and a sibling screen is untouched.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScreenErrorBoundary } from './ScreenErrorBoundary.js';

afterEach(cleanup);

// What the host holds: the screen reads it when it mounts.
const host = { typed: 'Décision : ouvrir un second accueil de loisirs', broken: true };

function NotesScreen() {
  if (host.broken) throw new Error('bug');
  return <p>{host.typed}</p>;
}

describe('screen error boundary', () => {
  it('shows a French message and reloads the screen with what was typed', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <>
        <ScreenErrorBoundary>
          <NotesScreen />
        </ScreenErrorBoundary>
        <p>La bibliothèque</p>
      </>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Cet écran a rencontré un problème.');
    expect(alert.textContent).toContain('Ce que vous avez saisi est conservé.');
    expect(screen.getByText('La bibliothèque')).toBeTruthy();
    // The passing trouble is gone (a chunk that failed to load, a state that no longer occurs).
    host.broken = false;
    await act(async () => screen.getByRole('button', { name: 'Recharger l’écran' }).click());
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText(host.typed)).toBeTruthy();
    quiet.mockRestore();
  });
});
