// The home screen: asks the host for the decks (every time it is shown, so a deck edited
// meanwhile appears corrected) and shows them.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { claim, type MenuRequest } from '../app-menu/app-commands.js';
import { ExportDialog } from '../export/ExportDialog.js';
import { useHost } from '../host-client/HostContext.js';
import { useDeckList } from './useDeckList.js';
import { DecksFolderPanel } from '../editor/DecksFolderPanel.js';
import { LibraryView } from './LibraryView.js';

export interface LibraryScreenProps {
  resume: Readonly<Record<string, number>>;
  /** The deck just left: its card gets the focus back, for keyboard users. */
  focusDeckId?: string;
  onOpen: (id: string, startIndex: number) => void;
  /** The sessions (séances) listed above the decks (renderer/session/SessionsHome). */
  sessions?: ReactNode;
  /** The desktop menu's latest command (Fichier › Exporter…: every deck of the library). */
  menu?: MenuRequest | undefined;
}

export function LibraryScreen({ resume, focusDeckId, onOpen, sessions, menu }: LibraryScreenProps) {
  const host = useHost();
  const decks = useDeckList(host);
  const root = useRef<HTMLDivElement>(null);
  const [exportingAll, setExportingAll] = useState(false);
  const exportable = decks.status === 'done' ? decks.value.flatMap((d) => (d.ok ? [{ id: d.meta.id, title: d.meta.title }] : [])) : [];
  useEffect(() => {
    if (exportable.length > 0 && claim(menu, ['export'])) setExportingAll(true);
  }, [menu, exportable.length]);

  useEffect(() => {
    if (decks.status !== 'done') return;
    const cards = root.current?.querySelectorAll<HTMLButtonElement>('button.deck-card');
    const target = Array.from(cards ?? []).find((c) => c.dataset.deckId === focusDeckId) ?? cards?.[0];
    target?.focus();
  }, [decks.status, focusDeckId]);

  return (
    <div className="app-shell" ref={root}>
      <header className="app-header">
        <p className="app-header__kicker">Convention Territoriale Globale</p>
        <h1 className="app-header__title">CTG Diois</h1>
        <p className="app-header__subtitle">Évaluation et réunions du territoire</p>
      </header>
      <main className="app-main" aria-busy={decks.status === 'loading'}>
        {sessions}
        <DecksFolderPanel />
        {decks.status === 'loading' && <p className="library__status">Chargement des présentations…</p>}
        {decks.status === 'failed' && (
          <p className="library__status library__status--error" role="alert">
            Impossible de lire les présentations&nbsp;: {decks.message}
          </p>
        )}
        {decks.status === 'done' && <LibraryView decks={decks.value} resume={resume} onOpen={onOpen} />}
        {exportingAll && <ExportDialog decks={exportable} label="toutes les présentations" onClose={() => setExportingAll(false)} />}
      </main>
    </div>
  );
}
