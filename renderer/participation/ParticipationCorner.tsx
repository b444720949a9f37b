// The audience screen's corner while the room takes part: a large QR code, the address in
// letters and the code (for those who type), how many phones are connected, and the results
// the facilitator chose to show.
import { memo } from 'react';
import { displayJoinCode } from '../../core/participation/join-code.js';
import { BarChartView } from './BarChartView.js';
import { useParticipation } from './useParticipation.js';
import './participation.css';

const NB = '\u00a0';

/** Memo: the room's screen re-renders on every step; the corner changes only with its own status. */
export const ParticipationCorner = memo(function ParticipationCorner() {
  const { status } = useParticipation(1500);
  if (!status?.open) return null;
  const active = status.activities.find((a) => a.id === status.activeId && a.revealed) ?? null;
  // Post-its approved for the prompt under way: the room's words on its screen (no names).
  const notes = active?.kind === 'contributions' ? status.items.filter((i) => i.activityId === active.id && i.status === 'approuvée') : [];
  return (
    <>
      <aside className="participation-corner" aria-label="Participer depuis son téléphone" data-testid="participation-corner">
        <img className="participation-corner__qr" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(status.qrSvg)}`} alt={`Code QR de ${status.url}`} data-url={status.url} />
        <p className="participation-corner__address">{status.address.replace(/^http:\/\//, '')}</p>
        <p className="participation-corner__code">
          Code{NB}: <strong>{displayJoinCode(status.code)}</strong>
        </p>
        <p className={`participation-corner__phones${status.nearLimit ? ' participation-corner__phones--warn' : ''}`} data-testid="phone-count">
          {status.connected} téléphone{status.connected > 1 ? 's' : ''} connecté{status.connected > 1 ? 's' : ''}
          {status.nearLimit ? ` — réseau presque plein` : ''}
        </p>
      </aside>
      {active && (
        <div className="participation-results" data-testid="room-results">
          {active.kind === 'contributions' ? (
            <section aria-label={active.title}>
              <p className="participation-results__title">{active.title}</p>
              <ul className="participation-wall" data-testid="phone-wall">
                {notes.map((n) => (
                  <li key={n.id} className="participation-wall__note">
                    {n.text}
                  </li>
                ))}
              </ul>
            </section>
          ) : (
            active.chart && <BarChartView chart={active.chart} large />
          )}
        </div>
      )}
    </>
  );
});
