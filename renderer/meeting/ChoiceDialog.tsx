// A minimal accessible modal (role="dialog", focus kept inside, Échap = the safe choice) for
// the meeting's questions. The shared dialog of renderer/dialog will replace it; until then
// callers only see the promise functions beside it (ask-room-switch.ts, ask-confirm.ts).
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { createRoot } from 'react-dom/client';
import './meeting.css';

export interface Choice<T extends string> {
  value: T;
  label: string;
  primary?: boolean;
}

interface Props<T extends string> {
  title: string;
  message: string;
  /** A two-column list under the message (keys and what they do). */
  table?: { keys: string; what: string }[];
  choices: Choice<T>[];
  cancel: T;
  onChoose: (value: T) => void;
}

function ChoiceDialog<T extends string>({ title, message, table, choices, cancel, onChoose }: Props<T>) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelector<HTMLButtonElement>('button[data-primary="true"], button')?.focus();
  }, []);
  const onKey = (e: KeyboardEvent) => {
    // The presentation keys of the page must not act behind the question.
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      onChoose(cancel);
    } else if (e.key === 'Tab') {
      const buttons = [...(box.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
      const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
      const next = buttons[(at + (e.shiftKey ? -1 : 1) + buttons.length) % buttons.length];
      e.preventDefault();
      next?.focus();
    }
  };
  return (
    <div className="choice-dialog__backdrop">
      <div ref={box} className="choice-dialog" role="dialog" aria-modal="true" aria-labelledby="choice-dialog-title" aria-describedby="choice-dialog-message" onKeyDown={onKey} lang="fr">
        <h2 id="choice-dialog-title" className="choice-dialog__title">
          {title}
        </h2>
        <p id="choice-dialog-message" className="choice-dialog__message">
          {message}
        </p>
        {table && (
          <table className="choice-dialog__table">
            <tbody>
              {table.map((row) => (
                <tr key={row.keys}>
                  <th scope="row">{row.keys}</th>
                  <td>{row.what}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div className="choice-dialog__buttons">
          {choices.map((c) => (
            <button key={c.value} type="button" className={`button${c.primary ? ' button--primary' : ''}`} data-primary={c.primary ? 'true' : undefined} onClick={() => onChoose(c.value)}>
              {c.label}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}

/** Shows the dialog and resolves with the choice (`cancel` on Échap). */
export function askChoice<T extends string>(props: Omit<Props<T>, 'onChoose'>): Promise<T> {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const before = document.activeElement as HTMLElement | null;
  // Keys pressed while the question is up belong to it, not to the slides behind it.
  const stopKeys = (e: globalThis.KeyboardEvent) => {
    if (!host.contains(e.target as Node)) e.stopImmediatePropagation();
  };
  window.addEventListener('keydown', stopKeys, true);
  return new Promise<T>((resolve) => {
    let done = false;
    const onChoose = (value: T) => {
      if (done) return;
      done = true;
      window.removeEventListener('keydown', stopKeys, true);
      resolve(value);
      // Not from inside the root's own click handler: React unmounts it once the event is over.
      setTimeout(() => {
        root.unmount();
        host.remove();
        before?.focus?.();
      }, 0);
    };
    root.render(<ChoiceDialog {...props} onChoose={onChoose} />);
  });
}
