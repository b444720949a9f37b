// The ids by which the host-rendered first slide (host/first-slide, renderer/first-slide)
// is found in the page: the slide's markup, and the deck's JSON beside it.
export const FIRST_SLIDE_ID = 'first-slide';
export const FIRST_SLIDE_DECK_ID = 'first-slide-deck';
