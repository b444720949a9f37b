// The authoring methods' names, zod-free for the Electron preload (core/host-channels.ts).
export const AUTHORING_METHODS = [
  'deckFolder',
  'openDeckFolder',
  'getDeckSource',
  'saveDeckSource',
  'shippedUpdates',
  'restoreShippedDeck',
  'keepMyDeck',
  'createDeck',
  'exportDeckPptx',
  'addDeckImage',
  'deckImage',
] as const;
