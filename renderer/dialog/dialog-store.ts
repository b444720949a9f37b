// The app's questions to the user (in place of window.confirm, which Electron shows in English
// with « OK / Cancel » and, from the second one on, a box that silences every later one).
// A tiny store: any code, React or not, calls `ask()` and awaits the choice; the one
// <DialogHost> mounted at the root shows the questions one at a time.

export interface Choice<Id extends string = string> {
  id: Id;
  /** The button's text: it names the action (« Remplacer », « Garder les deux »…), never « OK ». */
  label: string;
  /** The main action, styled as such. */
  primary?: boolean;
}

export interface Question<Id extends string = string> {
  title: string;
  message: string;
  choices: readonly Choice<Id>[];
  /** The choice Enter makes, and the button focused first. */
  defaultId: Id;
  /** The choice Échap makes (and closing any other way). */
  cancelId: Id;
}

export interface Pending {
  question: Question;
  answer(id: string): void;
}

const queue: Pending[] = [];
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

/** Asks `question`; resolves with the id of the choice made. */
export function ask<Id extends string>(question: Question<Id>): Promise<Id> {
  return new Promise<Id>((resolve) => {
    const entry: Pending = {
      question: question as Question,
      answer(id) {
        const index = queue.indexOf(entry);
        if (index < 0) return; // already answered
        queue.splice(index, 1);
        resolve(question.choices.some((c) => c.id === id) ? (id as Id) : question.cancelId);
        notify();
      },
    };
    queue.push(entry);
    notify();
  });
}

/** The question on screen now, if any (the oldest one asked). */
export function currentQuestion(): Pending | undefined {
  return queue[0];
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Answers every open question with its cancel choice (a window being torn down, a test's end). */
export function cancelAllQuestions(): void {
  for (const entry of [...queue]) entry.answer(entry.question.cancelId);
}
