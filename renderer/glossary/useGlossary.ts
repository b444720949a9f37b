// Loads the glossary once from the host. The standalone player has no host: the key then
// says the glossary is not available rather than failing.
import { createContext, useContext, useEffect, useState } from 'react';
import type { Glossary } from '../../core/glossary/model.js';
import { HostContext } from '../host-client/HostContext.js';

export type GlossaryState =
  | { status: 'loading' }
  | { status: 'ready'; glossary: Glossary }
  | { status: 'unavailable'; message: string };

/** A glossary carried by the page itself (the offline HTML file), used instead of the host's. */
export const EmbeddedGlossaryContext = createContext<Glossary | null>(null);

export function useGlossary(): GlossaryState {
  const host = useContext(HostContext);
  const embedded = useContext(EmbeddedGlossaryContext);
  const [state, setState] = useState<GlossaryState>(
    embedded
      ? { status: 'ready', glossary: embedded }
      : host
        ? { status: 'loading' }
        : { status: 'unavailable', message: 'Le lexique des sigles n’est pas disponible ici.' },
  );
  useEffect(() => {
    if (!host || embedded) return;
    let live = true;
    host.getGlossary().then(
      (result) => {
        if (!live) return;
        setState(result.ok ? { status: 'ready', glossary: result.glossary } : { status: 'unavailable', message: result.message });
      },
      (error: unknown) => {
        if (live) setState({ status: 'unavailable', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [host, embedded]);
  return state;
}
