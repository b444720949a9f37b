// « Ce fichier existe déjà » : asks whether to replace it, keep both (write « nom (2).ext »)
// or cancel. A small modal of its own, in plain DOM so any screen can await it, until the
// app-wide French dialog (renderer/dialog/) takes its place: callers depend only on this
// function's signature. Accessible: role="alertdialog", labelled and described, focus kept
// inside (Tab cycles), Esc cancels, Enter presses the focused button; focus returns to where
// it was. The safe choice (« Annuler ») has the focus first.
import './ask-to-replace.css';

export type ReplaceChoice = 'replace' | 'keep-both' | 'cancel';

const NB = '\u00A0';

/** The file's name from a path of either platform. */
const baseName = (path: string): string => path.split(/[\\/]/).filter(Boolean).at(-1) ?? path;

let counter = 0;

export function askToReplace(path: string): Promise<ReplaceChoice> {
  const id = `ask-replace-${++counter}`;
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const backdrop = document.createElement('div');
  backdrop.className = 'ask-replace__backdrop';
  const dialog = document.createElement('div');
  dialog.className = 'ask-replace';
  dialog.setAttribute('role', 'alertdialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-labelledby', `${id}-title`);
  dialog.setAttribute('aria-describedby', `${id}-text`);
  dialog.dataset.testid = 'ask-to-replace';

  const title = document.createElement('h2');
  title.id = `${id}-title`;
  title.className = 'ask-replace__title';
  title.textContent = `Remplacer «${NB}${baseName(path)}${NB}»${NB}?`;
  const text = document.createElement('p');
  text.id = `${id}-text`;
  text.append('Un fichier de ce nom existe déjà à cet endroit\u00A0: ');
  const where = document.createElement('span');
  where.className = 'ask-replace__path';
  where.textContent = path;
  text.append(where, '. Le remplacer efface son contenu actuel.');

  const buttons = document.createElement('div');
  buttons.className = 'ask-replace__buttons';
  const make = (label: string, choice: ReplaceChoice, className?: string) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.dataset.choice = choice;
    if (className) b.className = className;
    buttons.append(b);
    return b;
  };
  const cancel = make('Annuler', 'cancel');
  make('Garder les deux', 'keep-both');
  make('Remplacer', 'replace', 'ask-replace__replace');
  dialog.append(title, text, buttons);
  backdrop.append(dialog);
  document.body.append(backdrop);
  cancel.focus();

  return new Promise((resolve) => {
    const done = (choice: ReplaceChoice) => {
      backdrop.remove();
      previous?.focus();
      resolve(choice);
    };
    buttons.addEventListener('click', (e) => {
      const choice = (e.target as HTMLElement).closest('button')?.dataset.choice as ReplaceChoice | undefined;
      if (choice) done(choice);
    });
    dialog.addEventListener('keydown', (e) => {
      // Keys stay in the dialog: nothing behind it (a presentation, a shortcut) reacts.
      e.stopPropagation();
      if (e.key === 'Escape') {
        e.preventDefault();
        done('cancel');
      } else if (e.key === 'Tab') {
        const all = [...buttons.querySelectorAll('button')];
        const at = all.indexOf(document.activeElement as HTMLButtonElement);
        const next = (at + (e.shiftKey ? all.length - 1 : 1)) % all.length;
        e.preventDefault();
        all[next < 0 ? 0 : next]!.focus();
      }
      // Enter presses the focused button: the browser's own behaviour for a <button>.
    });
    // A click outside does nothing: the question must be answered.
  });
}
