// French labels of the session screens (kept here rather than imported from core/session's
// model, whose values pull zod into the renderer bundle).
import type { EntryKind, SessionType } from '../../core/session/model.js';

export const KIND_LABELS: Record<EntryKind, string> = {
  note: 'Note',
  contribution: 'Contribution',
  décision: 'Décision',
  action: 'Action',
  question: 'Question',
};
export const KINDS: readonly EntryKind[] = ['note', 'contribution', 'décision', 'action', 'question'];

export const TYPE_LABELS: Record<SessionType, string> = {
  copil: 'Comité de pilotage',
  forum: 'Forum habitants',
  atelier: 'Atelier thématique',
};
export const TYPES: readonly SessionType[] = ['copil', 'forum', 'atelier'];
