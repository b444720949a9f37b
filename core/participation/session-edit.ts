// Writes what the phones did into the session without crowding the facilitator's undo list:
// the opening's record (for the minutes) and the dots the phones placed on the post-its
// that became entries. One non-undoable edit.
import { applyOps, type SessionOp } from '../session/ops.js';
import type { EditResult, Editor } from '../session/entries.js';
import { withOpening, type OpeningRecord } from './record.js';

export function syncParticipation(editor: Editor, opening: OpeningRecord, votes: ReadonlyMap<string, number>, now: string): EditResult {
  const session = editor.session;
  const ops: SessionOp[] = [{ t: 'meta', patch: { participation: withOpening(session.participation, opening) } }];
  for (const entry of session.entries) {
    const n = votes.get(entry.id);
    if (n !== undefined && entry.kind === 'contribution' && entry.votes !== n) ops.push({ t: 'put', entry: { ...entry, votes: n, updatedAt: now } });
  }
  return { ok: true, editor: { ...editor, session: applyOps(session, ops, now) }, ops };
}
