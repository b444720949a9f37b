// Placeholder for a diagram block until the diagram renderer replaces it: shows which
// kind of diagram goes here, or the block's error in a visible French box.
import type { Block } from '../../core/deck/model.js';

export type DiagramBlock = Extract<Block, { type: 'diagram' }>;

export function DiagramSlot({ block }: { block: DiagramBlock }) {
  if (block.error) {
    return (
      <div className="diagram-error" role="alert">
        <p className="diagram-error__title">Schéma illisible</p>
        <p>
          {block.error.file}, ligne {block.error.line}&nbsp;: {block.error.message}
        </p>
      </div>
    );
  }
  return (
    <div className="diagram-placeholder" data-diagram-kind={block.kind}>
      <p>
        Schéma «&nbsp;{block.kind}&nbsp;»&nbsp;: schéma à venir
      </p>
    </div>
  );
}
