// The app's own questions, as a keyboard or screen-reader user meets them: French buttons that
// name the action, focus inside and kept there, Échap cancels, Entrée does the default,
// focus goes back to the button that asked.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { askToReplace } from './ask-to-replace.js';
import { ask, cancelAllQuestions } from './dialog-store.js';
import { DialogHost } from './DialogHost.js';

afterEach(() => {
  act(() => cancelAllQuestions());
  cleanup();
});

function Opener({ onAsk }: { onAsk: () => void }) {
  return (
    <div>
      <button type="button" onClick={onAsk}>
        Enregistrer sous…
      </button>
      <input aria-label="Lieu" />
    </div>
  );
}

async function openReplaceQuestion() {
  let answer: Promise<string> = Promise.resolve('');
  render(
    <>
      <Opener onAsk={() => (answer = askToReplace('/media/cle/copil.ctg-seance.json'))} />
      <DialogHost />
    </>,
  );
  const opener = screen.getByRole('button', { name: 'Enregistrer sous…' });
  opener.focus();
  await act(async () => opener.click());
  return { opener, answer: () => answer };
}

describe('in-app dialog', () => {
  it('is a labelled, described modal alert dialog whose buttons name the action, in French', async () => {
    await openReplaceQuestion();
    const dialog = screen.getByRole('alertdialog', { name: 'Ce fichier existe déjà' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)!.textContent).toContain('« copil.ctg-seance.json »');
    const labels = Array.from(dialog.querySelectorAll('button')).map((b) => b.textContent);
    expect(labels).toEqual(['Remplacer', 'Garder les deux', 'Annuler']);
    // The rest of the page cannot be reached while the question is open.
    expect(screen.getByLabelText('Lieu').closest('[inert]')).not.toBeNull();
  });

  it('focuses the default action; Entrée takes it and focus returns to the opener', async () => {
    const { opener, answer } = await openReplaceQuestion();
    expect(document.activeElement?.textContent).toBe('Garder les deux');
    await act(async () => void fireEvent.keyDown(document.activeElement!, { key: 'Enter' }));
    expect(await answer()).toBe('keep-both');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(screen.getByLabelText('Lieu').closest('[inert]')).toBeNull();
  });

  it('keeps Tab and Maj+Tab inside the dialog, and Entrée takes the focused choice', async () => {
    const { answer } = await openReplaceQuestion();
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      fireEvent.keyDown(document.activeElement!, { key: 'Tab' });
      order.push(document.activeElement!.textContent!);
    }
    expect(order).toEqual(['Annuler', 'Remplacer', 'Garder les deux', 'Annuler']);
    fireEvent.keyDown(document.activeElement!, { key: 'Tab', shiftKey: true });
    fireEvent.keyDown(document.activeElement!, { key: 'Tab', shiftKey: true });
    expect(document.activeElement!.textContent).toBe('Remplacer');
    await act(async () => void fireEvent.keyDown(document.activeElement!, { key: 'Enter' }));
    expect(await answer()).toBe('replace');
  });

  it('Échap cancels', async () => {
    const { answer, opener } = await openReplaceQuestion();
    await act(async () => void fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' }));
    expect(await answer()).toBe('cancel');
    expect(document.activeElement).toBe(opener);
  });

  it('focus moved outside by a click goes back into the dialog', async () => {
    await openReplaceQuestion();
    act(() => screen.getByLabelText('Lieu').focus());
    expect(screen.getByRole('alertdialog').contains(document.activeElement)).toBe(true);
  });

  it('shows questions one at a time, in the order asked, and a click answers', async () => {
    render(<DialogHost />);
    let first: Promise<string> = Promise.resolve('');
    let second: Promise<string> = Promise.resolve('');
    await act(async () => {
      first = ask({ title: 'Première', message: 'a', choices: [{ id: 'oui', label: 'Recharger le fichier' }, { id: 'non', label: 'Annuler' }], defaultId: 'non', cancelId: 'non' });
      second = ask({ title: 'Seconde', message: 'b', choices: [{ id: 'go', label: 'Revenir à l’accueil' }, { id: 'stay', label: 'Rester' }], defaultId: 'stay', cancelId: 'stay' });
    });
    expect(screen.getByRole('alertdialog').getAttribute('aria-labelledby')).toBeTruthy();
    expect(screen.getByRole('alertdialog', { name: 'Première' })).toBeTruthy();
    await act(async () => screen.getByRole('button', { name: 'Recharger le fichier' }).click());
    expect(await first).toBe('oui');
    expect(screen.getByRole('alertdialog', { name: 'Seconde' })).toBeTruthy();
    await act(async () => screen.getByRole('button', { name: 'Rester' }).click());
    expect(await second).toBe('stay');
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});
