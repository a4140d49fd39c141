import { useId } from 'react';
import type { PersonalOrderFrame } from '../api';
import { formatNumber } from './format';
import { fillIn, splitAt, type DemoLabels } from './demo-labels';

interface OrderFeedPanelProps {
  /** The latest `push.personal.order` frames, newest first. */
  frames: readonly PersonalOrderFrame[];
  locale: string;
  labels: DemoLabels;
}

/** The private WebSocket's order updates as they arrive: what happened to each order, and why (`errorCode`). */
export function OrderFeedPanel({ frames, locale, labels }: OrderFeedPanelProps) {
  const id = useId();
  const [introBefore, introAfter] = splitAt(labels.feed.intro, 'channel');
  return (
    <section className="tdd-panel" aria-labelledby={id}>
      <h2 id={id}>{labels.feed.heading}</h2>
      <p className="tdd-muted">
        {introBefore}
        <code>push.personal.order</code>
        {introAfter}
      </p>
      {frames.length === 0 ? (
        <p className="tdd-muted">{labels.feed.empty}</p>
      ) : (
        <ol className="tdd-feed" aria-labelledby={id}>
          {frames.map(({ data, ts }) => (
            <li key={`${data.orderId}-${data.state}-${ts}`} data-order-id={data.orderId} data-error-code={data.errorCode}>
              {fillIn(labels.feed.line, {
                symbol: data.symbol,
                type: labels.orderTypes[data.orderType],
                side: labels.sides[data.side],
                vol: formatNumber(data.vol, locale),
                price: formatNumber(data.price, locale),
                state: labels.orderStates[data.state],
                errorCode: data.errorCode,
              })}{' '}
              <code className="tdd-muted">{data.orderId}</code>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
