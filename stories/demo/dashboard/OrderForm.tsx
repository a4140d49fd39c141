import { useId, type FormEvent, type ReactNode, type RefObject } from 'react';
import type { SimulatorContract } from '../api';
import { formatUsdt } from './format';
import { OPEN_TYPE_LABELS, ORDER_TYPE_LABELS, requiredMargin, SIDE_LABELS, type OrderDraft } from './order-draft';

/** The form fields an error action can move focus to. */
export interface OrderFormRefs {
  symbol: RefObject<HTMLSelectElement | null>;
  side: RefObject<HTMLSelectElement | null>;
  leverage: RefObject<HTMLInputElement | null>;
  vol: RefObject<HTMLInputElement | null>;
  price: RefObject<HTMLInputElement | null>;
}

/** What the last submit did, as the form reports it in its status line. */
export type OrderStatus =
  { kind: 'idle' } | { kind: 'pending' } | { kind: 'placed'; orderId: string } | { kind: 'failed'; code: number | null };

interface OrderFormProps {
  draft: OrderDraft;
  onChange: (draft: OrderDraft) => void;
  onSubmit: () => void;
  contracts: readonly SimulatorContract[];
  /** Available margin, for the "margin needed" hint. */
  available: number | undefined;
  status: OrderStatus;
  refs: OrderFormRefs;
  locale: string;
}

/** What the price means for each order type. */
const PRICE_HINTS: Partial<Record<OrderDraft['type'], string>> = {
  2: 'Post-only: cancelled if it would fill at once.',
  5: 'Market orders fill at the last price.',
};

function statusText(status: OrderStatus): string {
  switch (status.kind) {
    case 'pending':
      return 'Placing order…';
    case 'placed':
      return `Order ${status.orderId} placed.`;
    case 'failed':
      return status.code === null ? 'Order not placed.' : `Order not placed (code ${status.code}). See the notification.`;
    default:
      return '';
  }
}

function Field({ label, children, hint }: { label: string; children: (id: string) => ReactNode; hint?: string }) {
  const id = useId();
  return (
    <div className="tdd-field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
      {hint && <small className="tdd-muted">{hint}</small>}
    </div>
  );
}

/**
 * MEXC's order ticket: contract, side, order type, open type, leverage, quantity in contracts and price.
 * It does not validate: every value goes to the exchange, whose answer is the error to show.
 */
export function OrderForm({ draft, onChange, onSubmit, contracts, available, status, refs, locale }: OrderFormProps) {
  const set = (field: keyof OrderDraft) => (event: { target: { value: string } }) => onChange({ ...draft, [field]: event.target.value });
  const margin = requiredMargin(draft, contracts);
  const headingId = useId();
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <section className="tdd-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Place an order</h2>
      {/* noValidate: the exchange is the judge here, so its error codes can be seen */}
      <form className="tdd-form" onSubmit={submit} noValidate>
        <Field label="Contract">
          {(id) => (
            <select id={id} ref={refs.symbol} value={draft.symbol} onChange={set('symbol')}>
              {contracts.map((c) => (
                <option key={c.symbol} value={c.symbol}>
                  {c.symbol.replace('_', '/')}
                  {c.available ? '' : ' (not open for trading)'}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Side">
          {(id) => (
            <select id={id} ref={refs.side} value={draft.side} onChange={set('side')}>
              <option value="">Choose a side</option>
              {Object.entries(SIDE_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Order type">
          {(id) => (
            <select id={id} value={draft.type} onChange={set('type')}>
              {Object.entries(ORDER_TYPE_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Open type">
          {(id) => (
            <select id={id} value={draft.openType} onChange={set('openType')}>
              {Object.entries(OPEN_TYPE_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Leverage">
          {(id) => (
            <input
              id={id}
              ref={refs.leverage}
              type="number"
              inputMode="numeric"
              min={1}
              value={draft.leverage}
              onChange={set('leverage')}
            />
          )}
        </Field>
        <Field label="Quantity (contracts)">
          {(id) => (
            <input id={id} ref={refs.vol} type="number" inputMode="decimal" min={0} step="any" value={draft.vol} onChange={set('vol')} />
          )}
        </Field>
        <Field label="Price (USDT)" hint={PRICE_HINTS[draft.type]}>
          {(id) => (
            <input
              id={id}
              ref={refs.price}
              type="number"
              inputMode="decimal"
              step="any"
              value={draft.price}
              disabled={draft.type === '5'}
              onChange={set('price')}
            />
          )}
        </Field>
        <p className="tdd-muted tdd-form__wide">
          {margin === undefined ? 'Margin needed: —' : `Margin needed: ${formatUsdt(margin, locale)}`}
          {available === undefined ? '' : ` · available ${formatUsdt(available, locale)}`}
        </p>
        <div className="tdd-form__wide tdd-row">
          <button type="submit" className="tdd-button tdd-button--primary">
            Place order
          </button>
          <p role="status" className="tdd-status">
            {statusText(status)}
          </p>
        </div>
      </form>
    </section>
  );
}
