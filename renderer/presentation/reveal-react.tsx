// The one place the app takes reveal.js's React components from: the official wrapper
// (@revealjs/react), which keeps one reveal.js instance under StrictMode's double mount,
// destroys it on unmount and syncs when slides change (reveal.js #3593, #3645: hand-made
// guards leaked key bindings). Screens import from here, never from the package, so that
// a later swap (its single entry also bundles `marked` for its Markdown component, about
// 12 KB gzipped we do not use) stays a one-file change; reveal-react.test.tsx checks the
// guarantees the app relies on, whichever implementation stands here.
export { Deck, Fragment, RevealContext, Slide, useReveal } from '@revealjs/react';
export type { DeckProps, FragmentProps, SlideProps } from '@revealjs/react';
