// French labels of the session screens: core/session/model.ts's, under the names the
// screens use (model.ts is zod-free at run time, so importing it costs the renderer nothing).
export {
  ENTRY_KIND_LABELS as KIND_LABELS,
  ENTRY_KINDS as KINDS,
  SESSION_TYPE_LABELS as TYPE_LABELS,
  SESSION_TYPES as TYPES,
} from '../../core/session/model.js';
