// The object the preload exposes to the renderer: exactly the methods of the host API,
// each one forwarding its arguments over the single IPC channel. Kept apart from the
// preload so that a test can build it without Electron.
// Names come from the zod-free core/host-channels.ts: the preload must stay small.
import { HOST_CALL_CHANNEL, HOST_METHODS, type HostCallResponse } from '../core/host-channels.js';
import type { HostApi, HostMethod } from '../core/host-api.js';

/** What `window.ctgHost` offers: each host method, answering with the wire response. */
export type HostBridge = {
  readonly [M in HostMethod]: (...args: Parameters<HostApi[M]>) => Promise<HostCallResponse>;
};

export type Invoke = (channel: string, method: HostMethod, args: unknown[]) => Promise<HostCallResponse>;

export function buildHostBridge(invoke: Invoke): HostBridge {
  const bridge: Record<string, (...args: unknown[]) => Promise<HostCallResponse>> = {};
  for (const method of HOST_METHODS) {
    // Only plain data crosses the bridge: the arguments array, copied by structured clone.
    bridge[method] = (...args: unknown[]) => invoke(HOST_CALL_CHANNEL, method, args);
  }
  return Object.freeze(bridge) as unknown as HostBridge;
}
