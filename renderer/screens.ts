// The windows' screens, each in its own chunk of the build: a window opened straight on a
// deck (?deck=) loads neither the library nor the print, session, minutes, audience or
// facilitator code, and the library does not wait for reveal.js. Each export is a drop-in
// for the screen component of the same name (same props). Not React.lazy + Suspense: React
// holds back a boundary's content for 300 ms after showing its fallback (its fallback
// throttle), which would delay the first slide by that much; a screen here renders nothing
// until its chunk is in, then the screen itself, and at once if the chunk is already there.
import { createElement, useEffect, useState, type ComponentType } from 'react';
import { PRINT_PATH } from '../core/export/print-query.js';

type Loader<P> = () => Promise<ComponentType<P>>;

function deferred<P extends object>(load: Loader<P>): ComponentType<P> & { preload: () => void } {
  let pending: Promise<ComponentType<P>> | undefined;
  let loaded: ComponentType<P> | undefined;
  // A chunk that failed to load is fetched again next time (« Recharger l’écran »).
  const once = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  function DeferredScreen(props: P) {
    const [component, setComponent] = useState<ComponentType<P> | undefined>(() => loaded);
    const [failure, setFailure] = useState<{ error: unknown }>();
    useEffect(() => {
      if (component) return;
      let live = true;
      once().then(
        (c) => live && setComponent(() => c),
        (error: unknown) => live && setFailure({ error }),
      );
      return () => {
        live = false;
      };
    }, [component]);
    // A chunk that cannot load fails like a screen that throws (nearest error boundary).
    if (failure) throw failure.error;
    return component ? createElement(component, props) : null;
  }
  return Object.assign(DeferredScreen, {
    preload: () => {
      once().catch(() => {}); // a failed chunk is reported when the screen renders
    },
  });
}

export const PresentationRoute = deferred(() => import('./presentation/PresentationRoute.js').then((m) => m.PresentationRoute));
// Once the library is up, the presentation code is fetched while the room waits, so opening
// a deck from its card does not wait for reveal.js.
export const LibraryScreen = deferred(() =>
  import('./library/LibraryScreen.js').then((m) => {
    whenIdle(() => PresentationRoute.preload());
    return m.LibraryScreen;
  }),
);
export const SessionsHome = deferred(() => import('./session/SessionsHome.js').then((m) => m.SessionsHome));
export const SessionScreen = deferred(() => import('./session/SessionScreen.js').then((m) => m.SessionScreen));
// The facilitator mode's two windows (renderer/main.tsx routes to them).
export const AudienceScreen = deferred(() => import('./audience/AudienceScreen.js').then((m) => m.AudienceScreen));
export const FacilitatorScreen = deferred(() => import('./facilitator/FacilitatorScreen.js').then((m) => m.FacilitatorScreen));
export const PrintRoute = deferred(() => import('./export/PrintRoute.js').then((m) => m.PrintRoute));
export const EditorRoute = deferred(() => import('./editor/EditorRoute.js').then((m) => m.EditorRoute));
export const MinutesPrintRoute = deferred(() => import('./session/MinutesPrintRoute.js').then((m) => m.MinutesPrintRoute));

/** renderer/export/PrintRoute.tsx's isPrintPath, without loading the print view to ask. */
export function isPrintPath(pathname: string): boolean {
  return (pathname.replace(/\/+$/, '') || '/') === PRINT_PATH;
}

function whenIdle(task: () => void): void {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback;
  if (idle) idle.call(globalThis, task);
  else setTimeout(task, 300);
}
