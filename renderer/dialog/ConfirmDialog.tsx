// One question as an accessible modal dialog: role="alertdialog" with aria-modal, its title
// and message as name and description; focus goes to the default button, Tab stays inside,
// Échap cancels, Entrée makes the focused choice (the default one at first); the rest of the
// page is inert meanwhile, and focus goes back where it was once answered.
import { useId, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { Question } from './dialog-store.js';
import './dialog.css';

export interface ConfirmDialogProps {
  question: Question;
  onAnswer(id: string): void;
}

/** Every element of the page outside the dialog, made inert while it is open. */
function inertOutside(dialogRoot: HTMLElement): () => void {
  const changed: Element[] = [];
  let node: Element | null = dialogRoot;
  while (node && node !== document.body) {
    const parent: Element | null = node.parentElement;
    for (const sibling of Array.from(parent?.children ?? [])) {
      if (sibling !== node && !sibling.hasAttribute('inert') && sibling.tagName !== 'SCRIPT') {
        sibling.setAttribute('inert', '');
        changed.push(sibling);
      }
    }
    node = parent;
  }
  return () => changed.forEach((el) => el.removeAttribute('inert'));
}

export function ConfirmDialog({ question, onAnswer }: ConfirmDialogProps) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const opener = useRef<Element | null>(null);

  useLayoutEffect(() => {
    opener.current = document.activeElement;
    const restoreInert = box.current ? inertOutside(box.current) : () => {};
    const buttons = Array.from(box.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);
    buttons.find((b) => b.dataset.choice === question.defaultId)?.focus();
    // A click elsewhere must not leave focus outside the dialog.
    const keepInside = (event: FocusEvent) => {
      const root = box.current;
      if (root && event.target instanceof Node && !root.contains(event.target)) root.querySelector<HTMLButtonElement>('button')?.focus();
    };
    document.addEventListener('focusin', keepInside);
    return () => {
      document.removeEventListener('focusin', keepInside);
      restoreInert();
      const back = opener.current;
      if (back instanceof HTMLElement && back.isConnected) back.focus();
    };
  }, [question]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys answered here never reach the screen behind (reveal.js, the facilitator's keys).
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onAnswer(question.cancelId);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      event.stopPropagation();
      const focused = document.activeElement;
      const choice = focused instanceof HTMLElement && box.current?.contains(focused) ? focused.dataset.choice : undefined;
      onAnswer(choice ?? question.defaultId);
    } else if (event.key === 'Tab') {
      const buttons = Array.from(box.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);
      if (buttons.length === 0) return;
      const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
      const next = event.shiftKey ? (index <= 0 ? buttons.length - 1 : index - 1) : index === buttons.length - 1 ? 0 : index + 1;
      event.preventDefault();
      buttons[next]!.focus();
    } else {
      event.stopPropagation();
    }
  };

  return (
    <div className="ctg-dialog__backdrop">
      <div
        ref={box}
        className="ctg-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-message`}
        onKeyDown={onKeyDown}
      >
        <h2 id={`${id}-title`} className="ctg-dialog__title">
          {question.title}
        </h2>
        <p id={`${id}-message`} className="ctg-dialog__message">
          {question.message}
        </p>
        <div className="ctg-dialog__choices">
          {question.choices.map((choice) => (
            <button
              key={choice.id}
              type="button"
              data-choice={choice.id}
              className={`ctg-dialog__button${choice.primary ? ' ctg-dialog__button--primary' : ''}`}
              onClick={() => onAnswer(choice.id)}
            >
              {choice.label}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
