// The phone's live link: a Server-Sent Events stream that reconnects with a growing,
// jittered delay (a room of phones must not all come back at the same instant), and at
// once when the phone wakes up. Every connection starts with the full view (resync).
import { CLOSED_EVENT, PHONE_ROUTES, VIEW_EVENT, type PhoneView } from '../../../core/participation/protocol.js';

export interface ConnectionEvents {
  view(view: PhoneView, receivedAt: number): void;
  /** The participation was closed by the facilitator. */
  closed(): void;
  /** The server does not know this phone (new opening): join again. */
  unknown(): void;
  state(connected: boolean): void;
}

export function connect(events: ConnectionEvents): () => void {
  let source: EventSource | null = null;
  let attempt = 0;
  let timer: number | undefined;
  let stopped = false;

  const open = (): void => {
    if (stopped) return;
    window.clearTimeout(timer);
    source?.close();
    const es = new EventSource(PHONE_ROUTES.events);
    source = es;
    let got = false;
    es.addEventListener(VIEW_EVENT, (e) => {
      got = true;
      attempt = 0;
      events.state(true);
      events.view(JSON.parse((e as MessageEvent<string>).data) as PhoneView, Date.now());
    });
    es.addEventListener(CLOSED_EVENT, () => {
      stop();
      events.closed();
    });
    es.onerror = () => {
      es.close();
      if (stopped || source !== es) return;
      events.state(false);
      if (!got) {
        // Refused before any view: the phone may be unknown (a new opening); ask plainly.
        void fetch(PHONE_ROUTES.events, { headers: { accept: 'application/json' } })
          .then((r) => {
            if (r.status === 401) {
              stop();
              events.unknown();
            } else r.body?.cancel().catch(() => undefined);
          })
          .catch(() => undefined);
      }
      const delay = Math.min(30_000, 1_000 * 2 ** attempt) * (0.5 + Math.random());
      attempt = Math.min(attempt + 1, 5);
      timer = window.setTimeout(open, delay);
    };
  };

  const wake = (): void => {
    if (document.visibilityState === 'visible' && !stopped && (!source || source.readyState === EventSource.CLOSED)) open();
  };
  document.addEventListener('visibilitychange', wake);
  window.addEventListener('online', wake);

  const stop = (): void => {
    stopped = true;
    window.clearTimeout(timer);
    source?.close();
    document.removeEventListener('visibilitychange', wake);
    window.removeEventListener('online', wake);
  };
  open();
  return stop;
}

export async function post(route: string, body: unknown): Promise<{ ok: true } | { ok: false; message: string; status: number }> {
  try {
    const r = await fetch(route, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), credentials: 'same-origin' });
    const data = (await r.json().catch(() => ({}))) as { ok?: boolean; message?: string };
    if (r.ok && data.ok) return { ok: true };
    return { ok: false, status: r.status, message: data.message ?? 'La demande n’a pas abouti.' };
  } catch {
    return { ok: false, status: 0, message: 'Pas de réponse\u00a0: vérifiez que le téléphone est bien sur le Wi‑Fi de la salle.' };
  }
}
