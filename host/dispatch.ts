// Runs one call of the host API after validating its arguments: the single entry point
// used by the Electron IPC handler and the browser host's /api route.
import { checkHostArgs, type HostApi, type HostCallResponse as HostCallResult } from '../core/host-api.js';


export type { HostCallResult };

export async function dispatchHostCall(service: HostApi, method: unknown, args: unknown): Promise<HostCallResult> {
  if (typeof method !== 'string') return { ok: false, message: 'Opération inconnue.' };
  const checked = checkHostArgs(method, args);
  if (!checked.ok) return checked;
  try {
    const fn = service[checked.method] as (...a: unknown[]) => Promise<unknown>;
    return { ok: true, value: await fn.apply(service, checked.args) };
  } catch (error) {
    // Services report expected failures as values; reaching here is a bug, said plainly.
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `Erreur inattendue de l'application : ${detail}` };
  }
}
