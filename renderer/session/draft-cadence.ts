// How often the notes panel sends the entry being typed to the host: at most once per this
// interval, the latest value winning. With the journal's fsync it keeps typing on disk within
// a second. Its own module so that the crash test (Node, no DOM) types at the same cadence.
export const DRAFT_INTERVAL_MS = 300;
