import { useId, useState } from 'react';
import type { ContractOrder } from '../api';
import { formatNumber, formatUsdt } from './format';
import { ORDER_TYPE_LABELS, SIDE_LABELS } from './order-draft';
import type { CancelOutcome } from './useDemoApi';

interface OpenOrdersPanelProps {
  orders: ContractOrder[] | undefined;
  loading: boolean;
  locale: string;
  onCancel: (orderIds: string[]) => void;
  /** The last batch cancel's summary; its failed items are toasts. */
  outcome: CancelOutcome | undefined;
}

/** Open orders (`GET /api/v1/private/order/list/open_orders`), cancelled in a batch (`POST …/order/cancel`). */
export function OpenOrdersPanel({ orders, loading, locale, onCancel, outcome }: OpenOrdersPanelProps) {
  const id = useId();
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
      <h2 id={`${id}-heading`}>Open orders</h2>
      <div className="tdd-scroll">
        <table className="tdd-table" aria-labelledby={`${id}-heading`}>
          <thead>
            <tr>
              <th scope="col">Select</th>
              <th scope="col">Contract</th>
              <th scope="col">Side</th>
              <th scope="col">Type</th>
              <th scope="col">Price</th>
              <th scope="col">Quantity</th>
              <th scope="col">Leverage</th>
              <th scope="col">Margin</th>
              <th scope="col">Order ID</th>
            </tr>
          </thead>
          <tbody>
            {orders?.map((order) => (
              <tr key={order.orderId}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Select order ${order.orderId}`}
                    checked={selected.has(order.orderId)}
                    onChange={(event) => toggle(order.orderId, event.target.checked)}
                  />
                </td>
                <th scope="row">{order.symbol}</th>
                <td>{SIDE_LABELS[order.side]}</td>
                <td>{ORDER_TYPE_LABELS[order.orderType]}</td>
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
                <td colSpan={9} className="tdd-muted">
                  {loading ? 'Loading open orders…' : 'No open orders.'}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <div className="tdd-row">
        <button type="button" className="tdd-button" disabled={chosen.length === 0} onClick={() => onCancel(chosen)}>
          Cancel selected ({chosen.length})
        </button>
        <p role="status" className="tdd-status">
          {outcome ? `Cancelled ${outcome.cancelled} of ${outcome.requested} orders.` : ''}
        </p>
      </div>
    </section>
  );
}
