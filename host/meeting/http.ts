// HTTP transport of the meeting for the browser host: a Server-Sent Events stream of
// `MeetingMessage`s (the whole meeting on connect, then every change) and a POST route for
// actions. The server already refuses other hosts and origins (host/server.ts).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { EVENTS_PATH, MEETING_ACTION_PATH, MEETING_EVENT, MEETING_EVENTS_PATH } from '../../core/meeting/model.js';
import { formatEvent } from '../presentation/http.js';
import type { PresentationHub } from '../presentation/hub.js';
import type { MeetingMessage } from '../../core/meeting/api.js';
import type { MeetingHub } from './hub.js';

const HEARTBEAT_MS = 15_000;
const MAX_BODY_BYTES = 16 * 1024;

export function createMeetingRoutes(meeting: MeetingHub, presentation?: PresentationHub): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    const pathname = (req.url ?? '/').split(/[?#]/)[0];
    if (pathname === EVENTS_PATH && presentation) {
      if (req.method !== 'GET') return refuse(res, 405, 'GET attendu.');
      stream(meeting, req, res, presentation);
      return true;
    }
    if (pathname === MEETING_EVENTS_PATH) {
      if (req.method !== 'GET') return refuse(res, 405, 'GET attendu.');
      stream(meeting, req, res);
      return true;
    }
    if (pathname === MEETING_ACTION_PATH) {
      if (req.method !== 'POST') return refuse(res, 405, 'POST attendu.');
      if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return refuse(res, 415, 'Type de contenu refusé\u00A0: application/json attendu.');
      void act(meeting, req, res);
      return true;
    }
    return false;
  };
}

function stream(meeting: MeetingHub, req: IncomingMessage, res: ServerResponse, presentation?: PresentationHub): void {
  req.socket.setNoDelay(true);
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.write('retry: 1000\n\n');
  const unsubscribe = meeting.subscribe((message) => {
    if (!res.writableEnded) res.write(formatMeetingEvent(message));
  });
  const unsubscribeRoom = presentation?.subscribe((message) => {
    if (!res.writableEnded) res.write(formatEvent(message));
  });
  const heartbeat = setInterval(() => !res.writableEnded && res.write(': ping\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  const close = () => {
    clearInterval(heartbeat);
    unsubscribe();
    unsubscribeRoom?.();
  };
  req.once('close', close);
}

/** One SSE event; JSON.stringify never emits a raw newline, so `data:` is one line. */
export function formatMeetingEvent(message: MeetingMessage): string {
  return `event: ${MEETING_EVENT}\ndata: ${JSON.stringify(message)}\n\n`;
}

async function act(meeting: MeetingHub, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      refuse(res, 413, 'Action trop volumineuse.');
      return;
    }
    chunks.push(chunk);
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    refuse(res, 400, 'Action illisible\u00A0: JSON invalide.');
    return;
  }
  const result = await meeting.apply(value);
  send(res, result.ok ? 200 : 409, result);
}

function refuse(res: ServerResponse, status: number, message: string): true {
  send(res, status, { ok: false, message });
  return true;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
