// One screen that fails (a bug, a chunk that cannot load) shows a French message in its place
// and a way to reload it, instead of a blank window. Nothing typed is lost: the host holds
// every session entry and draft, and the screen reads them again when it comes back.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import './error-boundary.css';

export interface ScreenErrorBoundaryProps {
  children: ReactNode;
}

interface State {
  failed: boolean;
  /** Bumped by « Recharger l’écran »: the screen is mounted again from scratch. */
  generation: number;
}

export const SCREEN_ERROR_TITLE = 'Cet écran a rencontré un problème.';
export const SCREEN_ERROR_TEXT = 'Ce que vous avez saisi est conservé.';
export const SCREEN_RELOAD_LABEL = 'Recharger l’écran';

export class ScreenErrorBoundary extends Component<ScreenErrorBoundaryProps, State> {
  override state: State = { failed: false, generation: 0 };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // For whoever opens the developer tools; the person in the room reads the message.
    console.error('Écran en erreur', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.failed) {
      return (
        // In place of the screen (and its landmarks): the page's main content now.
        <main>
          <div className="screen-error" role="alert">
            <h1 className="screen-error__title">{SCREEN_ERROR_TITLE}</h1>
            <p className="screen-error__text">{SCREEN_ERROR_TEXT}</p>
            <button type="button" className="screen-error__button" onClick={() => this.setState((s) => ({ failed: false, generation: s.generation + 1 }))}>
              {SCREEN_RELOAD_LABEL}
            </button>
          </div>
        </main>
      );
    }
    return <ScreenGeneration key={this.state.generation}>{this.props.children}</ScreenGeneration>;
  }
}

/** A keyed wrapper: a new generation remounts the whole screen (its state read afresh). */
function ScreenGeneration({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
