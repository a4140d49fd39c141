import { useId, useState } from 'react';
import type { ContractOrder } from '../api';
import { formatNumber, formatUsdt } from './format';
import { fillIn, plural, type DemoLabels } from './demo-labels';
import type { CancelOutcome } from './useDemoApi';

interface OpenOrdersPanelProps {
  orders: ContractOrder[] | undefined;
  loading: boolean;
  locale: string;
  labels: DemoLabels;
  onCancel: (orderIds: string[]) => void;
  /** The last batch cancel's summary; its failed items are toasts. */
  outcome: CancelOutcome | undefined;
}

/** The table's columns, in order. */
const COLUMNS = ['select', 'contract', 'side', 'type', 'price', 'quantity', 'leverage', 'margin', 'orderId'] as const;

/** Open orders (`GET /api/v1/private/order/list/open_orders`), cancelled in a batch (`POST …/order/cancel`). */
export function OpenOrdersPanel({ orders, loading, locale, labels, onCancel, outcome }: OpenOrdersPanelProps) {
  const id = useId();
  const { columns } = labels.orders;
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const live = new Set(orders?.map((order) => order.orderId));
  const chosen = [...selected].filter((id) => live.has(id));
  function toggle(orderId: string, on: boolean) {
    const next = new Set(selected);
    if (on) next.add(orderId);
    else next.delete(orderId);
    setSelected(next);
  }
  return (
    <section className="tdd-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{labels.orders.heading}</h2>
      <div className="tdd-scroll">
        <table className="tdd-table" aria-labelledby={`${id}-heading`}>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column} scope="col">
                  {columns[column]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {orders?.map((order) => (
              <tr key={order.orderId}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={fillIn(labels.orders.selectOrder, { orderId: order.orderId })}
                    checked={selected.has(order.orderId)}
                    onChange={(event) => toggle(order.orderId, event.target.checked)}
                  />
                </td>
                <th scope="row">{order.symbol}</th>
                <td>{labels.sides[order.side]}</td>
                <td>{labels.orderTypes[order.orderType]}</td>
                <td className="tdd-num">{formatNumber(order.price, locale)}</td>
                <td className="tdd-num">{formatNumber(order.vol, locale)}</td>
                <td className="tdd-num">{order.leverage}x</td>
                <td className="tdd-num">{formatUsdt(order.orderMargin, locale)}</td>
                <td>
                  <code>{order.orderId}</code>
                </td>
              </tr>
            ))}
            {!orders?.length && (
              <tr>
                <td colSpan={COLUMNS.length} className="tdd-muted">
                  {loading ? labels.orders.loading : labels.orders.empty}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <div className="tdd-row">
        <button type="button" className="tdd-button" disabled={chosen.length === 0} onClick={() => onCancel(chosen)}>
          {fillIn(labels.orders.cancelSelected, { count: chosen.length })}
        </button>
        <p role="status" className="tdd-status">
          {outcome ? plural(labels.orders.cancelled, outcome.requested, locale, { cancelled: outcome.cancelled }) : ''}
        </p>
      </div>
    </section>
  );
}
