import { useId, useState, type FormEvent } from 'react';
import type { ChangeLeverageBody, OpenPosition } from '../api';
import { formatNumber, formatUsdt } from './format';
import { fillIn, type DemoLabels } from './demo-labels';

interface PositionsPanelProps {
  positions: OpenPosition[] | undefined;
  loading: boolean;
  locale: string;
  labels: DemoLabels;
  onChangeLeverage: (body: ChangeLeverageBody) => void;
}

function positionName(position: OpenPosition, labels: DemoLabels): string {
  return fillIn(labels.positionName, { symbol: position.symbol, side: labels.positionTypes[position.positionType] });
}

/** The table's columns, in order. */
const COLUMNS = ['contract', 'side', 'marginMode', 'size', 'entryPrice', 'liquidationPrice', 'margin', 'leverage'] as const;

function LeverageForm({
  position,
  onChangeLeverage,
  labels,
}: {
  position: OpenPosition;
  labels: DemoLabels;
  onChangeLeverage: PositionsPanelProps['onChangeLeverage'];
}) {
  const [leverage, setLeverage] = useState(String(position.leverage));
  const name = positionName(position, labels);
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
        aria-label={fillIn(labels.positions.newLeverage, { position: name })}
        value={leverage}
        onChange={(event) => setLeverage(event.target.value)}
      />
      <button
        type="submit"
        className="tdd-button tdd-button--small"
        aria-label={fillIn(labels.positions.setLeverageOf, { position: name })}
      >
        {labels.positions.setLeverage}
      </button>
    </form>
  );
}

/** Open positions (`GET /api/v1/private/position/open_positions`), each with its leverage control. */
export function PositionsPanel({ positions, loading, locale, labels, onChangeLeverage }: PositionsPanelProps) {
  const id = useId();
  return (
    <section className="tdd-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{labels.positions.heading}</h2>
      {/* the table wraps to fit a desktop screen; only a phone-sized one scrolls it (its controls stay reachable by Tab) */}
      <div className="tdd-scroll">
        <table className="tdd-table" aria-labelledby={`${id}-heading`}>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column} scope="col">
                  {labels.positions.columns[column]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {positions?.map((position) => (
              <tr key={position.positionId}>
                <th scope="row">{position.symbol}</th>
                <td>{labels.positionTypes[position.positionType]}</td>
                <td>{labels.openTypes[position.openType]}</td>
                <td className="tdd-num">{formatNumber(position.holdVol, locale)}</td>
                <td className="tdd-num">{formatNumber(position.holdAvgPrice, locale)}</td>
                <td className="tdd-num">{formatNumber(position.liquidatePrice, locale)}</td>
                <td className="tdd-num">{formatUsdt(position.im, locale)}</td>
                <td className="tdd-lev-cell">
                  <span className="tdd-lev">{position.leverage}x</span>
                  {/* keyed by leverage: the field resets when the position changes */}
                  <LeverageForm key={position.leverage} position={position} onChangeLeverage={onChangeLeverage} labels={labels} />
                </td>
              </tr>
            ))}
            {!positions?.length && (
              <tr>
                <td colSpan={COLUMNS.length} className="tdd-muted">
                  {loading ? labels.positions.loading : labels.positions.empty}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
