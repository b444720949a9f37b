// The blocks of one slide as React elements. Stepwise lists become reveal.js fragments,
// so "next" shows their items one at a time.
import { Fragment } from './reveal-react.js';
import type { Block } from '../../core/deck/model.js';
import { DiagramSlot } from '../diagram/DiagramView.js';
import { InlineText } from './InlineText.js';

export function SlideBlock({ block }: { block: Block }) {
  switch (block.type) {
    case 'heading': {
      const Tag = (`h${block.level}` as 'h1' | 'h2' | 'h3');
      return (
        <Tag>
          <InlineText runs={block.text} />
        </Tag>
      );
    }
    case 'paragraph':
      return (
        <p>
          <InlineText runs={block.text} />
        </p>
      );
    case 'quote':
      return (
        <blockquote>
          <InlineText runs={block.text} />
        </blockquote>
      );
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List className={block.stepwise ? 'list-stepwise' : undefined}>
          {block.items.map((item, i) =>
            block.stepwise ? (
              <Fragment key={i} as="li">
                <InlineText runs={item} />
              </Fragment>
            ) : (
              <li key={i}>
                <InlineText runs={item} />
              </li>
            ),
          )}
        </List>
      );
    }
    case 'diagram':
      return <DiagramSlot block={block} />;
    case 'image':
      // `src` is a data: URL put in by the host (host/authoring/deck-images.ts).
      return (
        <figure className="slide-image">
          <img src={block.src} alt={block.alt} />
        </figure>
      );
  }
}

export function SlideBlocks({ blocks }: { blocks: Block[] }) {
  return (
    <>
      {blocks.map((block, i) => (
        <SlideBlock key={`${block.line}-${i}`} block={block} />
      ))}
    </>
  );
}
