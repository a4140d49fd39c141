import { useId, useState, type FormEvent } from 'react';
import type { ChangeLeverageBody, OpenPosition } from '../api';
import { formatNumber, formatUsdt } from './format';
import { OPEN_TYPE_LABELS } from './order-draft';

interface PositionsPanelProps {
  positions: OpenPosition[] | undefined;
  loading: boolean;
  locale: string;
  onChangeLeverage: (body: ChangeLeverageBody) => void;
}

function positionName(position: OpenPosition): string {
  return `${position.symbol} ${position.positionType === 1 ? 'long' : 'short'}`;
}

function LeverageForm({
  position,
  onChangeLeverage,
}: {
  position: OpenPosition;
  onChangeLeverage: PositionsPanelProps['onChangeLeverage'];
}) {
  const [leverage, setLeverage] = useState(String(position.leverage));
  const name = positionName(position);
  function submit(event: FormEvent) {
    event.preventDefault();
    onChangeLeverage({ positionId: position.positionId, leverage: Number(leverage) });
  }
  return (
    <form className="tdd-inline" onSubmit={submit} noValidate>
      <input
        type="number"
        inputMode="numeric"
        min={1}
        className="tdd-narrower"
        aria-label={`New leverage, ${name}`}
        value={leverage}
        onChange={(event) => setLeverage(event.target.value)}
      />
      <button type="submit" className="tdd-button tdd-button--small" aria-label={`Set leverage, ${name}`}>
        Set leverage
      </button>
    </form>
  );
}

/** Open positions (`GET /api/v1/private/position/open_positions`), each with its leverage control. */
export function PositionsPanel({ positions, loading, locale, onChangeLeverage }: PositionsPanelProps) {
  const id = useId();
  return (
    <section className="tdd-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Positions</h2>
      {/* the table wraps to fit a desktop screen; only a phone-sized one scrolls it (its controls stay reachable by Tab) */}
      <div className="tdd-scroll">
        <table className="tdd-table" aria-labelledby={`${id}-heading`}>
          <thead>
            <tr>
              <th scope="col">Contract</th>
              <th scope="col">Side</th>
              <th scope="col">Margin mode</th>
              <th scope="col">Size (contracts)</th>
              <th scope="col">Entry price</th>
              <th scope="col">Liq. price</th>
              <th scope="col">Margin</th>
              <th scope="col">Leverage</th>
            </tr>
          </thead>
          <tbody>
            {positions?.map((position) => (
              <tr key={position.positionId}>
                <th scope="row">{position.symbol}</th>
                <td>{position.positionType === 1 ? 'Long' : 'Short'}</td>
                <td>{OPEN_TYPE_LABELS[position.openType]}</td>
                <td className="tdd-num">{formatNumber(position.holdVol, locale)}</td>
                <td className="tdd-num">{formatNumber(position.holdAvgPrice, locale)}</td>
                <td className="tdd-num">{formatNumber(position.liquidatePrice, locale)}</td>
                <td className="tdd-num">{formatUsdt(position.im, locale)}</td>
                <td className="tdd-lev-cell">
                  <span className="tdd-lev">{position.leverage}x</span>
                  {/* keyed by leverage: the field resets when the position changes */}
                  <LeverageForm key={position.leverage} position={position} onChangeLeverage={onChangeLeverage} />
                </td>
              </tr>
            ))}
            {!positions?.length && (
              <tr>
                <td colSpan={8} className="tdd-muted">
                  {loading ? 'Loading positions…' : 'No open positions.'}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
