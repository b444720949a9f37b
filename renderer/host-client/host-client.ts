// The renderer's one way to reach its host. In Electron the sandboxed preload exposes
// `window.ctgHost` (each method resolves to a HostCallResponse); in the browser host the
// same calls go to POST /api/call. Either way the screens get a plain HostApi.
//
// Only types come from core/host-api.ts: its values pull zod (the hosts' argument
// validation) into the renderer bundle, which does not need it.
import type { HostApi, HostCallResponse } from '../../core/host-api.js';
import { HOST_GLOBAL } from '../../core/ids.js';

type WireCall = (method: string, args: unknown[]) => Promise<HostCallResponse>;
type PreloadHost = Record<string, (...args: unknown[]) => Promise<HostCallResponse>>;

/** Turns a wire response into a value, or a French error the screens can show as is. */
export function unwrapHostResponse(response: unknown): unknown {
  if (typeof response !== 'object' || response === null || !('ok' in response)) {
    throw new Error('Réponse inattendue de l’application.');
  }
  const r = response as HostCallResponse;
  if (r.ok) return r.value;
  throw new Error(typeof r.message === 'string' && r.message !== '' ? r.message : 'L’application a refusé la demande.');
}

/**
 * Builds a HostApi from one generic call function: any method name becomes a call, so new
 * host methods need no change here (the host rejects unknown ones, in French).
 */
export function hostApiFromWire(call: WireCall): HostApi {
  const methods = new Map<string, (...args: unknown[]) => Promise<unknown>>();
  return new Proxy({} as HostApi, {
    get(_target, name) {
      // Not a thenable, not a symbol-keyed protocol: only plain method names are calls.
      if (typeof name !== 'string' || name === 'then') return undefined;
      let fn = methods.get(name);
      if (!fn) {
        fn = async (...args: unknown[]) => unwrapHostResponse(await call(name, args));
        methods.set(name, fn);
      }
      return fn;
    },
  });
}

/** Calls the browser host over HTTP (same origin only: the CSP allows nothing else). */
export function fetchWire(endpoint = '/api/call', fetchImpl: typeof fetch = (...a) => fetch(...a)): WireCall {
  return async (method, args) => {
    let res: Response;
    try {
      res = await fetchImpl(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ method, args }),
      });
    } catch {
      throw new Error('Impossible de joindre l’application : le serveur local est-il arrêté ?');
    }
    // The browser host's key is missing (a tab left open across a restart): its French sentence says what to do.
    if (res.status === 401) throw new Error(await res.text());
    try {
      return (await res.json()) as HostCallResponse;
    } catch {
      throw new Error(`Réponse illisible de l’application (code ${res.status}).`);
    }
  };
}

/** Calls the Electron main process through the preload's object. */
export function preloadWire(host: PreloadHost): WireCall {
  return (method, args) => {
    const fn = host[method];
    if (typeof fn !== 'function') return Promise.resolve({ ok: false, message: `Opération indisponible : ${method}` });
    return fn(...args);
  };
}

/** The host of this window: Electron's preload object when present, else the browser host. */
export function createHostClient(win: Window = window): HostApi {
  const preload = (win as unknown as Record<string, unknown>)[HOST_GLOBAL];
  if (preload && typeof preload === 'object') return hostApiFromWire(preloadWire(preload as PreloadHost));
  return hostApiFromWire(fetchWire());
}
