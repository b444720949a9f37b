// The audience screen's corner while the room takes part: a large QR code, the address in
// letters and the code (for those who type), how many phones are connected, and the results
// the facilitator chose to show.
import { displayJoinCode } from '../../core/participation/join-code.js';
import { BarChartView } from './BarChartView.js';
import { useParticipation } from './useParticipation.js';
import './participation.css';

const NB = '\u00a0';

export function ParticipationCorner() {
  const { status } = useParticipation(1500);
  if (!status?.open) return null;
  const shown = status.activities.find((a) => a.revealed && a.chart && a.id === status.activeId)?.chart ?? null;
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
      {shown && (
        <div className="participation-results" data-testid="room-results">
          <BarChartView chart={shown} large />
        </div>
      )}
    </>
  );
}
