// A poll's or a vote's results as horizontal bars, from core's chart data: the label and the
// count in words (what a screen reader and the back row read), the bar for the eye.
import type { BarChart } from '../../core/participation/results.js';

const NB = '\u00a0';

export function BarChartView({ chart, large = false, caption = true }: { chart: BarChart; large?: boolean; caption?: boolean }) {
  return (
    <figure className={`bar-chart${large ? ' bar-chart--large' : ''}`} data-testid="bar-chart">
      <figcaption className={caption ? 'bar-chart__title' : 'bar-chart__title bar-chart__title--hidden'}>{chart.title}</figcaption>
      <ul className="bar-chart__bars">
        {chart.bars.map((bar, i) => (
          <li key={i} className="bar-chart__row">
            <span className="bar-chart__label">{bar.label}</span>
            <span className="bar-chart__track" aria-hidden="true">
              <span className="bar-chart__bar" style={{ width: `${Math.max(bar.ratio * 100, bar.count ? 2 : 0)}%` }} />
            </span>
            <span className="bar-chart__count">
              {bar.count}
              {chart.kind === 'poll' ? ` (${bar.percent}${NB}%)` : ''}
            </span>
          </li>
        ))}
      </ul>
      {chart.mean !== undefined && <p className="bar-chart__mean">Moyenne{NB}: {String(chart.mean).replace('.', ',')} sur 5</p>}
    </figure>
  );
}
