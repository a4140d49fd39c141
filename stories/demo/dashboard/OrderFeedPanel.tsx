import { useId } from 'react';
import type { PersonalOrderFrame } from '../api';
import { formatNumber } from './format';
import { ORDER_TYPE_LABELS, SIDE_LABELS } from './order-draft';

/** MEXC's order `state` values. */
const STATE_LABELS: Record<PersonalOrderFrame['data']['state'], string> = {
  1: 'uninformed',
  2: 'open',
  3: 'filled',
  4: 'cancelled',
  5: 'invalid',
};

interface OrderFeedPanelProps {
  /** The latest `push.personal.order` frames, newest first. */
  frames: readonly PersonalOrderFrame[];
  locale: string;
}

/** The private WebSocket's order updates as they arrive: what happened to each order, and why (`errorCode`). */
export function OrderFeedPanel({ frames, locale }: OrderFeedPanelProps) {
  const id = useId();
  return (
    <section className="tdd-panel" aria-labelledby={id}>
      <h2 id={id}>Order feed</h2>
      <p className="tdd-muted">
        <code>push.personal.order</code> frames from the simulator’s WebSocket; an order that ended for a reason is a toast.
      </p>
      {frames.length === 0 ? (
        <p className="tdd-muted">No order updates yet.</p>
      ) : (
        <ol className="tdd-feed" aria-labelledby={id}>
          {frames.map(({ data, ts }) => (
            <li key={`${data.orderId}-${data.state}-${ts}`} data-order-id={data.orderId} data-error-code={data.errorCode}>
              {data.symbol} {ORDER_TYPE_LABELS[data.orderType]} {SIDE_LABELS[data.side].toLowerCase()} {formatNumber(data.vol, locale)} @{' '}
              {formatNumber(data.price, locale)}: {STATE_LABELS[data.state]}, errorCode {data.errorCode}{' '}
              <code className="tdd-muted">{data.orderId}</code>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
