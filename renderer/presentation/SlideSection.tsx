// One slide of the model as a reveal.js <section>: its blocks inside a frame that holds
// the theme's margins, and its notes in an <aside> the room never sees.
import { Slide } from '@revealjs/react';
import type { Slide as SlideModel } from '../../core/deck/model.js';
import { SlideBlocks } from './SlideBlocks.js';
import { SpeakerNotes } from './SpeakerNotes.js';
import { PALETTE } from '../theme/palette.js';

export function SlideSection({ slide }: { slide: SlideModel }) {
  return (
    <Slide
      className={`slide slide--${slide.layout}`}
      data-slide-line={slide.line}
      backgroundColor={slide.layout === 'titre' ? PALETTE.night : undefined}
    >
      <div className="slide-frame">
        <SlideBlocks blocks={slide.blocks} />
      </div>
      <SpeakerNotes notes={slide.notes} />
    </Slide>
  );
}
