// The colours of each box tone, as custom properties of the projector theme
// (renderer/theme/tokens.css). Every text/fill pair is checked at ≥ 7:1 by tones.test.ts.
import type { Tone } from '../../core/diagram/model.js';

export interface ToneColours {
  /** Theme token names (without `--`), resolved by the test against tokens.css. */
  fill: string | null;
  stroke: string | null;
  text: string;
}

export const TONES: Record<Tone, ToneColours> = {
  strong: { fill: 'night', stroke: null, text: 'night-ink' },
  accent: { fill: 'accent', stroke: null, text: 'paper' },
  soft: { fill: 'accent-soft', stroke: null, text: 'ink' },
  // No fill: the text sits on the slide's paper.
  plain: { fill: null, stroke: 'accent', text: 'ink' },
};

/** The background a plain box's text sits on. */
export const SLIDE_BACKGROUND = 'paper';
export const CONNECTOR_COLOUR = 'ink-soft';
export const BULLET_COLOUR = 'warm';

export const cssVar = (token: string) => `var(--${token})`;
