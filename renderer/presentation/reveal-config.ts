// The reveal.js configuration of every presentation: a 16:9 projector slide, embedded in
// the window, with reveal's own keyboard and URL handling off (core/presentation/keys.ts maps keys;
// the app routes by path and must not be driven by the hash).
import type { RevealConfig } from 'reveal.js';

export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;

export const REVEAL_CONFIG: Omit<RevealConfig, 'plugins'> = {
  width: SLIDE_WIDTH,
  height: SLIDE_HEIGHT,
  // Margins are the theme's padding, on the logical slide.
  margin: 0,
  minScale: 0.1,
  maxScale: 4,
  embedded: true,
  center: false,
  hash: false,
  history: false,
  respondToHashChanges: false,
  fragmentInURL: false,
  keyboard: false,
  jumpToSlide: false,
  overview: false,
  help: false,
  pause: false,
  mouseWheel: false,
  previewLinks: false,
  navigationMode: 'linear',
  controls: true,
  controlsTutorial: false,
  controlsLayout: 'bottom-right',
  controlsBackArrows: 'faded',
  progress: true,
  slideNumber: 'c/t',
  showSlideNumber: 'all',
  transition: 'fade',
  transitionSpeed: 'fast',
  backgroundTransition: 'none',
  // Never switch to the scrolling view in a narrow window: it is a projector deck.
  scrollActivationWidth: 0,
  hideCursorTime: 3000,
};
