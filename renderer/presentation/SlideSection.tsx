// One slide of the model as a reveal.js <section>: its blocks inside a frame that holds
// the theme's margins, its workshop prompts, and its notes in an <aside> the room never sees.
import { Slide } from './reveal-react.js';
import type { Slide as SlideModel } from '../../core/deck/model.js';
import { SlideBlocks } from './SlideBlocks.js';
import { SpeakerNotes } from './SpeakerNotes.js';
import { WorkshopPromptCard } from './WorkshopPromptCard.js';
import { PALETTE } from '../theme/palette.js';

/** The reveal.js background of a slide, if it has its own. */
export function slideBackground(slide: SlideModel): string | undefined {
  return slide.layout === 'titre' ? PALETTE.night : undefined;
}

/** What a slide's <section> holds; also drawn by the host before any script (renderer/first-slide). */
export function SlideContent({ slide }: { slide: SlideModel }) {
  return (
    <>
      <div className="slide-frame">
        <SlideBlocks blocks={slide.blocks} />
        {slide.prompts.map((prompt) => (
          <WorkshopPromptCard key={prompt.line} prompt={prompt} />
        ))}
      </div>
      <SpeakerNotes notes={slide.notes} />
    </>
  );
}

export function SlideSection({ slide }: { slide: SlideModel }) {
  return (
    <Slide className={`slide slide--${slide.layout}`} data-slide-line={slide.line} backgroundColor={slideBackground(slide)}>
      <SlideContent slide={slide} />
    </Slide>
  );
}
