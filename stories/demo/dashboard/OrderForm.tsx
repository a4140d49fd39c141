import { useId, type FormEvent, type ReactNode, type RefObject } from 'react';
import type { SimulatorContract } from '../api';
import { formatUsdt } from './format';
import { fillIn, type DemoLabels } from './demo-labels';
import { requiredMargin, type OrderDraft } from './order-draft';

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
  labels: DemoLabels;
}

/** What the price means for each order type. */
function priceHint(type: OrderDraft['type'], form: DemoLabels['form']): string | undefined {
  return type === '2' ? form.postOnlyHint : type === '5' ? form.marketHint : undefined;
}

function statusText(status: OrderStatus, form: DemoLabels['form']): string {
  switch (status.kind) {
    case 'pending':
      return form.placing;
    case 'placed':
      return fillIn(form.placed, { orderId: status.orderId });
    case 'failed':
      return status.code === null ? form.notPlaced : fillIn(form.notPlacedCode, { code: status.code });
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
export function OrderForm({ draft, onChange, onSubmit, contracts, available, status, refs, locale, labels }: OrderFormProps) {
  const set = (field: keyof OrderDraft) => (event: { target: { value: string } }) => onChange({ ...draft, [field]: event.target.value });
  const margin = requiredMargin(draft, contracts);
  const headingId = useId();
  const { form } = labels;
  const marginText = margin === undefined ? '—' : formatUsdt(margin, locale);
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <section className="tdd-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{form.heading}</h2>
      {/* noValidate: the exchange is the judge here, so its error codes can be seen */}
      <form className="tdd-form" onSubmit={submit} noValidate>
        <Field label={form.contract}>
          {(id) => (
            <select id={id} ref={refs.symbol} value={draft.symbol} onChange={set('symbol')}>
              {contracts.map((c) => (
                <option key={c.symbol} value={c.symbol}>
                  {c.available ? c.symbol.replace('_', '/') : fillIn(form.notOpen, { contract: c.symbol.replace('_', '/') })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={form.side}>
          {(id) => (
            <select id={id} ref={refs.side} value={draft.side} onChange={set('side')}>
              <option value="">{form.chooseSide}</option>
              {Object.entries(labels.sides).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={form.orderType}>
          {(id) => (
            <select id={id} value={draft.type} onChange={set('type')}>
              {Object.entries(labels.orderTypes).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={form.openType}>
          {(id) => (
            <select id={id} value={draft.openType} onChange={set('openType')}>
              {Object.entries(labels.openTypes).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={form.leverage}>
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
        <Field label={form.quantity}>
          {(id) => (
            <input id={id} ref={refs.vol} type="number" inputMode="decimal" min={0} step="any" value={draft.vol} onChange={set('vol')} />
          )}
        </Field>
        <Field label={form.price} hint={priceHint(draft.type, form)}>
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
          {available === undefined
            ? fillIn(form.marginNeeded, { margin: marginText })
            : fillIn(form.marginNeededAvailable, { margin: marginText, available: formatUsdt(available, locale) })}
        </p>
        <div className="tdd-form__wide tdd-row">
          <button type="submit" className="tdd-button tdd-button--primary">
            {form.submit}
          </button>
          <p role="status" className="tdd-status">
            {statusText(status, form)}
          </p>
        </div>
      </form>
    </section>
  );
}
