// What the session screens send to change a session's own fields.
import type { HostApi } from '../../core/host-api.js';

export type SessionPatch = Parameters<HostApi['updateSession']>[1];

/** A short unique id for a participant or agenda point made here. */
export const newId = (prefix: string): string => `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
