// « ? » (outside a field) lists the keys of the current view in a dialog.
import { useEffect } from 'react';
import { askChoice } from './ChoiceDialog.js';
import { SHORTCUTS, type ShortcutView } from './shortcuts.js';

const isField = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function showShortcuts(view: ShortcutView): Promise<'close'> {
  const list = SHORTCUTS[view];
  return askChoice<'close'>({ title: list.title, message: 'Ces touches marchent quand le curseur n’est pas dans un champ de texte.', table: list.keys, choices: [{ value: 'close', label: 'Fermer', primary: true }], cancel: 'close' });
}

export function useShortcutsHelp(view: ShortcutView): void {
  useEffect(() => {
    let open = false;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '?' || e.ctrlKey || e.metaKey || e.altKey || isField(e.target) || open) return;
      e.preventDefault();
      e.stopPropagation();
      open = true;
      void showShortcuts(view).then(() => (open = false));
    };
    // Capture: before the presentation keys of the view.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [view]);
}
