// Gives every screen the host API without passing it down by hand (tests give their own).
import { createContext, useContext } from 'react';
import type { HostApi } from '../../core/host-api.js';

export const HostContext = createContext<HostApi | null>(null);

export function useHost(): HostApi {
  const host = useContext(HostContext);
  if (!host) throw new Error('HostContext manquant : l’application doit être rendue sous <HostContext.Provider>.');
  return host;
}
