// Inline runs as React elements (never HTML strings): bold and italic only.
import type { InlineText as InlineTextModel } from '../../core/deck/model.js';

export function InlineText({ runs }: { runs: InlineTextModel }) {
  return (
    <>
      {runs.map((run, i) => {
        let node: React.ReactNode = run.text;
        if (run.em) node = <em>{node}</em>;
        if (run.strong) node = <strong>{node}</strong>;
        return <span key={i}>{node}</span>;
      })}
    </>
  );
}
