// What this window's host can do (core/host-capabilities.ts), asked once per host client and
// remembered: screens read it instead of probing globals. Until the answer is in, the hook
// returns undefined; a host that cannot answer counts as having none of the extras.
import { useContext, useEffect, useState } from 'react';
import type { HostApi } from '../../core/host-api.js';
import { NO_CAPABILITIES, type HostCapabilities } from '../../core/host-capabilities.js';
import { HostContext } from './HostContext.js';

const asked = new WeakMap<HostApi, Promise<HostCapabilities>>();
const known = new WeakMap<HostApi, HostCapabilities>();

export function hostCapabilities(host: HostApi): Promise<HostCapabilities> {
  let answer = asked.get(host);
  if (!answer) {
    answer = Promise.resolve()
      .then(() => host.getCapabilities())
      .then((c) => ({ ...NO_CAPABILITIES, ...c }), () => NO_CAPABILITIES)
      .then((c) => {
        known.set(host, c);
        return c;
      });
    asked.set(host, answer);
  }
  return answer;
}

/** Undefined until the host has answered (or when no host is given, as in some tests). */
export function useHostCapabilities(): HostCapabilities | undefined {
  const host = useContext(HostContext);
  const [capabilities, setCapabilities] = useState(() => (host ? known.get(host) : undefined));
  useEffect(() => {
    if (!host) return;
    let live = true;
    void hostCapabilities(host).then((c) => live && setCapabilities(c));
    return () => {
      live = false;
    };
  }, [host]);
  return capabilities;
}
