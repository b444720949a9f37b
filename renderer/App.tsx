// The main window: the library, and the deck being presented. Which deck is shown lives in
// React state (not the URL hash, which reveal.js must not see).
import { useCallback, useEffect, useState } from 'react';
import { deckFromSearch, sessionFromSearch } from './routes.js';
import { isMinutesPath } from './session/minutes-url.js';
import { ScreenErrorBoundary } from './error-boundary/ScreenErrorBoundary.js';
import { HOME_COMMANDS, useMenuRequest } from './app-menu/app-commands.js';
import { useHost } from './host-client/HostContext.js';
import { deckToEdit } from './editor/editor-url.js';
// Each screen is its own chunk (renderer/screens.ts): same names, same props.
import { EditorRoute, isPrintPath, LibraryScreen, MinutesPrintRoute, PresentationRoute, PrintRoute, SessionScreen, SessionsHome } from './screens.js';

type View =
  | { screen: 'library'; lastDeckId?: string }
  | { screen: 'presenting'; deckId: string; startIndex: number }
  /** A session (séance): its handle on the host, also kept in the URL so a reload comes back to it. */
  | { screen: 'session'; handle: string };

// Opened straight on a deck: its code starts loading now, beside the deck's own request.
if (deckFromSearch(window.location.search) && !isPrintPath(window.location.pathname)) PresentationRoute.preload();

function initialView(): View {
  const handle = sessionFromSearch(window.location.search);
  if (handle) return { screen: 'session', handle };
  const deckId = deckFromSearch(window.location.search);
  return deckId ? { screen: 'presenting', deckId, startIndex: 0 } : { screen: 'library' };
}

export function App() {
  const [view, setView] = useState<View>(initialView);
  // Where each deck was left, so Shift+F5 on its card resumes there.
  const [resume, setResume] = useState<Record<string, number>>({});

  const open = useCallback((deckId: string, startIndex: number) => setView({ screen: 'presenting', deckId, startIndex }), []);
  const deckId = view.screen === 'presenting' ? view.deckId : undefined;
  const close = useCallback(
    (slideIndex: number) => {
      if (deckId === undefined) return;
      setResume((r) => ({ ...r, [deckId]: slideIndex }));
      setView({ screen: 'library', lastDeckId: deckId });
      // Leaving a deck opened by ?deck= : a reload now shows the library, as the screen does.
      if (window.location.search) window.history.replaceState(null, '', window.location.pathname);
    },
    [deckId],
  );

  const openSession = useCallback((handle: string) => {
    window.history.replaceState(null, '', `${window.location.pathname}?seance=${encodeURIComponent(handle)}`);
    setView({ screen: 'session', handle });
  }, []);
  const closeSession = useCallback(() => {
    window.history.replaceState(null, '', window.location.pathname);
    setView({ screen: 'library' });
  }, []);

  // The desktop menu (Fichier › Nouvelle séance, Ouvrir…, a double-clicked file): the home
  // screen's commands show it first (the open session written whole, as « ← Accueil » does).
  const host = useHost();
  const menu = useMenuRequest();
  useEffect(() => {
    if (!menu || !HOME_COMMANDS.includes(menu.type) || view.screen === 'library') return;
    if (view.screen === 'session') void host.saveSession(view.handle).catch(() => undefined);
    window.history.replaceState(null, '', window.location.pathname);
    setView({ screen: 'library' });
  }, [menu]); // eslint-disable-line react-hooks/exhaustive-deps

  return <ScreenErrorBoundary key={screenKey(view)}>{screenFor()}</ScreenErrorBoundary>;

  function screenFor() {
    // The print view (renderer/export): the same build, no library around it.
    if (isPrintPath(window.location.pathname)) return <PrintRoute search={window.location.search} />;
    // The printable minutes of a session (renderer/session).
    if (isMinutesPath(window.location.pathname)) return <MinutesPrintRoute search={window.location.search} />;
    // The deck editor (renderer/editor).
    if (deckToEdit(window.location.search)) return <EditorRoute search={window.location.search} />;
    if (view.screen === 'session') return <SessionScreen key={view.handle} handle={view.handle} onClose={closeSession} menu={menu} />;
    if (view.screen === 'presenting') {
      return <PresentationRoute key={`${view.deckId}@${view.startIndex}`} deckId={view.deckId} startIndex={view.startIndex} onClose={close} />;
    }
    return (
      <LibraryScreen
        resume={resume}
        focusDeckId={view.screen === 'library' ? view.lastDeckId : undefined}
        onOpen={open}
        menu={menu}
        sessions={<SessionsHome onOpenSession={(state) => openSession(state.handle)} menu={menu} />}
      />
    );
  }
}

/** One error boundary per screen: moving to another screen starts it afresh. */
function screenKey(view: View): string {
  if (isPrintPath(window.location.pathname) || isMinutesPath(window.location.pathname)) return window.location.pathname;
  return view.screen === 'session' ? `session:${view.handle}` : view.screen === 'presenting' ? `deck:${view.deckId}` : 'library';
}
