// Shows the questions of dialog-store.ts, one at a time, above whatever screen is open.
// Mounted once at the root of every window (renderer/main.tsx).
import { useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { ConfirmDialog } from './ConfirmDialog.js';
import { currentQuestion, subscribe } from './dialog-store.js';

export function DialogHost() {
  const pending = useSyncExternalStore(subscribe, currentQuestion, currentQuestion);
  if (!pending) return null;
  // In <body>, outside the screens, so that everything else can be made inert.
  return createPortal(<ConfirmDialog key={pending.question.title + pending.question.message} question={pending.question} onAnswer={pending.answer} />, document.body);
}
