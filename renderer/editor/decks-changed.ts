// Said on the window when the decks folder changed from this screen (a restored deck): the
// library lists it again, as it does when the window gets the focus back.
export const DECKS_CHANGED_EVENT = 'ctg:decks-changed';
