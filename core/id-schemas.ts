// The zod schemas of core/ids.ts's identifiers, for the hosts' validation (core/host-api.ts
// and the feature APIs, the session file, the presentation state and actions).
import { z } from 'zod';
import { DECK_ID_MESSAGE, DECK_ID_PATTERN, SESSION_HANDLE_MESSAGE, SESSION_HANDLE_PATTERN } from './ids.js';

export const deckIdSchema = z.string().regex(DECK_ID_PATTERN, DECK_ID_MESSAGE);
export const sessionHandleSchema = z.string().regex(SESSION_HANDLE_PATTERN, SESSION_HANDLE_MESSAGE);
